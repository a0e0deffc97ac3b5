import PMPRBKit

/// `--format`, `--lang`, `--excel-id` and `--output`: how a command writes its report. Every
/// command that writes a report reads these four the same way, here.
struct ReportOutput {
    /// The options, in the order help lists them: `--format` and `--lang`, the command's own
    /// (`middle`), then `--excel-id` and `--output`.
    static func specs(format: OptionSpec = .format, middle: [OptionSpec] = []) -> [OptionSpec] {
        [format, .language] + middle + [.excelID, .output]
    }

    var format: ReportFormat
    var language: ReportLanguage
    /// The CSV dialect: `--excel-id` (which goes only with `--format csv`), else the standard.
    var csvDialect: CSVDialect
    var output: String?

    /// Reads the options; the format is `--format`, else the output's extension among
    /// `formats`, else `fallback`.
    init(
        _ arguments: ParsedArguments, command: String, formats: OutputFormats = .reports,
        default fallback: ReportFormat = .text
    ) throws(UsageError) {
        format = try formats.format(arguments, command: command, default: fallback)
        language = try arguments.choice("--lang", default: .id)
        csvDialect = try CoordinatorOptions.csvDialect(arguments, format: format)
        output = arguments.value("--output")
    }

    /// The width the text report is fitted to: the terminal's, when it goes to one.
    var width: Int? { TerminalWidth.forOutput(output) }

    /// Writes a report in the chosen format to `--output` or standard output.
    func emit(_ report: some FittedTextReport, io: inout CommandIO) throws {
        try io.emit(report.rendered(format, width: width), to: output)
    }
}

/// `--instrumen` and `--delimiter`: how a command reads worksheets.
struct WorksheetReading {
    /// The options, in the order help lists them.
    static let specs: [OptionSpec] = [.instrument, .delimiter]

    /// The instrument to use instead of the one each worksheet names: an id or a file.
    var instrument: String?
    /// The delimiter to use instead of detecting one.
    var delimiter: CSVDelimiter?

    init(_ arguments: ParsedArguments) throws(UsageError) {
        instrument = arguments.value("--instrumen")
        delimiter = try WorksheetLoader.delimiter(arguments)
    }

    /// Refuses an output file that is one of the inputs or the instrument file.
    func checkOutput(_ output: String?, inputs: [String]) throws {
        try OutputGuard.check(output, against: inputs + OutputGuard.instrumentFile(instrument))
    }

    /// Reads a worksheet and its instrument; warnings are written to standard error.
    func load(_ path: String, io: inout CommandIO) throws -> (Instrument, Worksheet) {
        try WorksheetLoader.load(path, instrument: instrument, delimiter: delimiter, io: &io)
    }
}
