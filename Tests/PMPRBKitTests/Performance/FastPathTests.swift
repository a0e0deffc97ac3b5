import Foundation
import Testing

@testable import PMPRBKit

/// Each fast path agrees with the plain code it stands in for, on random and edge inputs.
@Suite struct FastPathTests {
    // MARK: Numbers

    /// Rounding with integers gives `printf`'s digits, or leaves the value to `printf`.
    @Test func roundedDigitsAgreeWithPrintf() {
        var random = SplitMix64(seed: 1)
        var values: [Double] = [
            0, -0.0, 0.5, 1.5, 2.5, 0.125, 0.375, 2.675, 1.005, 1.015, 99.995, -0.001, -0.005,
            -2.5, 1e11 + 0.5, 999_999_999_999.99, 1e12, 4.35, 77.645, 0.045, 123.456_789,
        ]
        for _ in 0..<20_000 {
            let magnitude = [1.0, 100, 10_000, 1e9][Int(random.next() % 4)]
            values.append((random.unit() - 0.3) * magnitude)
            // Values on a grid of halves and quarters, where ties are.
            values.append(
                Double(Int(random.next() % 100_000))
                    / [2.0, 4, 8, 200, 2000][Int(random.next() % 5)])
        }
        for value in values {
            for decimals in 0...4 {
                guard let fast = LocaleNumber.roundedDigits(value, decimals: decimals) else {
                    continue
                }
                #expect(
                    fast == LocaleNumber.printed(value, decimals: decimals),
                    "\(value) with \(decimals) decimals")
            }
        }
    }

    /// Exact rounding in integers gives `printf`'s digits for every value below 10^12, ties
    /// (to even) included: 0.125 is 0.12, 0.375 is 0.38, 2.5 is 2.
    @Test func exactlyRoundedDigitsAgreeWithPrintf() {
        var random = SplitMix64(seed: 2)
        var values: [Double] = [
            0, -0.0, 0.5, 1.5, 2.5, 0.125, 0.375, 2.675, 1.005, 1.015, 99.995, -0.001, -0.005,
            -2.5, 1e11 + 0.5, 999_999_999_999.99, 4.35, 77.645, 0.045, 5e-7, 4.9e-7, 1e-7,
            .leastNonzeroMagnitude, .leastNormalMagnitude, 0.000_000_5, 0.000_001_5,
        ]
        for _ in 0..<20_000 {
            let magnitude = [1.0, 100, 10_000, 1e9, 1e-5][Int(random.next() % 5)]
            values.append((random.unit() - 0.3) * magnitude)
            values.append(
                Double(Int(random.next() % 100_000))
                    / [2.0, 4, 8, 200, 2000, 2e6][Int(random.next() % 6)])
        }
        for value in values {
            for decimals in 0...6 {
                let exact = LocaleNumber.exactlyRoundedDigits(value, decimals: decimals)
                #expect(
                    exact == LocaleNumber.printed(value, decimals: decimals),
                    "\(value) with \(decimals) decimals")
            }
        }
        #expect(LocaleNumber.exactlyRoundedDigits(0.125, decimals: 2) == Array("0.12".utf8))
        #expect(LocaleNumber.exactlyRoundedDigits(0.375, decimals: 2) == Array("0.38".utf8))
        #expect(LocaleNumber.exactlyRoundedDigits(2.5, decimals: 0) == Array("2".utf8))
        #expect(LocaleNumber.exactlyRoundedDigits(1e12, decimals: 2) == nil)
    }

    /// Most report values take the fast path; ties and huge values do not.
    @Test func roundedDigitsLeaveTiesToPrintf() {
        #expect(LocaleNumber.roundedDigits(77.65, decimals: 2) != nil)
        #expect(LocaleNumber.roundedDigits(0.125, decimals: 2) == nil)
        #expect(LocaleNumber.roundedDigits(2.5, decimals: 0) == nil)
        #expect(LocaleNumber.roundedDigits(1e13, decimals: 2) == nil)
        #expect(LocaleNumber.format(-0.001) == "0,00")
        #expect(LocaleNumber.format(-1.239, decimalComma: false) == "-1.24")
    }

    /// The byte-level reader of plain numbers agrees with the general one wherever it answers.
    @Test func simpleNumbersParseAsTheGeneralReaderParsesThem() {
        var random = SplitMix64(seed: 2)
        let alphabet: [Character] = [
            "0", "1", "5", "9", ".", ",", "-", "+", "%", " ", "e", "\u{A0}",
        ]
        var texts = ["5", "-0", "+3", ",5", ".5", "5.", "5,", "1,234", "1.234,5", "75 %", "007"]
        for _ in 0..<50_000 {
            let length = 1 + Int(random.next() % 8)
            texts.append(String((0..<length).map { _ in alphabet[Int(random.next() % 12)] }))
        }
        for text in texts {
            let trimmed = text.trimmed
            guard let simple = LocaleNumber.parseSimple(trimmed) else { continue }
            let general = LocaleNumber.parseGeneral(trimmed)
            #expect(simple.value == general?.value, "\(text)")
            #expect(simple.value.sign == general?.value.sign, "\(text)")
            #expect(simple.isPercent == general?.isPercent, "\(text)")
        }
    }

    // MARK: Text

    /// Trimming on bytes gives what trimming Unicode white space scalar by scalar gives.
    @Test func trimmingAgreesWithTheScalarDefinition() {
        func reference(_ text: String) -> String {
            let scalars = text.unicodeScalars
            guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
                let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
            else { return "" }
            return String(String.UnicodeScalarView(scalars[first...last]))
        }
        var random = SplitMix64(seed: 4)
        let pieces = [
            " ", "\t", "\r\n", "\u{A0}", "\u{2003}", "\u{3000}", "a", "é", "Ya", "3,5", "日",
            "\u{85}", "",
        ]
        var texts = ["", " ", "  x  ", "\u{A0}x\u{A0}", "é ", " é", "x\u{2003}"]
        for _ in 0..<20_000 {
            let count = Int(random.next() % 6)
            texts.append((0..<count).map { _ in pieces[Int(random.next() % 13)] }.joined())
        }
        for text in texts {
            #expect(text.trimmed == reference(text), "\(text.unicodeScalars.map(\.value))")
            #expect(Substring(text).trimmed == reference(text))
        }
    }

    /// Stopping the delimiter detection early picks the delimiter, and the header, that reading
    /// the header with every candidate picks.
    @Test func earlyHeaderDetectionAgreesWithTryingEveryDelimiter() throws {
        let required = ["kode", "jawaban", "bobot"]
        let pieces = [
            "kode", "jawaban", "bobot", "uraian", ",", ",", ";", ";", "\t", "\"", " ", "\r\n",
            "Kode ", "x,y", "\"a;b\"",
        ]
        let reader = CSVReader(requiredColumns: required)
        var random = SplitMix64(seed: 6)
        var early = 0
        for _ in 0..<4_000 {
            let count = 1 + Int(random.next() % 9)
            var parts = (0..<count).map { _ in pieces[Int(random.next() % 15)] }
            if random.next() % 2 == 0 {
                // A header that holds every required column, with noise around it.
                let delimiter = [",", ";", "\t"][Int(random.next() % 3)]
                let names = (required + ["uraian"]).shuffled(using: &random)
                parts.insert(names.joined(separator: delimiter), at: Int(random.next() % 2))
            }
            let text = parts.joined()
            let bytes = Array(text.utf8)
            guard let located = try? reader.locateHeader(in: bytes) else { continue }
            // The rule of `locateHeader`, candidate by candidate.
            var best: (delimiter: CSVDelimiter, fields: [String], score: (Int, Int))?
            for candidate in CSVDelimiter.allCases {
                var tokenizer = CSVTokenizer(bytes, delimiter: candidate)
                guard let header = try? tokenizer.firstNonBlankRecord() else { continue }
                let names = Set(header.fields.map { CSVText.normalisedColumnName($0.value) })
                let score = (
                    names.intersection(required).count, names.subtracting([""]).count
                )
                if let current = best?.score, score <= current { continue }
                best = (candidate, header.fields.map(\.value), score)
            }
            let expected = try #require(best)
            #expect(located.delimiter == expected.delimiter, "\(text.debugDescription)")
            #expect(located.header.fields.map(\.value) == expected.fields)
            if expected.score.0 == required.count { early += 1 }
        }
        #expect(early > 100)
    }

    /// The scans that read eight bytes at a time find what a byte-by-byte loop finds.
    @Test func wordScansAgreeWithByteLoops() {
        var random = SplitMix64(seed: 5)
        let alphabet: [UInt8] = [
            0x41, 0x61, 0x20, 0x2C, 0x3B, 0x09, 0x0A, 0x0D, 0x22, 0x7F, 0x0B, 0xC3, 0xA9, 0xE6,
            0x97,
            0xA5, 0x80, 0xBF,
        ]
        for _ in 0..<3_000 {
            let count = Int(random.next() % 40)
            let bytes = (0..<count).map { _ in
                random.next() % 3 == 0
                    ? alphabet[Int(random.next() % UInt64(alphabet.count))] : UInt8(ascii: "x")
            }
            bytes.withUnsafeBufferPointer { buffer in
                for start in 0...count {
                    for delimiter in CSVDelimiter.allCases.map(\.byte) {
                        let expected =
                            (start..<count).first {
                                [delimiter, CSVByte.lf, CSVByte.cr].contains(buffer[$0])
                            } ?? count
                        #expect(
                            CSVByte.firstFieldEnd(in: buffer, from: start, delimiter: delimiter)
                                == expected)
                    }
                    #expect(
                        CSVByte.firstControl(in: buffer, from: start)
                            == ((start..<count).first { buffer[$0] < 0x0E } ?? count))
                    #expect(
                        CSVByte.characterCount(in: buffer, start..<count)
                            == (start..<count).count { !CSVByte.isContinuation(buffer[$0]) })
                }
            }
        }
    }
}
