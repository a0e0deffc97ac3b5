import Foundation
import Testing

@testable import PMPRBKit

/// Inputs kept from fuzzing (`docs/fuzzing.md`), replayed through the path of the fuzz target
/// in `Sources/PMPRBFuzz`: each must be refused with diagnostics or scored within bounds, and
/// never crash.
///
/// Every `.bin` file in `Fixtures/fuzz-regressions` is an input; add one by copying a
/// minimised crash there. An input whose cause is not fixed yet goes in ``openFindings`` with
/// the reason, so that it is kept but does not run.
@Suite struct FuzzRegressionTests {
    /// Inputs that still fail, by file name, with why; they run once the cause is fixed and
    /// the entry is removed.
    static let openFindings: [String: String] = [:]

    /// The kept inputs, in name order.
    static let inputs: [String] = {
        guard
            let folder = Bundle.module.resourceURL?
                .appendingPathComponent("Fixtures/fuzz-regressions", isDirectory: true),
            let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path)
        else { return [] }
        return names.filter { $0.hasSuffix(".bin") }.sorted()
    }()

    /// The bytes of a kept input.
    static func data(_ name: String) throws -> Data {
        let url = try #require(
            Bundle.module.resourceURL?.appendingPathComponent("Fixtures/fuzz-regressions/" + name))
        return try Data(contentsOf: url)
    }

    @Test func regressionFolderIsBundled() throws {
        let folder = try #require(
            Bundle.module.resourceURL?.appendingPathComponent("Fixtures/fuzz-regressions"))
        #expect(FileManager.default.fileExists(atPath: folder.path))
        #expect(Set(Self.openFindings.keys).isSubset(of: Set(Self.inputs)))
    }

    /// The shipped worksheets go through the same path and are scored within bounds.
    @Test func shippedWorksheetsAreScored() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../worksheets").standardizedFileURL
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".csv") }.sorted()
        #expect(!names.isEmpty)
        for name in names {
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            guard case .scored(let violations) = FuzzPath.run(data) else {
                Issue.record("\(name) was refused")
                continue
            }
            #expect(violations.isEmpty, "\(name): \(violations)")
        }
    }

    @Test(arguments: inputs.filter { openFindings[$0] == nil })
    func keptInputIsRefusedOrScored(name: String) throws {
        try Self.expectRefusedOrScored(name)
    }

    @Test(
        .disabled("inputs that still fail; see openFindings"), arguments: openFindings.keys.sorted()
    )
    func openFindingIsRefusedOrScored(name: String) throws {
        try Self.expectRefusedOrScored(name)
    }

    /// Runs a kept input through the path and checks that it was refused with an error, or
    /// scored, without breaking a bound.
    static func expectRefusedOrScored(_ name: String) throws {
        switch FuzzPath.run(try data(name)) {
        case .refused(let diagnostics, let violations):
            #expect(diagnostics.contains { $0.severity == .error }, "\(name)")
            #expect(violations.isEmpty, "\(name): \(violations)")
        case .scored(let violations):
            #expect(violations.isEmpty, "\(name): \(violations)")
        }
    }
}

/// The path of the fuzz target (`Sources/PMPRBFuzz/FuzzTarget.swift`): the CSV reader with the
/// delimiter detected and given, the worksheet checks against the built-in instrument the
/// worksheet names (ZI 2021 by default), and for a worksheet that passes, the score, plans for
/// several targets and every report.
enum FuzzPath {
    /// What an input led to, with the bounds it broke on the way (empty when none).
    enum Outcome {
        /// Refused, with the diagnostics.
        case refused([Diagnostic], violations: [String])
        /// Scored.
        case scored(violations: [String])
    }

    /// Runs bytes through the path.
    static func run(_ data: Data) -> Outcome {
        let file = "fuzz.csv"
        var numbers: [String] = []
        for delimiter in [nil] + CSVDelimiter.allCases.map({ $0 }) {
            let reader = CSVReader(delimiter: delimiter, requiredColumns: WorksheetColumns.required)
            do {
                let table = try reader.read(data)
                for row in table.rows { _ = table.sourceLine(row.line) }
                _ = Worksheet.instrumentID(in: table)
                if delimiter == nil { numbers = nonFiniteNumbers(in: table) }
            } catch {
                _ = reader.diagnostic(for: error, in: data, file: file).rendered()
            }
        }
        guard let instrument = Self.instrument(for: data) else {
            return .refused([], violations: ["no instrument"])
        }
        let worksheet: Worksheet
        do {
            worksheet = try Worksheet(csv: data, file: file, instrument: instrument)
        } catch {
            _ = error.description
            return .refused(error.diagnostics, violations: numbers)
        }
        let card = instrument.score(worksheet)
        var targets: [ImprovementPlan.Target] = [
            .total(min(card.maximum, card.publishedTotal + 5)), .total(card.maximum + 1),
        ]
        targets += instrument.bands.map { .band($0.grade) }
        targets += instrument.predicates.map { .predicate($0) }
        let plans = targets.map { instrument.plan($0, for: card) }
        for language in ReportLanguage.allCases {
            for plan in [nil] + plans.prefix(3).map({ $0 }) {
                let report = ScoreReport(card: card, language: language, top: 10, plan: plan)
                for format in ReportFormat.allCases { _ = report.rendered(format) }
            }
            for top in [0, 3, card.items.count + 1] {
                let report = ScoreReport(card: card, language: language, top: top)
                for format in ReportFormat.allCases { _ = report.renderedGaps(format) }
            }
        }
        _ = GapPlanCSV(card: card).rendered()
        return .scored(violations: numbers + violations(card))
    }

    /// The cells of the number columns that `LocaleNumber.parse` reads as infinite or NaN,
    /// which its documentation rules out.
    static func nonFiniteNumbers(in table: CSVTable) -> [String] {
        let columns = ["bobot", "jawaban"].compactMap(table.columnIndex)
        return table.rows.flatMap { row in
            columns.compactMap { column -> String? in
                guard let field = row.field(column), let number = LocaleNumber.parse(field.value),
                    !number.value.isFinite
                else { return nil }
                return "line \(row.line) reads as \(number.value)"
            }
        }
    }

    /// The built-in instrument the `#instrumen` row names, or ZI 2021.
    static func instrument(for data: Data) -> Instrument? {
        if let table = try? Worksheet.table(csv: data, file: nil),
            let id = Worksheet.instrumentID(in: table),
            let named = BuiltinInstruments.instrument(id)
        {
            return named
        }
        return RandomWorksheet.zi
    }

    /// The score bounds a card breaks.
    static func violations(_ card: ScoreCard) -> [String] {
        let tolerance = propertyTolerance
        var found: [String] = []
        if !(card.total >= -tolerance && card.total <= card.maximum + tolerance) {
            found.append("total \(card.total)")
        }
        for node in card.nodes
        where !(node.value >= -tolerance && node.value <= node.weight + tolerance) {
            found.append("\(node.code) \(node.value) of \(node.weight)")
        }
        for item in card.items where !(item.value >= -tolerance && item.value <= 1 + tolerance) {
            found.append("\(item.code) value \(item.value)")
        }
        return found
    }
}
