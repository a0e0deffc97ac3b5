import Foundation
import Testing

@testable import PMPRBKit

/// Answers above the lowest option need evidence: they are listed, and with evidence required
/// they score as the lowest option.
@Suite struct EvidenceCheckTests {
    /// The worksheet of ``FilledLKETests``: A.1.i.a = B and A.1.i.b = Ya have evidence;
    /// A.1.i.c (3 of 4 = 75%) and A.1.ii.a = WDP have none; B.a is unanswered.
    @Test func answersWithoutEvidenceAreListedWithThePointsAtStake() throws {
        let (instrument, worksheet) = try FilledLKETests.small()
        let check = instrument.evidenceCheck(worksheet)
        #expect(check.items.map(\.code) == ["A.1.i.c", "A.1.ii.a"])
        #expect(!check.isRequired)
        // A.1.i.c: 4 / 3 items x 0,75 = 1,00 point; A.1.ii.a: 2 x 2/3 = 1,333 points.
        #expect(abs(check.items[0].pointsAtStake - 1.0) < 1e-9)
        #expect(abs(check.items[1].pointsAtStake - 4.0 / 3.0) < 1e-9)
        // As answered: 4 x (0,67 + 0,67 + 0,75) / 3 + 2 x 2/3 = 2,78667 + 1,33333 = 4,12.
        #expect(abs(check.totalAsAnswered - 4.12) < 1e-9)
        // Required: A.1.i.c worth 0 and A.1.ii.a = TIDAK (0): 4 x (0,67 + 0,67) / 3 = 1,78667.
        #expect(abs(check.totalWithEvidenceRequired - 4 * 1.34 / 3) < 1e-9)
    }

    @Test func requiredEvidenceScoresTheLowestOption() throws {
        let (instrument, worksheet) = try FilledLKETests.small()
        let required = instrument.requiringEvidence(worksheet)
        #expect(required.answer("A.1.ii.a") == .option("TIDAK"))
        #expect(required.answer("A.1.i.a") == .option("B"))
        // A.1.i.c = A.1.i.c.2 / A.1.i.c.1: the numerator's count becomes 0, the denominator
        // stays 4, so the item is 0% and still answered.
        #expect(required.answer("A.1.i.c.2") == .number(0))
        #expect(required.answer("A.1.i.c.1") == .number(4))
        #expect(abs(instrument.score(required).total - 4 * 1.34 / 3) < 1e-9)
        // The original worksheet is untouched.
        #expect(worksheet.answer("A.1.ii.a") == .option("WDP"))
    }

    /// The items a check found give the same worksheet as finding them again: A.1.i.c and
    /// A.1.ii.a replaced, the rest as answered.
    @Test func requiringTheCheckedItemsGivesTheSameWorksheet() throws {
        let (instrument, worksheet) = try FilledLKETests.small()
        let check = instrument.evidenceCheck(worksheet, required: true)
        let fromCheck = instrument.requiringEvidence(worksheet, as: check)
        #expect(fromCheck == instrument.requiringEvidence(worksheet))
        #expect(fromCheck.answer("A.1.ii.a") == .option("TIDAK"))
        #expect(fromCheck.answer("A.1.i.c.2") == .number(0))
        #expect(fromCheck.answer("A.1.i.a") == .option("B"))
    }

    /// PermenPANRB 90/2021 Lamp. III hlm. 84: (pelanggaran tahun lalu - tahun ini) / tahun lalu.
    /// The Lampiran's example (1 and 0, 100%) without evidence becomes 1 and 1: 0%.
    @Test func differenceFormulaIsBroughtToZeroPercent() throws {
        let instrument = try TestWorksheets.zi()
        let worksheet = try TestWorksheets.worksheet(
            instrument, answers: TestWorksheets.bestAnswers(instrument))
        let required = instrument.requiringEvidence(worksheet)
        #expect(required.answer("A.II.3.iii.a.1") == .number(1))
        #expect(required.answer("A.II.3.iii.a.2") == .number(1))
        let card = instrument.score(required)
        let item = try #require(card.items.first { $0.code == "A.II.3.iii.a" })
        #expect(item.isAnswered && item.value == 0)
        // Every item is at its lowest answer: pengungkit 0, and the hasil surveys 0 of 4.
        #expect(card.total == 0)
        #expect(!card.isIncomplete)
    }

