import PMPRBKit

/// `pmprb gaps FILE`: the gap list as a draft follow-up plan (RATL).
struct GapsCommand: Command {
    static let name = "gaps"
    static let abstract = "Write the gap list as a draft follow-up plan (RATL)."
    static let arguments = [(name: "file", help: "The filled worksheet (CSV), or - for standard input.")]
    static let options = [
        OptionSpec(
            names: ["--format", "-f"], valueName: "format",
            help: "Output format. (values: csv, text, json, markdown, html; default: csv)"),
        SharedOptions.language,
        OptionSpec(names: ["--top"], valueName: "n", help: "List only the first n items. (default: all)"),
        CoordinatorOptions.excel, SharedOptions.output, SharedOptions.instrument,
        SharedOptions.delimiter, OptionSpec.help,
    ]

    /// The formats `--output` may name by its extension.
    static let outputFormats = OutputFormats.reports

    var file: String
    var format: ReportFormat
    var language: ReportLanguage
    var top: Int?
    var output: String?
    var instrument: String?
    var delimiter: CSVDelimiter?
    var excel: Bool

    init(_ arguments: ParsedArguments) throws(UsageError) {
        guard arguments.positionals.count == 1, let file = arguments.positionals.first else {
            throw UsageError(
                arguments.positionals.isEmpty
                    ? "missing expected argument '<file>'"
                    : "gaps takes one worksheet; got \(arguments.positionals.count)")
        }
        self.file = file
        format = try Self.outputFormats.format(arguments, command: Self.name, default: .csv)
        language = try arguments.choice("--lang", default: .id)
        top = arguments.value("--top") == nil ? nil : try arguments.integer("--top", default: 0)
        output = arguments.value("--output")
        instrument = arguments.value("--instrumen")
        delimiter = try WorksheetLoader.delimiter(arguments)
        excel = arguments.flag("--excel-id")
        if excel && format != .csv {
            throw UsageError("option '--excel-id' goes with '--format csv'")
        }
    }

    func run(_ io: inout CommandIO) throws -> ExitCode {
        try OutputGuard.check(
            output, against: [file] + OutputGuard.instrumentFile(self.instrument))
        let (instrument, worksheet) = try WorksheetLoader.load(
            file, instrument: self.instrument, delimiter: delimiter, io: &io)
        let card = instrument.score(worksheet)
        if card.isIncomplete {
            io.report(
                .warning(
                    "\(card.unansweredCount) of \(card.items.count) items are unanswered; "
                        + "they are listed with their full potential", file: file))
        }
        let text: String
        var report = ScoreReport(card: card, language: language, top: top ?? card.gaps.count)
        report.csvDialect = excel ? .excelIndonesia : .standard
        text = report.renderedGaps(format)
        try io.emit(text, to: output)
        return .success
    }
}
