import PMPRBKit

/// `pmprb compare FILE_OR_DIR...`: many units side by side.
struct CompareCommand: Command {
    static let name = "compare"
    static let abstract = HelpText(
        id: "Peringkat banyak lembar kerja: matriks unit per area, area lemah, perubahan sejak "
            + "tahun lalu.",
        en: "Rank many worksheets: unit by area matrix, weak areas, change since last year.")
    static let arguments = [
        (
            name: "file-or-folder...",
            help: HelpText(
                id: "Lembar kerja (CSV atau .xlsx) dari satu instrumen, atau folder: setiap *.csv dan *.xlsx langsung "
                    + "di dalamnya.",
                en: "Worksheets (CSV or .xlsx) of one instrument, or folders: every *.csv and *.xlsx directly in a "
                    + "folder.")
        )
    ]
    /// The options of `compare` alone.
    static let ownOptions = [
        OptionSpec(
            names: ["--baseline"], valueName: "file-or-folder",
            help: HelpText(
                id: "Lembar kerja tahun lalu: menambahkan perubahan per unit, per area dan per "
                    + "butir.",
                en: "Last year's worksheets: adds the change per unit, per area and per item.")),
        OptionSpec(
            names: ["--threshold"], valueName: "percent",
            help: HelpText(
                id: "Cantumkan unit di bawah persentase bobot area ini. (bawaan: batas minimum "
                    + "area terendah instrumen, atau 60)",
                en: "List the units below this share of an area's weight. (default: the "
                    + "instrument's lowest area minimum, else 60)")),
        OptionSpec(
            names: ["--skip-invalid"], valueName: nil,
            help: HelpText(
                id: "Lewati lembar kerja yang tidak dapat dibaca dan cantumkan di laporan, "
                    + "alih-alih menolak membuat laporan.",
                en: "Leave out worksheets that cannot be read, and list them in the report, "
                    + "instead of refusing to report.")),
    ]
    static let options =
        ReportOutput.specs(middle: ownOptions) + WorksheetReading.specs + ScoringFlags.options
        + [WorksheetBatch.jobsOption, OptionSpec.help]

    var inputs: [String]
    var writing: ReportOutput
    var baseline: String?
    /// The weak-area share given with `--threshold`; `nil` for the instrument's own.
    var threshold: Double?
    var skipInvalid: Bool
    var reading: WorksheetReading
    /// How many worksheets are read at once (`PMPRB_JOBS`, else the number of processors).
    var jobs: Int
    var progress = ProgressLine.standardError()
    var scoring: ScoringFlags

    init(_ arguments: ParsedArguments) throws(UsageError) {
        guard !arguments.positionals.isEmpty else {
            throw UsageError(.missingArgument("<file-or-folder...>"))
        }
        inputs = arguments.positionals
        writing = try ReportOutput(arguments, command: Self.name)
        baseline = arguments.value("--baseline")
        threshold = nil
        if let text = arguments.value("--threshold") {
            guard let number = LocaleNumber.parse(text), number.value > 0, number.value <= 100
            else {
                throw UsageError(.optionNeedsPercentage("--threshold", value: text))
            }
            threshold = number.value / 100
        }
        skipInvalid = arguments.flag("--skip-invalid")
        reading = try WorksheetReading(arguments)
        jobs = try WorksheetBatch.jobs(arguments)
        scoring = try ScoringFlags(arguments)
    }

    func run(_ io: inout CommandIO) throws -> ExitCode {
        let paths = try WorksheetInputs.expand(inputs)
        let basePaths = try baseline.map { try WorksheetInputs.expand([$0]) }
        try reading.checkOutput(writing.output, inputs: paths + (basePaths ?? []))
        try io.readStreams(paths + (basePaths ?? []))
        let choice = try WorksheetInputs.instrument(
            reading.instrument, paths: paths + (basePaths ?? []), delimiter: reading.delimiter,
            io: io)
        var progress = self.progress
        let instrument = choice.instrument
        var current = WorksheetBatch(choice, delimiter: reading.delimiter, jobs: jobs)
        current.options = try scoring.options(for: instrument)
        current.read(paths, io: &io, progress: &progress)
        current.refuseDuplicates()
        var earlier: WorksheetBatch?
        if let basePaths {
            var batch = WorksheetBatch(choice, delimiter: reading.delimiter, jobs: jobs)
            batch.options.missingAnswers = current.options.missingAnswers
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
                io.error(line)
            }
            if !skipInvalid || current.summaries.isEmpty {
                io.error(.refused(refusals.count, result: false))
                if !skipInvalid { io.note(.passSkipInvalid) }
                return code
            }
        }
        let comparison = Comparison(
            outline: InstrumentOutline(instrument), units: current.summaries, threshold: threshold,
            baseline: earlier?.summaries)
        let language = writing.language
        let report = ComparisonReport(
            comparison: comparison, language: language, csvDialect: writing.csvDialect,
            leftOut: current.leftOut(language) + (earlier?.leftOut(language) ?? []))
        try writing.emit(report, io: &io)
        return .success
    }
}