    @Test func lowestAnswersNeedNoEvidence() throws {
        let instrument = try SmallInstrument.instrument()
        let worksheet = try TestWorksheets.worksheet(
            instrument,
            answers: [
                "A.1.i.a": "D", "A.1.i.b": "Tidak", "A.1.i.c.1": "4", "A.1.i.c.2": "0",
                "A.1.ii.a": "TIDAK", "B.a": "0",
            ])
        let check = instrument.evidenceCheck(worksheet, required: true)
        #expect(check.items.isEmpty)
        #expect(check.totalAsAnswered == check.totalWithEvidenceRequired)
    }

    @Test func reportSectionStatesBothTotals() throws {
        let (instrument, worksheet) = try FilledLKETests.small()
        let check = instrument.evidenceCheck(worksheet, required: true)
        var report = ScoreReport(card: instrument.score(instrument.requiringEvidence(worksheet)))
        report.evidence = check
        let text = report.rendered(.text)
        #expect(text.contains("2 butir dijawab di atas pilihan terendah tanpa bukti dukung."))
        #expect(text.contains("Nilai dengan bukti wajib: 1,79; nilai menurut jawaban: 4,12."))
        #expect(text.contains("A.1.ii.a"))
    }

    /// The cards the check scores are the ones `score(_:)` gives, with evidence required or
    /// not, so that `pmprb score` need not score the worksheet again.
    @Test func theCheckedCardsAreTheScoresOfBothWorksheets() throws {
        let (instrument, worksheet) = try FilledLKETests.small()
        for required in [false, true] {
            let scored = instrument.scoredEvidenceCheck(worksheet, required: required)
            #expect(scored.check == instrument.evidenceCheck(worksheet, required: required))
            #expect(scored.asAnswered == instrument.score(worksheet))
            let withEvidence = instrument.requiringEvidence(worksheet, as: scored.check)
            #expect(scored.evidenceRequired == instrument.score(withEvidence))
            // 4,12 as answered and 4 x 1,34 / 3 = 1,78667 required, as in the first test.
            #expect(abs(scored.asAnswered.total - 4.12) < 1e-9)
            #expect(abs(scored.evidenceRequired.total - 4 * 1.34 / 3) < 1e-9)
        }
    }

    /// With nothing to replace, the card with evidence required is the card as answered.
    @Test func aWorksheetWithEvidenceEverywhereIsScoredOnce() throws {
        let (instrument, worksheet) = try FilledLKETests.small()
        var complete = worksheet
        for code in complete.entries.keys { complete.entries[code]?.evidence = "SK 1/2026" }
        let scored = instrument.scoredEvidenceCheck(complete)
        #expect(scored.check.items.isEmpty)
        #expect(scored.evidenceRequired == scored.asAnswered)
        #expect(scored.asAnswered == instrument.score(complete))
    }

    /// The check with the worksheet required to have evidence tallied, not scored into a card,
    /// is the check of the two cards (decision 0021): generated worksheets of every built-in,
    /// with the evidence of some answers taken away (every second, third and fifth row), and
    /// with none.
    @Test(arguments: BuiltinInstruments.ids)
    func theTalliedCheckIsTheCheckOfTheCards(id: String) throws {
        let instrument = try #require(BuiltinInstruments.instrument(id))
        let generator = WorksheetGenerator(instrument: instrument, seed: 21, emptyShare: 0.1)
        var checked = 0
        for index in 1...12 {
            var worksheet = try Worksheet(
                csv: Data(generator.csv(index).utf8), file: "u.csv", instrument: instrument)
            let step = [2, 3, 5, 1][index % 4]
            for (offset, code) in worksheet.entries.keys.sorted().enumerated()
            where offset % step == 0 {
                worksheet.entries[code]?.evidence = index % 4 == 3 ? "SK 1/2026" : " "
            }
            for required in [false, true] {
                let scored = instrument.scoredEvidenceCheck(worksheet, required: required)
                let answered = instrument.answeredEvidenceCheck(worksheet, required: required)
                #expect(answered.check == scored.check)
                #expect(answered.asAnswered == scored.asAnswered)
                #expect(instrument.evidenceCheck(worksheet, required: required) == scored.check)
                checked += scored.check.items.count
            }
        }
        // Some answers lacked evidence.
        #expect(checked > 0)
    }
}
