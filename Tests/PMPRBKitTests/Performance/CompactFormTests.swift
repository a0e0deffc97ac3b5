import Foundation
import Testing

@testable import PMPRBKit

/// What `compare` keeps or counts in a cheaper form gives back exactly what the plain form
/// gives: a summary's answers (``UnitSummary/StoredAnswers``) and the characters of a report
/// cell (``ReportDocument/characterCount(_:)``).
@Suite struct CompactFormTests {
    static let labels = ["Ya", "Tidak", "A", "B", "TB", "e\u{301}", "\u{E9}", "Sangat Baik Sekali Ya"]

    static func randomAnswers(_ random: inout SplitMix64, count: Int) -> [ShownAnswer] {
        (0..<count).map { _ in
            switch random.next() % 5 {
            case 0: .none
            case 1: .number(Double(Int(random.next() % 4001)) / 1000)
            case 2: .percent(random.unit())
            case 3: .number(-0.0)
            default: .option(labels[Int(random.next() % UInt64(labels.count))])
            }
        }
    }

    /// Each answer comes back as given, labels byte for byte.
    static func expectRoundTrip(_ answers: [ShownAnswer]) {
        let stored = UnitSummary.StoredAnswers(answers)
        let back = stored.answers
        #expect(back == answers)
        #expect(stored.count == answers.count)
        for index in answers.indices {
            #expect(stored.answer(at: index) == answers[index])
            if case .option(let label) = back[index], case .option(let given) = answers[index] {
                #expect(Array(label.utf8) == Array(given.utf8))
            }
        }
    }

    @Test func storedAnswersGiveBackTheAnswers() {
        var random = SplitMix64(seed: 21)
        Self.expectRoundTrip([])
        for _ in 0..<300 {
            Self.expectRoundTrip(Self.randomAnswers(&random, count: Int(random.next() % 200)))
        }
        // By hand: the two spellings of é are two labels, each given back as spelled.
        let stored = UnitSummary.StoredAnswers([.option("\u{E9}"), .option("e\u{301}"), .none])
        #expect(stored.answers.map { Array($0.text(decimalComma: true).utf8) } == [
            [0xC3, 0xA9], [0x65, 0xCC, 0x81], [],
        ])
    }

    @Test func storedAnswersCompareAndHashAsTheAnswers() {
        var random = SplitMix64(seed: 22)
        for _ in 0..<200 {
            let left = Self.randomAnswers(&random, count: 6)
            let right = random.next() % 2 == 0 ? left : Self.randomAnswers(&random, count: 6)
            let (storedLeft, storedRight) = (
                UnitSummary.StoredAnswers(left), UnitSummary.StoredAnswers(right)
            )
            #expect((storedLeft == storedRight) == (left == right))
            if left == right { #expect(storedLeft.hashValue == storedRight.hashValue) }
        }
        // Canonically equivalent labels are equal answers, spelled apart or not.
        #expect(
            UnitSummary.StoredAnswers([.option("\u{E9}"), .option("e\u{301}")])
                == UnitSummary.StoredAnswers([.option("e\u{301}"), .option("e\u{301}")]))
    }

    /// More distinct labels than a code tells apart: the answers are kept as given.
    @Test func storedAnswersWithTooManyLabels() {
        let answers = (0..<70_000).map { ShownAnswer.option("L\($0)") }
        let stored = UnitSummary.StoredAnswers(answers)
        #expect(stored.answers == answers)
        #expect(stored.answer(at: 69_999) == .option("L69999"))
    }

    /// Packed entry by entry, as `Instrument.summary` packs them, the answers are kept as when
    /// packed from the whole array: equal parts, the same answers back, the same hash.
    @Test func storedAnswersAppendedOneByOneEqualThePackedArray() {
        var random = SplitMix64(seed: 24)
        // (More labels than codes go the same way: `init(_:)` appends each answer, see
        // `storedAnswersWithTooManyLabels`.)
        let cases = (0..<300).map { _ in Self.randomAnswers(&random, count: Int(random.next() % 200)) }
        for answers in cases {
            var appended = UnitSummary.StoredAnswers(capacity: answers.count)
            for answer in answers { appended.append(answer) }
            let whole = UnitSummary.StoredAnswers(answers)
            #expect(appended == whole)
            #expect(appended.answers == answers)
            #expect(appended.count == answers.count)
            #expect(appended.hashValue == whole.hashValue)
            for (index, answer) in appended.answers.enumerated() {
                if case .option(let label) = answer, case .option(let given) = answers[index] {
                    #expect(Array(label.utf8) == Array(given.utf8))
                }
            }
        }
    }

    @Test func characterCountsAgreeWithCount() {
        var random = SplitMix64(seed: 23)
        let alphabet: [Character] = ["a", "Z", " ", "1", ",", "\r", "\n", "\r\n", "é", "e\u{301}", "東", "…"]
        var texts = ["", "\r\n", "\r\r\n", "a\r", "OPD Sintetis 00001", "95,71"]
        for _ in 0..<20_000 {
            let length = Int(random.next() % 10)
            texts.append(String((0..<length).map { _ in alphabet[Int(random.next() % 12)] }))
        }
        for text in texts {
            #expect(ReportDocument.characterCount(text) == text.count, "\(text.debugDescription)")
        }
        // By hand: CR LF is one character, é written as e and a combining accent is one.
        #expect(ReportDocument.characterCount("a\r\nb") == 3)
        #expect(ReportDocument.characterCount("e\u{301}x") == 2)
    }
}
