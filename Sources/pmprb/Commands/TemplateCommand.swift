import PMPRBKit

/// `pmprb template ID`: a blank worksheet.
struct TemplateCommand: Command {
    static let name = "template"
    static let abstract = HelpText(
        id: "Tulis lembar kerja kosong untuk sebuah instrumen.",
        en: "Write a blank worksheet for an instrument.")
    static let arguments = [(name: "instrument", help: GenerateCommand.instrumentHelp)]
    static let options = [
        OptionSpec(
            names: ["--unit"], valueName: "name",
            help: HelpText(
                id: "Unit (unit kerja / OPD) yang ditulis di lembar kerja.",
                en: "The unit (unit kerja / OPD) to write in the worksheet.")),
        OptionSpec(
            names: ["--tahun", "--year"], valueName: "year",
            help: HelpText(id: "Tahun yang dinilai.", en: "The year assessed.")),
        OptionSpec(
            names: ["--delimiter"], valueName: "delimiter",
            help: HelpText(
                id: "comma atau tab (titik desimal), atau semicolon (koma desimal dan byte order "
                    + "mark, untuk Excel dengan lokal Indonesia). (bawaan: comma)",
                en: "comma or tab (decimal point), or semicolon (decimal comma and a byte order "
                    + "mark, for Excel in an Indonesian locale). (default: comma)")),
        SharedOptions.output, SharedOptions.language, OptionSpec.help,
    ]

    var instrument: String
    var unit: String
    var year: Int?
    var delimiter: CSVDelimiter
    var output: String?

    init(_ arguments: ParsedArguments) throws(UsageError) {
        guard arguments.positionals.count == 1, let id = arguments.positionals.first else {
            throw UsageError(.missingArgument("<instrument>"))
        }
        instrument = id
        unit = arguments.value("--unit") ?? ""
        if let text = arguments.value("--tahun") {
            guard let value = Int(text), (2000...2100).contains(value) else {
                throw UsageError(.optionNeedsYear("--tahun", value: text))
            }
            year = value
        }
        delimiter = try WorksheetLoader.delimiter(arguments) ?? .comma
        output = arguments.value("--output")
    }

    func run(_ io: inout CommandIO) throws -> ExitCode {
        let instrument = try WorksheetLoader.instrument(self.instrument, io: io)
        let template = WorksheetTemplate(
            instrument: instrument, unit: unit, year: year, delimiter: delimiter)
        try io.emit(template.rendered(), to: output)
        return .success
    }
}
