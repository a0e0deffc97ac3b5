import Foundation
import Testing

@testable import PMPRBKit

/// How many units meet WBK and WBBM and fall in each category, and the changed items grouped
/// per unit.
@Suite struct ComparisonCountsTests {
    /// The five units of ``CoordinatorFixtures/units()``, counted by hand:
    /// - A best: 100 (AA), WBK met; WBBM's score criteria met, but WBBM.1 needs Menuju WBK
    ///   declared (`#predikat`), which the fixtures do not: not met.
    /// - B and C mixed: 90,36 (AA). WBK holds at its edges: B.I = 22,5 - 2,5 - 1,75 = 18,25
    ///   (>= 18,25), B.I.a = 17,5 - 1,75 = 15,75 (>= 15,75), B.I.b = 2,5 (>= 2,5),
    ///   B.II = 17,5 - 3,5 = 14 (>= 14), every area >= 94%. WBBM fails: B.I 18,25 < 19,5.
    /// - D weak PW: 92,5 (AA), PW 50% < 60%: neither.
    /// - E blank: 0 (D), neither.
    /// WBK 3 (A, B, C), WBBM 0; AA 4, D 1, the other five bands 0.
    @Test func countsByHand() throws {
        let report = ComparisonReport(comparison: try CoordinatorFixtures.comparison())
        #expect(report.predicateCounts.map(\.predicate) == ["WBK", "WBBM"])
        #expect(report.predicateCounts.map(\.units) == [3, 0])
        #expect(report.categoryCounts.map(\.grade) == ["AA", "A", "BB", "B", "CC", "C", "D"])
        #expect(report.categoryCounts.map(\.units) == [4, 0, 0, 0, 0, 0, 1])
    }

    @Test func countsOpenEveryFormat() throws {
        let report = ComparisonReport(comparison: try CoordinatorFixtures.comparison())
        let text = report.rendered(.text)
        #expect(text.contains("Memenuhi WBK: 3 dari 5 unit"))
        #expect(text.contains("Memenuhi WBBM: 0 dari 5 unit"))
        #expect(text.contains("Unit per kategori: AA 4 · A 0 · BB 0 · B 0 · CC 0 · C 0 · D 1"))
        #expect(text.range(of: "Ringkasan")!.lowerBound < text.range(of: "Peringkat")!.lowerBound)
        #expect(report.rendered(.markdown).contains("Memenuhi WBK: 3 dari 5 unit"))
        #expect(report.rendered(.html).contains("Memenuhi WBBM: 0 dari 5 unit"))
        let json = report.rendered(.json)
        #expect(json.contains("\"WBK\" : 3"))
        #expect(json.contains("\"WBBM\" : 0"))
    }

    /// Baseline: A +9,64 (nine changed items), D -7,50 (the 18 emptied items of A.I.5; see
    /// BaselineComparisonTests). Units by the size of their change: A (9,64) before D (7,50).
    /// A is named once, on a row of its own, then its three largest items (B.II.a 3,5; B.I.b
    /// 2,5; B.I.a 1,75) and a row for the six others: 0,9 + 0,3125 + 0,25 + 0,1666667 +
    /// 0,1395833 + 0,125 = 1,89375 (+1,89). D: its row, three items, a row for the other 15.
    @Test func changedItemsAreGroupedPerUnit() throws {
        let report = ComparisonReport(comparison: try CoordinatorFixtures.baselineComparison())
        let section = try #require(
            report.document().sections.first { $0.heading == "Butir yang jawabannya berubah" })
        let table = try #require(section.table)
        let rows = table.rows
        #expect(table.groupRows == [0, 5])
        #expect(rows[0][0] == "Dinas A: nilai +9,64, 9 butir berubah")
        #expect(rows[1...3].map { $0[0] } == ["B.II.a", "B.I.b", "B.I.a"])
        #expect(rows[4][2] == "… dan 6 butir lain, jumlah perubahannya")
        #expect(rows[4][5] == "+1,89")
        #expect(rows[5][0] == "Dinas D: nilai -7,50, 18 butir berubah")
        #expect(rows.count == 10)
        #expect(rows[9][2] == "… dan 15 butir lain, jumlah perubahannya")
        // Each unit is named once.
        #expect(rows.filter { $0.joined().contains("Dinas A") }.count == 1)
    }

    /// Items whose changes are equal keep the instrument's order in the grouped section, as in
    /// the JSON and CSV forms and in `pmprb diff`, even when the doubles differ in the last bit.
    /// The 80th generated worksheets of seeds 11 (2025) and 12 (2026) answer B.I.a 1,53 then
    /// 3,76 and B.II.a 1,45 then 3,68, both items of weight 17,5 on a 0-4 survey score:
    /// 17,5 × (3,76 − 1,53) / 4 = 17,5 × (3,68 − 1,45) / 4 = 9,75625 each, the largest changes
    /// of the unit (B.I.b, next, changes by 5).
    @Test func equalChangesKeepTheInstrumentsOrder() throws {
        let instrument = try CoordinatorFixtures.instrument()
        func summary(seed: UInt64, year: Int) throws -> UnitSummary {
            let text = WorksheetGenerator(instrument: instrument, seed: seed, year: year).csv(80)
            return try UnitSummary.reading(
                csv: Data(text.utf8), file: "\(year).csv", instrument: instrument
            ).summary
        }
        let comparison = Comparison(
            outline: InstrumentOutline(instrument), units: [try summary(seed: 12, year: 2026)],
            baseline: [try summary(seed: 11, year: 2025)])
        let section = try #require(
            ComparisonReport(comparison: comparison).document().sections.first {
                $0.heading == "Butir yang jawabannya berubah"
            })
        let rows = try #require(section.table).rows
        #expect(rows[1...3].map { $0[0] } == ["B.I.a", "B.II.a", "B.I.b"])
        #expect(rows[1][5] == "+9,76" && rows[2][5] == "+9,76")
    }

    /// A group row is printed across the table, unclipped by the columns, and the HTML row
    /// spans every column.
    @Test func groupRowsSpanTheTable() throws {
        let report = ComparisonReport(comparison: try CoordinatorFixtures.baselineComparison())
        #expect(report.rendered(.text).contains("\nDinas A: nilai +9,64, 9 butir berubah\n"))
        #expect(
            report.rendered(.html).contains(
                "<tr class=\"group\"><td colspan=\"6\">Dinas A: nilai +9,64, 9 butir berubah</td></tr>"))
    }
}
