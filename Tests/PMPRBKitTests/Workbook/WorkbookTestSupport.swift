import Foundation
import Testing

@testable import PMPRBKit

/// Filled workbooks and the comparison of their cached results with the scoring, for the
/// workbook tests.
enum WorkbookTestSupport {
    /// The built-in instruments a workbook is written for: every one.
    static let instrumentIDs = BuiltinInstruments.ids

    /// Generated worksheet `index` of an instrument; for an instrument with values given
    /// directly, every fourth worksheet gives the first such value.
    static func worksheet(_ instrument: Instrument, _ index: Int) throws -> Worksheet {
        let generator = WorksheetGenerator(instrument: instrument, seed: 12)
        var worksheet = try Worksheet(
            csv: Data(generator.csv(index).utf8), file: "opd-\(index).csv", instrument: instrument)
        if index % 4 == 0,
            let direct = instrument.nodes.first(where: { instrument.directType(of: $0) != nil }),
            case .scale(_, let maximum)? = instrument.directType(of: direct)?.conversion
        {
            let number = (maximum * Double(index % 7) / 6 * 100).rounded() / 100
            worksheet.entries[direct.code] = Worksheet.Entry(
                code: direct.code, answer: .number(number), evidence: "", note: "",
                position: SourcePosition(line: 0))
        }
        if instrument.isTwoPartIndex { markTwoPartAnswers(&worksheet, instrument, index) }
        // Every third worksheet declares that the unit holds Menuju WBK, so that WBBM can be
        // met (its first criterion reads the declaration).
        if index % 3 == 0, instrument.predicates.contains("WBK") {
            worksheet.heldPredicates = [HeldPredicate(name: "WBK", year: 2025)]
        }
        return worksheet
    }

    /// For a two-part index: lines marked `TB` (about one in four that may be, shifting with
    /// `index`; every line of RB General in worksheet 13, so that no weight applies), and the
    /// evaluator's coefficient from −10 to +10, negative in about half the worksheets, empty
    /// in every fifth.
    private static func markTwoPartAnswers(
        _ worksheet: inout Worksheet, _ instrument: Instrument, _ index: Int
    ) {
        for (position, offset) in instrument.nodes.indices
            .filter({ instrument.nodes[$0].allowsNotApplicable }).enumerated()
        where index == 13 || (position + index) % 4 == 0 {
            let code = instrument.nodes[offset].code
            worksheet.entries[code] = Worksheet.Entry(
                code: code, answer: .notApplicable, evidence: "", note: "",
                position: SourcePosition(line: 0))
        }
        for offset in instrument.nodes.indices
        where instrument.part(ofNodeAt: offset) == .koefisien && instrument.nodes[offset].kind == .butir {
            let code = instrument.nodes[offset].code
            // (index × 37) mod 201 − 100, in tenths: −10,0 … +10,0.
            let number = Double((index * 37) % 201 - 100) / 10
            worksheet.entries[code] = Worksheet.Entry(
                code: code, answer: index % 5 == 0 ? nil : .number(number), evidence: "",
                note: "", position: SourcePosition(line: 0))
        }
    }

    /// Every cached result of a workbook's sheet that differs from the scoring of `worksheet`
    /// by more than 0.005, as `cell: found, expected` lines; and the number of cells compared.
    ///
    /// Compared: the `Nilai` of every node the score card lists and of every item, the total,
    /// and the verdict of every criterion and predicate.
    static func differences(
        _ table: CSVTable, instrument: Instrument, worksheet: Worksheet
    ) throws -> (lines: [String], compared: Int) {
        let snapshot = try #require(table.workbook)
        let card = instrument.score(worksheet)
        let kode = try #require(table.columnIndex("kode"))
        let nilai = try #require(table.columnIndex("nilai"))
        var rowOfCode: [String: Int] = [:]
        for row in table.rows { if let code = row.field(kode)?.value { rowOfCode[code] = row.line } }
        var lines: [String] = []
        var compared = 0
        func check(_ cell: CellReference, _ expected: Double) {
            compared += 1
            let found = snapshot.cachedValue(cell) ?? "missing"
            if let value = Double(found), abs(value - expected) <= 0.005 { return }
            lines.append("\(cell): found \(found), expected \(expected)")
        }
        let nilaiColumn = table.header.fields[nilai].position.column ?? 0
        for node in card.nodes where node.kind != .butir {
            if let row = rowOfCode[node.code] {
                check(CellReference(row: row, column: nilaiColumn), node.value)
            }
        }
        for item in card.items {
            guard let row = rowOfCode[item.code], let offset = instrument.index(of: item.code)
            else { continue }
            // A two-part index's sheet shows an item's points before rescaling (the score
            // card's RB General points are index points) and the coefficient in the result
            // block, not as an item.
            switch (card.index, instrument.part(ofNodeAt: offset)) {
            case (let index?, .umum?):
                let points = index.generalScale > 0 ? item.points / index.generalScale : 0
                check(CellReference(row: row, column: nilaiColumn), points)
            case (_?, .koefisien?): break
            default: check(CellReference(row: row, column: nilaiColumn), item.points)
            }
        }
        if let index = card.index {
            let expected = [
                index.generalTotal, index.coefficient, index.applicableWeight,
                index.adjustedGeneral, index.thematicTotal, Double(index.missedTargets.count),
            ]
            for (offset, value) in expected.enumerated() {
                check(CellReference(row: SheetLayout(instrument: instrument).indexPartRows[offset], column: 3), value)
            }
        }
        let category = try #require(snapshot.namedCells["kategori"])
        compared += 1
        let grade = card.band.map { $0.grade + " (" + $0.label + ")" } ?? ""
        if category.value != grade {
            lines.append("category: found \(category.value), expected \(grade) (total \(card.total))")
        }
        let total = try #require(snapshot.namedCells["total"])
        compared += 1
        if Double(total.value).map({ abs($0 - card.total) <= 0.005 }) != true {
            lines.append("total: found \(total.value), expected \(card.total)")
        }
        for predicate in card.predicates {
            for check in predicate.checks {
                compared += 1
                let row = snapshot.labels.first { $0.value == check.criterion.code }?.key ?? 0
                let found = snapshot.cachedValue(CellReference(row: row, column: 5))
                let expected = check.holds ? "Memenuhi" : "Tidak memenuhi"
                if found != expected {
                    lines.append("\(check.criterion.code): found \(found ?? "missing"), "
                        + "expected \(expected) (value \(check.value))")
                }
            }
        }
        return (lines, compared)
    }
}
