import PMPRBKit

/// `pmprb aggregate --pemda FILE --opd FILE_OR_DIR...`: the regency's combined result.
struct AggregateCommand: Command {
    static let name = "aggregate"
    static let abstract =
        "Combine the Pemda's own result and its OPD's, 50% each (PermenPANRB 30/2018)."
    static let arguments = [
        (
            name: "opd...",
            help: "The OPD worksheets (CSV), or folders: every *.csv directly in a folder."
        )
    ]
    static let options = [
        OptionSpec(
            names: ["--pemda"], valueName: "file",
            help: "The Pemda's own worksheet (CSV). Required."),
        OptionSpec(
            names: ["--opd"], valueName: nil,
            help:
                "Marks the arguments that follow as the OPD worksheets (every argument is one anyway)."
        ),
        OptionSpec(
            names: ["--opd-average"], valueName: "average",
            help: "How the OPD values make the OPD half. (values: mean, median; default: mean)"),
        SharedOptions.format, SharedOptions.language, CoordinatorOptions.excel,
        SharedOptions.output, SharedOptions.instrument, SharedOptions.delimiter, OptionSpec.help,
    ]

    var pemda: String
    var opd: [String]
    var average: Aggregate.Average
    var format: ReportFormat
    var language: ReportLanguage
    var csvDialect: CSVDialect
    var output: String?
    var instrument: String?
    var delimiter: CSVDelimiter?
    /// How many worksheets are read at once (`PMPRB_JOBS`, else the number of processors).
    var jobs: Int
    var progress = ProgressLine.standardError()

    init(_ arguments: ParsedArguments) throws(UsageError) {
        guard let pemda = arguments.value("--pemda") else {
            throw UsageError("missing expected option '--pemda <file>'")
        }
        guard !arguments.positionals.isEmpty else {
            throw UsageError("missing expected argument '<opd...>'")
        }
        self.pemda = pemda
        opd = arguments.positionals
        average = try arguments.choice("--opd-average", default: .mean)
        format = try OutputFormats.reports.format(arguments, command: Self.name, default: .text)
        language = try arguments.choice("--lang", default: .id)
        csvDialect = try CoordinatorOptions.csvDialect(arguments, format: format)
        output = arguments.value("--output")
        instrument = arguments.value("--instrumen")
        delimiter = try WorksheetLoader.delimiter(arguments)
        jobs = try WorksheetBatch.jobs()
    }

    func run(_ io: inout CommandIO) throws -> ExitCode {
        let opdPaths = try WorksheetInputs.expand(opd)
        _ = try WorksheetInputs.expand([pemda])
        try OutputGuard.check(
            output, against: [pemda] + opdPaths + OutputGuard.instrumentFile(self.instrument))
        try io.readStreams([pemda] + opdPaths)
        let choice = try WorksheetInputs.instrument(
            self.instrument, paths: [pemda] + opdPaths, delimiter: delimiter, io: io)
        var progress = self.progress
        let instrument = choice.instrument
        var batch = WorksheetBatch(choice, delimiter: delimiter, jobs: jobs)
        let pemdaKey = WorksheetInputs.key(pemda)
        batch.read(
            [pemda] + opdPaths.filter { WorksheetInputs.key($0) != pemdaKey }, io: &io,
            progress: &progress)
        batch.refuseDuplicates()
        guard batch.refusals.isEmpty else {
            let code = batch.reportRefusals(io: &io)
            if let line = WorksheetBatch.instrumentSummary(
                batch.refusals, accepted: batch.summaries.count, instrument: instrument.id)
            {
                io.standardError += "pmprb: error: " + line + "\n"
            }
            io.standardError +=
                "pmprb: error: \(batch.refusals.count) worksheet(s) refused; no result was computed\n"
            return code
        }
        guard let pemdaSummary = batch.summaries.first(where: { $0.file == pemda }) else {
            throw CommandFailure(.dataError, "'\(pemda)' could not be read")
        }
        let opdSummaries = batch.summaries.filter { $0.file != pemda }
        guard !opdSummaries.isEmpty else {
            throw CommandFailure(
                .noInput, "no OPD worksheets besides the Pemda's",
                notes: ["pass the OPD worksheets or their folder after --opd"])
        }
        let aggregate = Aggregate(
            instrument: instrument, pemda: pemdaSummary, opd: opdSummaries, average: average)
        let report = AggregateReport(
            aggregate: aggregate, instrument: instrument, language: language,
            csvDialect: csvDialect)
        try io.emit(report.rendered(format), to: output)
        return .success
    }
}
