import Foundation
import PMPRBKit

/// What one input led to when it went through the whole pipeline.
enum FuzzOutcome: Equatable {
    /// The CSV reader refused the bytes.
    case unreadable
    /// The table was read, but the worksheet does not match the instrument.
    case refused(errors: Int)
    /// The worksheet was scored; the total as published.
    case scored(total: Double)
}

/// The path every fuzz input takes: read the bytes as CSV, check them as a worksheet of the
/// built-in instrument its `#instrumen` row names (ZI 2021 when it names none or an unknown
/// one), and, when they pass, score them, plan for several targets and render every report.
///
/// Nothing here may trap on any input. Scores that break the methodology's bounds (a node
/// outside 0 and its weight, a total outside 0 and the maximum, a value that is not finite),
/// and number cells that `LocaleNumber.parse` reads as infinite, are returned as violations,
/// which the fuzzer turns into a crash so that it keeps the input.
enum FuzzTarget {
    /// The instrument an input is checked against unless it names another built-in one.
    static let instrument: Instrument = {
        guard let instrument = BuiltinInstruments.instrument("zi-2021") else {
            preconditionFailure("the built-in instrument 'zi-2021' is missing")
        }
        return instrument
    }()

    /// Every built-in instrument, by id, parsed once.
    static let instruments: [String: Instrument] = Dictionary(
        uniqueKeysWithValues: BuiltinInstruments.ids.compactMap { id in
            BuiltinInstruments.instrument(id).map { (id, $0) }
        })

    /// The instrument a worksheet's bytes name, or ZI 2021.
    static func instrument(for data: Data) -> Instrument {
        guard let table = try? Worksheet.table(csv: data, file: file),
            let id = Worksheet.instrumentID(in: table), let named = instruments[id]
        else { return instrument }
        return named
    }

    /// The file name used in diagnostics.
    static let file = "fuzz.csv"

    /// The tolerance for score bounds, far below what reports show.
    static let tolerance = 1e-9

    /// The path fuzz inputs take: `PMPRB_FUZZ_TARGET=coordinator` selects
    /// ``CoordinatorTarget``; anything else, the worksheet pipeline.
    static let selectsCoordinator =
        ProcessInfo.processInfo.environment["PMPRB_FUZZ_TARGET"] == "coordinator"

    /// The invariants one input breaks on the selected path.
    static func violations(_ data: Data) -> [String] {
        selectsCoordinator ? CoordinatorTarget.run(data) : run(data).violations
    }

    /// Runs one input through the pipeline.
    ///
    /// - Parameter data: The bytes of a would-be worksheet.
    /// - Returns: The outcome, and the score invariants the input broke (empty when none).
    static func run(_ data: Data) -> (outcome: FuzzOutcome, violations: [String]) {
        var violations = readTables(data)
        let instrument = Self.instrument(for: data)
        let worksheet: Worksheet
        do {
            worksheet = try Worksheet(csv: data, file: file, instrument: instrument)
        } catch {
            consume(error.description)
            let errors = error.diagnostics.filter { $0.severity == .error }.count
            let isCSVError = (try? Worksheet.table(csv: data, file: file)) == nil
            return (isCSVError ? .unreadable : .refused(errors: errors), violations)
        }
        let card = instrument.score(worksheet)
        violations += check(card, instrument: instrument)
        let plans = targets(for: card, instrument).map { instrument.plan($0, for: card) }
        for plan in plans {
            violations += check(plan)
        }
        render(card, plans: plans)
        return (.scored(total: card.publishedTotal), violations)
    }

    /// Reads the bytes as a plain CSV table with the delimiter detected and with each one
    /// given, and renders the diagnostic of every refusal.
    ///
    /// - Returns: The cells of the number columns (`bobot`, `jawaban`) that
    ///   `LocaleNumber.parse` reads as a value that is not finite, which its documentation
    ///   rules out.
    private static func readTables(_ data: Data) -> [String] {
        var violations: [String] = []
        let delimiters: [CSVDelimiter?] = [nil] + CSVDelimiter.allCases.map { $0 }
        for delimiter in delimiters {
            let reader = CSVReader(delimiter: delimiter, requiredColumns: WorksheetColumns.required)
            do {
                let table = try reader.read(data)
                for row in table.rows {
                    consume(table.sourceLine(row.line) ?? "")
                    for field in row.fields { consume(field.value) }
                }
                consume(Worksheet.instrumentID(in: table) ?? "")
                for warning in table.warnings { consume(warning.rendered()) }
                if delimiter == nil { violations += nonFiniteNumbers(in: table) }
            } catch {
                consume(reader.diagnostic(for: error, in: data, file: file).rendered())
                consume(error.diagnostic(file: file, source: data).rendered())
            }
        }
        return violations
    }

