import Foundation
import Testing

@testable import PMPRBKit

@Suite struct RBInstrumentTests {
    static func instrument(_ id: String) throws -> Instrument {
        try #require(BuiltinInstruments.instrument(id))
    }

    /// Kota Tangerang Selatan, Indeks RB 2020 (road map, Tabel 2 and 3): Pemenuhan 14,06 given
    /// directly; Hasil Antara from the seven leading-sector indices on their own scales,
    /// 10 x mean(267,5/400; 52/100; 0/100; 57/100; 3/5; 3/5; 93,24/100)
    /// = 10 x (0,66875 + 0,52 + 0 + 0,57 + 0,6 + 0,6 + 0,9324) / 7 = 10 x 3,89115 / 7 = 5,558786;
    /// Reform 14,93; hasil 7,66 + 7,90 + 8,23 + 2,77 = 26,56.
    /// Total 14,06 + 5,558786 + 14,93 + 26,56 = 61,108786 -> 61,11, category B.
    static let tangerangSelatan: [String: String] = [
        "A.I": "14,06", "A.II.i.a": "267,5", "A.II.i.b": "52", "A.II.i.c": "0", "A.II.i.d": "57",
        "A.II.i.e": "3", "A.II.i.f": "3", "A.II.i.g": "93,24", "A.III.a": "14,93", "B.a": "7,66",
        "B.b": "7,90", "B.c": "8,23", "B.d": "2,77",
    ]

    @Test func rb2020ReproducesTangerangSelatan2020() throws {
        let instrument = try Self.instrument("rb-2020")
        let card = instrument.score(
            try TestWorksheets.worksheet(instrument, answers: Self.tangerangSelatan))
        #expect(approximately(card.points("A.II"), 5.558786))
        #expect(approximately(card.points("A"), 34.548786))
        #expect(approximately(card.points("B"), 26.56))
        #expect(approximately(card.total, 61.108786))
        #expect(card.publishedTotal == 61.11)
        #expect(card.band?.grade == "B")
        #expect(card.unansweredCount == 0)
    }

    /// The same with the seven Tabel 2 component values entered directly (Hasil Antara 5,56):
    /// 14,06 + 5,56 + 14,93 + 26,56 = 61,11.
    @Test func rb2020FromTheSevenComponentValues() throws {
        let instrument = try Self.instrument("rb-2020")
        var answers = Self.tangerangSelatan.filter { !$0.key.hasPrefix("A.II.i.") }
        answers["A.II"] = "5,56"
        let card = instrument.score(try TestWorksheets.worksheet(instrument, answers: answers))
        #expect(approximately(card.total, 61.11))
        #expect(card.band?.grade == "B")
    }

    /// PermenPANRB 14/2014, open promotion (A.5.iv, bobot 6, five items) with items c-e gated
    /// by item b (KemenPAN-RB's 2015 workbook): a = Ya (1), b = C (0,33), c = d = e = Ya, each
    /// 1 x 0,33. Mean (1 + 0,33 + 3 x 0,33) / 5 = 2,32 / 5 = 0,464; A.5.iv = 6 x 0,464 = 2,784.
    @Test func rb2014GatedItemsUnderACPrerequisite() throws {
        let instrument = try Self.instrument("rb-2014")
        var answers = TestWorksheets.bestAnswers(instrument)
        answers["A.5.iv.a"] = "Ya"
        answers["A.5.iv.b"] = "C"
        for item in ["c", "d", "e"] { answers["A.5.iv.\(item)"] = "Ya" }
        let card = instrument.score(try TestWorksheets.worksheet(instrument, answers: answers))
        #expect(approximately(card.points("A.5.iv"), 2.784))
        let gated = try #require(card.items.first { $0.code == "A.5.iv.c" })
        #expect(approximately(gated.value, 0.33))
    }

    /// Hasil of 14/2014 by the 2015 workbook: SAKIP 70 -> 14 x 70/100 = 9,8; internal survey
    /// 4 of 5 -> 6 x 4/5 = 4,8; corruption perception 3 of 4 -> 7 x 3/4 = 5,25; opini WDP ->
    /// 3 x 2/3 = 2; service quality 3,2 of 4 -> 10 x 3,2/4 = 8. Hasil = 29,85.
    @Test func rb2014HasilConversions() throws {
        let instrument = try Self.instrument("rb-2014")
        var answers = TestWorksheets.bestAnswers(instrument)
        answers["B.I.a"] = "70"
        answers["B.I.b"] = "4"
        answers["B.II.a"] = "3"
        answers["B.II.b"] = "WDP"
        answers["B.III.a"] = "3,2"
        let card = instrument.score(try TestWorksheets.worksheet(instrument, answers: answers))
        #expect(approximately(card.points("B"), 29.85))
        #expect(approximately(card.points("A"), 60))
    }

    @Test(arguments: ["rb-2014", "rb-2020", "zi-2021"])
    func everyAnswerAtItsBestScoresOneHundred(id: String) throws {
        let instrument = try Self.instrument(id)
        let card = instrument.score(
            try TestWorksheets.worksheet(instrument, answers: TestWorksheets.bestAnswers(instrument)))
        #expect(card.publishedTotal == 100)
        #expect(card.band?.grade == "AA")
    }

    @Test func rb2014HasTheDumpsItemCounts() throws {
        let instrument = try Self.instrument("rb-2014")
        let items = instrument.nodes.filter { $0.kind == .butir }
        // 146 pengungkit items over eight areas (18, 4, 10, 11, 39, 8, 35, 21) + 5 hasil.
        #expect(items.filter { $0.code.hasPrefix("A.") }.count == 146)
        #expect(items.filter { $0.code.hasPrefix("B.") }.count == 5)
        let perArea = (1...8).map { area in items.filter { $0.code.hasPrefix("A.\(area).") }.count }
        #expect(perArea == [18, 4, 10, 11, 39, 8, 35, 21])
    }
}
