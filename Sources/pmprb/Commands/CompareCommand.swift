import PMPRBKit

/// `pmprb compare FILE_OR_DIR...`: many units side by side.
struct CompareCommand: Command {
    static let name = "compare"
    static let abstract =
        "Rank many worksheets: unit by area matrix, weak areas, change since last year."
    static let arguments = [
        (
            name: "file-or-folder...",
            help:
                "Worksheets (CSV) of one instrument, or folders: every *.csv directly in a folder."
        )
    ]
    static let options = [
        SharedOptions.format, SharedOptions.language,
        OptionSpec(
            names: ["--baseline"], valueName: "file-or-folder",
            help: "Last year's worksheets: adds the change per unit, per area and per item."),
        OptionSpec(
            names: ["--threshold"], valueName: "percent",
            help: "List the units below this share of an area's weight. (default: 60)"),
        OptionSpec(
            names: ["--skip-invalid"], valueName: nil,
            help:
                "Leave out worksheets that cannot be read, and list them in the report, instead of refusing to report."
        ),
        CoordinatorOptions.excel, SharedOptions.output, SharedOptions.instrument,
        SharedOptions.delimiter, OptionSpec.help,
    ]

    var inputs: [String]
    var format: ReportFormat
    var language: ReportLanguage
    var baseline: String?
    var threshold: Double
    var skipInvalid: Bool
    var csvDialect: CSVDialect
    var output: String?
    var instrument: String?
    var delimiter: CSVDelimiter?
    /// How many worksheets are read at once (`PMPRB_JOBS`, else the number of processors).
    var jobs: Int
    var progress = ProgressLine.standardError()

    init(_ arguments: ParsedArguments) throws(UsageError) {
        guard !arguments.positionals.isEmpty else {
            throw UsageError("missing expected argument '<file-or-folder...>'")
        }
        inputs = arguments.positionals
        format = try OutputFormats.reports.format(arguments, command: Self.name, default: .text)
        language = try arguments.choice("--lang", default: .id)
        baseline = arguments.value("--baseline")
        threshold = 0.6
        if let text = arguments.value("--threshold") {
            guard let number = LocaleNumber.parse(text), number.value > 0, number.value <= 100
            else {
                throw UsageError(
                    "option '--threshold' needs a percentage above 0 and up to 100, not '\(text)'")
            }
            threshold = number.value / 100
        }
        skipInvalid = arguments.flag("--skip-invalid")
        csvDialect = try CoordinatorOptions.csvDialect(arguments, format: format)
        output = arguments.value("--output")
        instrument = arguments.value("--instrumen")
        delimiter = try WorksheetLoader.delimiter(arguments)
        jobs = try WorksheetBatch.jobs()
    }

    func run(_ io: inout CommandIO) throws -> ExitCode {
        let paths = try WorksheetInputs.expand(inputs)
        let basePaths = try baseline.map { try WorksheetInputs.expand([$0]) }
        try OutputGuard.check(
            output,
            against: paths + (basePaths ?? []) + OutputGuard.instrumentFile(self.instrument))
        try io.readStreams(paths + (basePaths ?? []))
        let choice = try WorksheetInputs.instrument(
            self.instrument, paths: paths + (basePaths ?? []), delimiter: delimiter, io: io)
        var progress = self.progress
        let instrument = choice.instrument
        var current = WorksheetBatch(choice, delimiter: delimiter, jobs: jobs)
        current.read(paths, io: &io, progress: &progress)
        current.refuseDuplicates()
        var earlier: WorksheetBatch?
        if let basePaths {
            var batch = WorksheetBatch(choice, delimiter: delimiter, jobs: jobs)
            batch.read(basePaths, io: &io, progress: &progress)
            batch.refuseDuplicates()
            earlier = batch
        }
        let refusals = current.refusals + (earlier?.refusals ?? [])
        if !refusals.isEmpty {
            var all = current
            all.refusals = refusals
            let code = all.reportRefusals(io: &io)
            if let line = WorksheetBatch.instrumentSummary(
                refusals,
                accepted: current.summaries.count + (earlier?.summaries.count ?? 0),
                instrument: instrument.id)
            {
                io.standardError += "pmprb: error: " + line + "\n"
            }
            if !skipInvalid || current.summaries.isEmpty {
                io.standardError +=
                    "pmprb: error: \(refusals.count) worksheet(s) refused; no report was written\n"
                if !skipInvalid {
                    io.standardError +=
                        "note: pass --skip-invalid to report on the others and list these\n"
                }
                return code
            }
        }
        let comparison = Comparison(
            outline: InstrumentOutline(instrument), units: current.summaries, threshold: threshold,
            baseline: earlier?.summaries)
        let report = ComparisonReport(
            comparison: comparison, language: language, csvDialect: csvDialect,
            leftOut: current.leftOut + (earlier?.leftOut ?? []))
        try io.emit(report.rendered(format), to: output)
        return .success
    }
}
