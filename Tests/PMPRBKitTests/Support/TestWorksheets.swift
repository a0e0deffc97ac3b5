import Foundation
import Testing

@testable import PMPRBKit

/// Builds worksheets for tests from the template of an instrument.
enum TestWorksheets {
    /// The built-in ZI 2021 instrument.
    static func zi() throws -> Instrument {
        try #require(BuiltinInstruments.instrument("zi-2021"))
    }

    /// The input values printed in the official example of PermenPANRB 90/2021 Lampiran III
    /// (hlm. 81-86), every percentage item at 100%.
    static let officialInputs: [String: String] = [
        "A.II.1.i.a.1": "2", "A.II.1.i.a.2": "2", "A.II.1.i.b.1": "1", "A.II.1.i.b.2": "1",
        "A.II.3.iii.a.1": "1", "A.II.3.iii.a.2": "0", "A.II.3.iii.a.3": "1",
        "A.II.4.i.a.1": "1", "A.II.4.i.a.2": "1",
        "A.II.5.ii.a.1": "1", "A.II.5.ii.a.2": "1", "A.II.5.ii.a.3": "1",
        "A.II.5.iii.i.a.1": "3", "A.II.5.iii.i.a.2": "1", "A.II.5.iii.i.a.3": "1",
        "A.II.5.iii.i.a.4": "1", "A.II.5.iii.i.a.5": "3",
        "A.II.5.iii.ii.a.1": "3", "A.II.5.iii.ii.a.2": "1", "A.II.5.iii.ii.a.3": "1",
        "A.II.5.iii.ii.a.4": "1", "A.II.5.iii.ii.a.5": "3",
        "A.II.6.i.b.1": "1", "A.II.6.i.b.2": "1",
    ]

    /// The answers of the official example: every item at its best answer, both surveys at
    /// 4,00, and the official input values.
    static func bestAnswers(_ instrument: Instrument) -> [String: String] {
        var answers = officialInputs
        for node in instrument.nodes where node.kind == .butir {
            guard let type = instrument.answerType(of: node) else { continue }
            if type.conversion != .percent { answers[node.code] = type.bestAnswer.text(decimalComma: true) }
        }
        return answers
    }

    /// The best answers (``bestAnswers(_:)``) with `changes`, by code, made to them.
    static func bestAnswers(
        _ instrument: Instrument, changing changes: [String: String]
    ) -> [String: String] {
        bestAnswers(instrument).merging(changes) { $1 }
    }

    /// The score card of the best answers with `changes`, by code, made to them.
    static func card(
        _ instrument: Instrument, bestChanging changes: [String: String]
    ) throws -> ScoreCard {
        instrument.score(
            try worksheet(instrument, answers: bestAnswers(instrument, changing: changes)))
    }

    /// The CSV text of a worksheet: the template with `answers` in the jawaban column.
    static func csv(
        _ instrument: Instrument, answers: [String: String], unit: String = "Unit Uji",
        year: Int? = 2026
    ) throws -> String {
        let template = WorksheetTemplate(instrument: instrument, unit: unit, year: year).rendered()
        let table = try CSVReader(requiredColumns: WorksheetColumns.required)
            .read(Data(template.utf8))
        let writer = CSVWriter()
        var text = writer.row(table.header.fields.map(\.value))
        let kode = try #require(table.columnIndex("kode"))
        let jawaban = try #require(table.columnIndex("jawaban"))
        for row in table.rows {
            var values = row.fields.map(\.value)
            if let answer = answers[values[kode]] { values[jawaban] = answer }
            text += writer.row(values)
        }
        return text
    }

    /// A worksheet checked against the instrument.
    static func worksheet(
        _ instrument: Instrument, answers: [String: String], file: String = "uji.csv"
    ) throws -> Worksheet {
        let text = try csv(instrument, answers: answers)
        return try Worksheet(csv: Data(text.utf8), file: file, instrument: instrument)
    }

    /// The diagnostics of a worksheet text that must be refused.
    static func errors(_ text: String, instrument: Instrument) -> [Diagnostic] {
        do {
            _ = try Worksheet(csv: Data(text.utf8), file: "uji.csv", instrument: instrument)
            return []
        } catch {
            return error.diagnostics
        }
    }
}

/// Approximate equality for scores, within a ten-thousandth.
func approximately(_ lhs: Double, _ rhs: Double, tolerance: Double = 1e-4) -> Bool {
    abs(lhs - rhs) <= tolerance
}

extension ScoreCard {
    /// The value of a node, or NaN (which fails every comparison) when there is no such node.
    func points(_ code: String) -> Double {
        node(code)?.value ?? .nan
    }
}

/// Whether an optional value is present and within `tolerance` of the expected one.
func approximately(_ lhs: Double?, _ rhs: Double, tolerance: Double = 1e-4) -> Bool {
    lhs.map { abs($0 - rhs) <= tolerance } ?? false
}
