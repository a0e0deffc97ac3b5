import PMPRBKit

/// `pmprb gaps FILE`: the gap list as a draft follow-up plan (RATL).
struct GapsCommand: Command {
    static let name = "gaps"
    static let arguments = worksheetArgument
    static let options =
        ReportOutput.specs(format: .format(of: name), middle: [.top(of: name)])
        + WorksheetReading.specs + [.help]

    /// The formats `--output` may name by its extension.
    static let outputFormats = OutputFormats.reports

    var file: String
    var writing: ReportOutput
    var reading: WorksheetReading
    var top: Int?

    init(_ arguments: ParsedArguments) throws(UsageError) {
        file = try arguments.single("file", command: Self.name)
        writing = try ReportOutput(
            arguments, command: Self.name, formats: Self.outputFormats, default: .csv)
        top = arguments.value("--top") == nil ? nil : try arguments.integer("--top", default: 0)
        reading = try WorksheetReading(arguments)
    }

    func run(_ io: inout CommandIO) throws -> ExitCode {
        try reading.checkOutput(writing.output, inputs: [file])
        let (instrument, worksheet) = try reading.load(file, io: &io)
        let card = instrument.score(worksheet)
        if card.isIncomplete {
            io.report(
                .warning(
                    .command(.unansweredFullPotential(card.unansweredCount, of: card.items.count)),
                    file: file))
        }
        var report = ScoreReport(
            card: card, language: writing.language, top: top ?? card.gaps.count)
        report.csvDialect = writing.csvDialect
        report.width = writing.width
        try io.emit(report.renderedGaps(writing.format, worksheet: worksheet), to: writing.output)
        return .success
    }
}
