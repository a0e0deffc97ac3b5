import Foundation
import PMPRBKit

/// The coordinator's path for fuzz inputs: one input holds up to three worksheets, separated
/// by lines of `=====`, which are read as `compare`, `diff` and `aggregate` read them
/// (``UnitSummary/reading(csv:file:instrument:delimiter:)`` and ``Worksheet``), joined by two
/// generated worksheets, and put through every coordinator view and report.
///
/// Besides crashes, it checks that the two ways of reading a worksheet agree (a summary is
/// read exactly when the worksheet is, with the same total), that every unit's total and area
/// value stays within bounds, and that an aggregate stays within the instrument's maximum.
enum CoordinatorTarget {
    /// The line that separates the worksheets of one input.
    static let separator = Array("=====\n".utf8)

    /// Two generated worksheets of an instrument, which every input is compared with.
    static func generated(_ instrument: Instrument) -> [(file: String, data: Data)] {
        let generator = WorksheetGenerator(instrument: instrument, seed: 7, year: 2025)
        return (1...2).map { ("generated-\($0).csv", Data(generator.csv($0).utf8)) }
    }

    /// Splits an input at ``separator`` lines into at most three parts.
    static func parts(of data: Data) -> [Data] {
        let bytes = [UInt8](data)
        var parts: [Data] = []
        var start = 0
        var index = 0
        while index + separator.count <= bytes.count, parts.count < 2 {
            if bytes[index..<index + separator.count].elementsEqual(separator),
                index == 0 || bytes[index - 1] == UInt8(ascii: "\n")
            {
                parts.append(Data(bytes[start..<index]))
                index += separator.count
                start = index
            } else {
                index += 1
            }
        }
        parts.append(Data(bytes[start...]))
        return parts
    }

    /// Runs one input through the coordinator's path.
    ///
    /// - Returns: The invariants the input broke (empty when none).
    static func run(_ data: Data) -> [String] {
        let parts = parts(of: data)
        let instrument = FuzzTarget.instrument(for: parts[0])
        var violations: [String] = []
        var units: [UnitSummary] = []
        var worksheets: [Worksheet] = []
        var leftOut: [ComparisonReport.LeftOut] = []
        var maximum = 0.0
        let inputs =
            parts.enumerated().map { ("part-\($0.offset + 1).csv", $0.element) }
            + generated(instrument)
        for (file, bytes) in inputs {
            let summary = Result { () throws(WorksheetRefusal) in
                try UnitSummary.reading(csv: bytes, file: file, instrument: instrument)
            }
            let worksheet = Result { () throws(DiagnosticError) in
                try Worksheet(csv: bytes, file: file, instrument: instrument)
            }
            switch (summary, worksheet) {
            case (.success(let read), .success(let sheet)):
                let card = instrument.score(sheet)
                if read.summary.total != card.total {
                    violations.append(
                        "\(file): summary total \(read.summary.total) but score \(card.total)")
                }
                violations += FuzzTarget.check(card, instrument: instrument)
                maximum = card.maximum
                units.append(read.summary)
                worksheets.append(sheet)
            case (.failure(let refusal), .failure):
                let reason = refusal.diagnostics.first?.message ?? ""
                leftOut.append(ComparisonReport.LeftOut(file: file, reason: reason))
                FuzzTarget.consume(refusal.diagnostics.map { $0.rendered() }.joined())
            case (.success, .failure), (.failure, .success):
                // A worksheet of another instrument is refused only by the summary.
                if case .failure(.otherInstrument) = summary { continue }
                violations.append("\(file): a summary and a worksheet disagree on reading it")
            }
        }
        violations += checkBounds(units, instrument, maximum: maximum)
        // Summaries are keyed by area id, so a unit with a value given directly (and so fewer
        // areas) is rendered with the others.
        render(units: units, worksheets: worksheets, leftOut: leftOut, instrument: instrument)
        return violations
    }

    /// Every unit's total and area values within their weights.
    private static func checkBounds(
        _ units: [UnitSummary], _ instrument: Instrument, maximum: Double
    ) -> [String] {
        let outline = InstrumentOutline(instrument)
        var violations: [String] = []
        for unit in units {
            if !unit.total.isFinite || unit.total < -1e-9 || unit.total > maximum + 1e-6 {
                violations.append("\(unit.file): total \(unit.total) outside 0...\(maximum)")
            }
            for area in outline.areas {
                guard let value = unit.areaValue(area.id),
                    !value.isFinite || value < -1e-9 || value > area.weight + 1e-9
                else { continue }
                violations.append("\(unit.file): area \(area.id) has \(value)")
            }
        }
        return violations
    }

    /// Every coordinator view of the units, rendered in every format, language and dialect.
    private static func render(
        units: [UnitSummary], worksheets: [Worksheet], leftOut: [ComparisonReport.LeftOut],
        instrument: Instrument
    ) {
        let outline = InstrumentOutline(instrument)
        let dialects: [CSVDialect] = [.standard, .excelIndonesia]
        let unique = units.filter { unit in
            !Comparison.duplicates(in: units).contains { $0.second.file == unit.file }
        }
        let comparison = Comparison(
            outline: outline, units: unique, threshold: 0.6, baseline: unique.reversed())
        for language in ReportLanguage.allCases {
            for dialect in dialects {
                let report = ComparisonReport(
                    comparison: comparison, language: language, csvDialect: dialect,
                    leftOut: leftOut)
                for format in ReportFormat.allCases { FuzzTarget.consume(report.rendered(format)) }
            }
        }
        for (first, second) in zip(worksheets, worksheets.dropFirst() + worksheets.prefix(1)) {
            let diff = WorksheetDiff(instrument: instrument, first: first, second: second)
            for language in ReportLanguage.allCases {
                let report = DiffReport(diff: diff, language: language)
                for format in ReportFormat.allCases { FuzzTarget.consume(report.rendered(format)) }
            }
        }
        guard let pemda = unique.first, unique.count > 1 else { return }
        for average in Aggregate.Average.allCases {
            let aggregate = Aggregate(
                instrument: instrument, pemda: pemda, opd: Array(unique.dropFirst()),
                average: average)
            for language in ReportLanguage.allCases {
                let report = AggregateReport(aggregate: aggregate, language: language)
                for format in ReportFormat.allCases { FuzzTarget.consume(report.rendered(format)) }
            }
        }
    }
}
