import PMPRBKit

/// `pmprb compare FILE_OR_DIR...`: many units side by side.
struct CompareCommand: Command {
    static let name = "compare"
    static let arguments = [argument("file-or-folder...")]
    static let options =
        ReportOutput.specs(middle: [.baseline, .threshold, .skipInvalid])
        + WorksheetReading.specs + ScoringFlags.specs + [.jobs, .help]

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
        inputs = try arguments.oneOrMore("file-or-folder...")
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
        let listed = try WorksheetInputs.listed(inputs)
        let paths = listed.map(\.path)
        let basePaths = try baseline.map { try WorksheetInputs.expand([$0]) }
        try reading.checkOutput(writing.output, inputs: paths + (basePaths ?? []))
        // Regular files, as a folder's listing says, are no streams to read first: 20,000
        // `stat`s on one thread are spared.
        try io.readStreams(listed.filter { !$0.isRegularFile }.map(\.path) + (basePaths ?? []))
        let choice = try WorksheetInputs.instrument(
            reading.instrument, paths: paths + (basePaths ?? []), delimiter: reading.delimiter,
            io: io)
        var progress = self.progress
        let instrument = choice.instrument
        var current = WorksheetBatch(choice, delimiter: reading.delimiter, jobs: jobs)
        current.options = try scoring.options(for: instrument)
        current.read(
            paths, listedAsRegular: listed.map(\.isRegularFile), io: &io, progress: &progress)
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
        // The summaries are left for the process's exit to free (`KeptUntilExit`).
        KeptUntilExit.process.keep((comparison, current.summaries, earlier?.summaries))
        let language = writing.language
        let report = ComparisonReport(
            comparison: comparison, language: language, csvDialect: writing.csvDialect,
            leftOut: current.leftOut(language) + (earlier?.leftOut(language) ?? []))
        guard writing.format == .text else {
            try writing.emit(report, io: &io)
            return .success
        }
        // The text's sections are built and written `jobs` at a time: the ranking and the
        // matrix are the two largest.
        let jobs = self.jobs
        let text = report.renderedText(width: writing.width) { count, body in
            OrderedConcurrentMap.map(count: count, jobs: jobs, body)
        }
        try io.emit(text, to: writing.output)
        return .success
    }
}
