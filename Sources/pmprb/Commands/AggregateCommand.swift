import PMPRBKit

/// `pmprb aggregate --pemda FILE --opd FILE_OR_DIR...`: the regency's combined result.
struct AggregateCommand: Command {
    static let name = "aggregate"
    static let arguments = [argument("opd...")]
    static let options =
        [.pemda, .opd, .opdAverage] + ReportOutput.specs() + WorksheetReading.specs
        + [.jobs, .help]

    var pemda: String
    var opd: [String]
    var average: Aggregate.Average
    var writing: ReportOutput
    var reading: WorksheetReading
    /// How many worksheets are read at once (`PMPRB_JOBS`, else the number of processors).
    var jobs: Int
    var progress = ProgressLine.standardError()

    init(_ arguments: ParsedArguments) throws(UsageError) {
        guard let pemda = arguments.value("--pemda") else {
            throw UsageError(.missingOption("--pemda <file>"))
        }
        opd = try arguments.oneOrMore("opd...")
        self.pemda = pemda
        average = try arguments.choice("--opd-average", default: .mean)
        writing = try ReportOutput(arguments, command: Self.name)
        reading = try WorksheetReading(arguments)
        jobs = try WorksheetBatch.jobs(arguments)
    }

    func run(_ io: inout CommandIO) throws -> ExitCode {
        let opdPaths = try WorksheetInputs.expand(opd)
        _ = try WorksheetInputs.expand([pemda])
        try reading.checkOutput(writing.output, inputs: [pemda] + opdPaths)
        try io.readStreams([pemda] + opdPaths)
        let choice = try WorksheetInputs.instrument(
            reading.instrument, paths: [pemda] + opdPaths, delimiter: reading.delimiter, io: io)
        var progress = self.progress
        let instrument = choice.instrument
        guard let rule = instrument.combination else {
            throw CommandFailure(
                .dataError, .noAggregationRule(instrument.id),
                notes: [.onlyGabunganAggregates, .rankWithCompare])
        }
        var batch = WorksheetBatch(choice, delimiter: reading.delimiter, jobs: jobs)
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
                io.error(line)
            }
            io.error(.refused(batch.refusals.count, result: true))
            return code
        }
        guard let pemdaSummary = batch.summaries.first(where: { $0.file == pemda }) else {
            throw CommandFailure(.dataError, .pemdaUnreadable(pemda))
        }
        let opdSummaries = batch.summaries.filter { $0.file != pemda }
        guard !opdSummaries.isEmpty else {
            throw CommandFailure(.noInput, .noOPDWorksheets, notes: [.passOPDWorksheets])
        }
        let aggregate = Aggregate(
            instrument: instrument, pemda: pemdaSummary, opd: opdSummaries,
            pemdaWeight: rule.pemdaWeight, average: average)
        let report = AggregateReport(
            aggregate: aggregate, language: writing.language, csvDialect: writing.csvDialect)
        try writing.emit(report, io: &io)
        return .success
    }
}
