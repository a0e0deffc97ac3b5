import PMPRBKit

/// `pmprb template ID`: a blank worksheet.
struct TemplateCommand: Command {
    static let name = "template"
    static let abstract = "Write a blank worksheet for an instrument."
    static let arguments = [(name: "instrument", help: "A built-in instrument id (e.g. zi-2021) or an instrument file.")]
    static let options = [
        OptionSpec(names: ["--unit"], valueName: "name", help: "The unit (unit kerja / OPD) to write in the worksheet."),
        OptionSpec(names: ["--tahun", "--year"], valueName: "year", help: "The year assessed."),
        OptionSpec(
            names: ["--delimiter"], valueName: "delimiter",
            help: "comma or tab (decimal point), or semicolon (decimal comma and a byte order mark, for Excel in an Indonesian locale). (default: comma)"),
        SharedOptions.output, OptionSpec.help,
    ]

    var instrument: String
    var unit: String
    var year: Int?
    var delimiter: CSVDelimiter
    var output: String?

    init(_ arguments: ParsedArguments) throws(UsageError) {
        guard arguments.positionals.count == 1, let id = arguments.positionals.first else {
            throw UsageError("missing expected argument '<instrument>'")
        }
        instrument = id
        unit = arguments.value("--unit") ?? ""
        if let text = arguments.value("--tahun") {
            guard let value = Int(text), (2000...2100).contains(value) else {
                throw UsageError("option '--tahun' needs a year such as 2026, not '\(text)'")
            }
            year = value
        }
        delimiter = try WorksheetLoader.delimiter(arguments) ?? .comma
        output = arguments.value("--output")
        if let output { try OutputFormats.csv.check(output, command: Self.name) }
    }

    func run(_ io: inout CommandIO) throws -> ExitCode {
        try OutputGuard.check(output, against: OutputGuard.instrumentFile(self.instrument))
        let instrument = try WorksheetLoader.instrument(self.instrument, io: io)
        let template = WorksheetTemplate(
            instrument: instrument, unit: unit, year: year, delimiter: delimiter)
        try io.emit(template.rendered(), to: output)
        return .success
    }
}
