import Foundation
import Testing

@testable import PMPRBKit

/// The result first: the score report opens with its summary, and fits an 80-column terminal.
@Suite struct SummaryLayoutTests {
    /// The weak-PW unit of ``CoordinatorFixtures``: every answer at its best but the 18 items of
    /// A.I.5 left empty (PW pemenuhan, bobot 7,5).
    static func weakPWReport(width: Int? = nil) throws -> ScoreReport {
        let instrument = try CoordinatorFixtures.instrument()
        let worksheet = try CoordinatorFixtures.worksheet(
            try CoordinatorFixtures.weakPWAnswers(), unit: "Dinas D", file: "d.csv")
        var report = ScoreReport(card: instrument.score(worksheet))
        report.width = width
        return report
    }

    /// Total 100 - 7,5 = 92,50 (AA above 90). Pengungkit 60 - 7,5 = 52,50 (87,50%), hasil
    /// 40,00. PW = 15 - 7,5 = 7,5 of 15 = 50%: below WBK's 60% (WBK.3) and WBBM's 75%
    /// (WBBM.4), and WBBM.1 needs Menuju WBK declared (it is not); every other criterion
    /// holds (92,5 >= 85, 52,5 >= 48, hasil at its best). 18 of 113 items unanswered.
    @Test func summaryOpensTheReport() throws {
        let document = try Self.weakPWReport().document()
        let summary = try #require(document.sections.first)
        #expect(summary.heading == "Ringkasan hasil")
        #expect(
            summary.paragraphs == [
                "Nilai TOTAL: 92,50 dari 100,00 — Kategori: AA (Sangat Memuaskan)",
                "Pengungkit: 52,50 dari 60,00 (87,50%)",
                "Hasil: 40,00 dari 40,00 (100,00%)",
                "WBK: BELUM TERPENUHI — syarat tidak terpenuhi: WBK.3 (PW < 60,00%)",
                "WBBM: BELUM TERPENUHI — syarat tidak terpenuhi: WBBM.1 (Menuju WBK belum dinyatakan), "
                    + "WBBM.4 (PW < 75,00%)",
                "Butir belum dijawab: 18 dari 113",
            ])
    }

    /// Every answer at its best: 100 (AA), every criterion of WBK and every score criterion of
    /// WBBM met; WBBM.1 needs Menuju WBK declared, which the worksheet does not: WBBM awaits
    /// the declaration rather than failing on values.
    @Test func summarySaysWhenOnlyADeclarationIsMissing() throws {
        let instrument = try CoordinatorFixtures.instrument()
        let worksheet = try CoordinatorFixtures.worksheet(
            try CoordinatorFixtures.bestAnswers(), unit: "Dinas A", file: "a.csv")
        let summary = try #require(
            ScoreReport(card: instrument.score(worksheet)).document().sections.first)
        #expect(summary.paragraphs.contains("WBK: TERPENUHI"))
        #expect(
            summary.paragraphs.contains(
                "WBBM: kriteria nilai terpenuhi; predikat Menuju WBK belum dinyatakan"))
        #expect(summary.paragraphs.last == "Butir belum dijawab: 0 dari 113")
    }

    /// At 80 columns, every line of the summary and of the whole report (breakdown, areas,
    /// predicates, gaps, assumptions) is at most 80 scalars; the two WBBM lines wrap.
    @Test(arguments: [ReportLanguage.id, .en])
    func everyLineFitsEightyColumns(language: ReportLanguage) throws {
        var report = try Self.weakPWReport(width: 80)
        report.language = language
        let lines = report.rendered(.text).split(separator: "\n", omittingEmptySubsequences: false)
        let long = lines.filter { $0.unicodeScalars.count > 80 }
        #expect(long.isEmpty, "\(long)")
        if language == .id { #expect(lines.contains { $0.hasPrefix("  ") && $0.contains("WBBM.4") }) }
    }

    /// The Indeks RB report (A− with a line below its target) fits too, and its summary gives
    /// the index and the reason of its category.
    @Test func indexReportFitsEightyColumns() throws {
        var report = try IndexReportSnapshotTests.report()
        report.width = 80
        let text = report.rendered(.text)
        #expect(text.split(separator: "\n").allSatisfy { $0.unicodeScalars.count <= 80 })
        let summary = try #require(report.document().sections.first)
        #expect(summary.paragraphs.first?.hasPrefix("Indeks RB: ") == true)
        #expect(summary.paragraphs.contains { $0.hasPrefix("A- dan bukan A:") })
    }

    @Test func summaryGolden() throws {
        try assertSnapshot(try Self.weakPWReport(width: 80).rendered(.text), named: "score-80.txt")
    }

    /// "aa bb cc dd" at width 9: "aa bb cc" is 8; with " dd" it would be 11 > 9, so "dd" goes
    /// to a line of its own, indented by two.
    @Test func paragraphsWrapWithAHangingIndent() {
        #expect(ReportDocument.wrapped("aa bb cc dd", width: 9) == ["aa bb cc", "  dd"])
        #expect(ReportDocument.wrapped("short", width: 80) == ["short"])
    }

    /// Widths 10 + 30 + 6 and two gaps of 2 = 50 > 40: the widest text column (30) loses 10.
    @Test func tablesNarrowTheirWidestTextColumn() {
        #expect(ReportDocument.fitted([10, 30, 6], numeric: [2], into: 40) == [10, 20, 6])
    }

    /// Columns 10 (numeric, numbers 4 wide), 20 (text), 10 (numeric, numbers 4 wide) and two
    /// gaps of 2: 44. Into 30, the text column gives up 14 (down to 6): 10 + 6 + 10 + 4 = 30.
    /// Into 26, the numeric headers then give up 4 more, in turn: 8 + 6 + 8 + 4 = 26.
    @Test func numericHeadersGiveWayLast() {
        #expect(ReportDocument.fitted([10, 20, 10], numeric: [0, 2], cells: [4, 20, 4], into: 30) == [10, 6, 10])
        #expect(ReportDocument.fitted([10, 20, 10], numeric: [0, 2], cells: [4, 20, 4], into: 26) == [8, 6, 8])
    }

    /// A header prints the regulation, not the databases consulted.
    @Test func headerShowsTheRegulationOnly() throws {
        let rb2014 = try #require(BuiltinInstruments.instrument("rb-2014"))
        #expect(
            Instrument.regulation(of: rb2014.source)
                == "PermenPANRB 14/2014 jo. 30/2018 jo. 8/2019 (teks tidak tersedia)")
        #expect(Instrument.regulation(of: "A (b; c); d") == "A (b; c)")
        #expect(Instrument.regulation(of: "PermenPANRB 90/2021") == "PermenPANRB 90/2021")
    }
}