    /// The number cells that `LocaleNumber.parse` reads as infinite or NaN.
    static func nonFiniteNumbers(in table: CSVTable) -> [String] {
        let columns = ["bobot", "jawaban"].compactMap(table.columnIndex)
        var found: [String] = []
        for row in table.rows {
            for column in columns {
                guard let field = row.field(column), let number = LocaleNumber.parse(field.value),
                    !number.value.isFinite
                else { continue }
                found.append(
                    "line \(row.line): '\(field.value.prefix(20))…' reads as \(number.value)")
            }
        }
        return found
    }

    /// The plan targets tried for every scored worksheet: a total just above the current one,
    /// a total that cannot be reached, every band and every predicate.
    private static func targets(
        for card: ScoreCard, _ instrument: Instrument
    ) -> [ImprovementPlan.Target] {
        let totals: [ImprovementPlan.Target] = [
            .total(min(card.maximum, card.publishedTotal + 5)), .total(card.maximum + 1),
        ]
        return totals + instrument.bands.map { .band($0.grade) }
            + instrument.predicates.map { .predicate($0) }
    }

    /// Renders every report of a score card, in every format and language.
    private static func render(_ card: ScoreCard, plans: [ImprovementPlan]) {
        for language in ReportLanguage.allCases {
            for plan in [nil] + plans.prefix(3).map({ $0 }) {
                let report = ScoreReport(card: card, language: language, top: 10, plan: plan)
                for format in ReportFormat.allCases {
                    consume(report.rendered(format))
                }
            }
            for top in [0, 3, card.items.count + 1] {
                let report = ScoreReport(card: card, language: language, top: top)
                for format in ReportFormat.allCases {
                    consume(report.renderedGaps(format))
                }
            }
        }
        consume(GapPlanCSV(card: card).rendered())
        consume(GapPlanCSV(card: card, top: 0).rendered())
        consume(GapPlanCSV(card: card, top: 5).rendered())
    }

    /// The bounds every score card must keep (`docs/methodology.md`, section 4).
    ///
    /// An instrument with a two-part index (RB General and RB Tematik, `rb-2023-*`) adds the
    /// evaluator's coefficient, which may be negative, and multiplies some items by others, so
    /// that their potentials do not add up: for it, an item's points may be negative and the
    /// potentials are not checked against the maximum.
    static func check(_ card: ScoreCard, instrument: Instrument) -> [String] {
        let isAdditive = !instrument.nodes.contains { $0.part != nil }
        var violations: [String] = []
        func expect(_ condition: Bool, _ message: @autoclosure () -> String) {
            if !condition { violations.append(message()) }
        }
        expect(
            within(card.total, 0, card.maximum), "total \(card.total) outside 0...\(card.maximum)")
        for node in card.nodes {
            expect(
                within(node.value, 0, node.weight),
                "node \(node.code) has \(node.value) outside 0...\(node.weight)")
        }
        for area in card.areas {
            expect(
                within(area.value, 0, area.weight),
                "area \(area.id) has \(area.value) outside 0...\(area.weight)")
        }
        for item in card.items {
            expect(within(item.value, 0, 1), "item \(item.code) has value \(item.value)")
            expect(
                item.points.isFinite && (item.points >= -tolerance || !isAdditive),
                "item \(item.code) has points \(item.points)")
            expect(
                item.potential.isFinite && item.potential >= 0,
                "item \(item.code) has potential \(item.potential)")
        }
        let potential = card.gaps.map(\.potential).reduce(0, +)
        expect(
            card.total + potential <= card.maximum + 1e-6 || !isAdditive,
            "total \(card.total) plus potentials \(potential) exceeds \(card.maximum)")
        return violations
    }

    /// The bounds every plan must keep.
    static func check(_ plan: ImprovementPlan) -> [String] {
        var violations: [String] = []
        if !plan.totalAfter.isFinite || plan.totalAfter < plan.totalBefore - tolerance {
            violations.append(
                "plan for \(plan.target) goes from \(plan.totalBefore) to \(plan.totalAfter)")
        }
        if Set(plan.steps.map(\.code)).count != plan.steps.count {
            violations.append("plan for \(plan.target) repeats an item")
        }
        return violations
    }

    /// Whether a value is finite and within the bounds, allowing ``tolerance``.
    private static func within(_ value: Double, _ lower: Double, _ upper: Double) -> Bool {
        value.isFinite && value >= lower - tolerance && value <= upper + tolerance
    }

    /// Keeps the optimiser from dropping work whose result is otherwise unused.
    static func consume(_ text: String) {
        blackHole = blackHole &+ text.utf8.count
    }

    /// The sink of ``consume(_:)``; read by nothing, written by one thread at a time.
    nonisolated(unsafe) private static var blackHole = 0
}
