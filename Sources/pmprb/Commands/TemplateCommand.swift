import PMPRBPlatform
import PMPRBKit

/// `pmprb template ID`: a blank worksheet.
struct TemplateCommand: Command {
    static let name = "template"
    static let arguments = [argument("instrument", key: "argument.instrument")]
    static let options: [OptionSpec] = [
        .unit, .year(of: name), .delimiter(of: name), .format(of: name), .from, .output,
        .language, .help,
    ]

    enum Format: String, CaseIterable { case csv, xlsx }

    var instrument: String
    var unit: String
    var year: Int?
    var delimiter: CSVDelimiter
    var output: String?
    var format: Format
    var source: String?

    init(_ arguments: ParsedArguments) throws(UsageError) {
        instrument = try arguments.single("instrument", command: Self.name, what: .instrument)
        unit = arguments.value("--unit") ?? ""
        if let text = arguments.value("--tahun") {
            guard let value = Int(text), (2000...2100).contains(value) else {
                throw UsageError(.optionNeedsYear("--tahun", value: text))
            }
            year = value
        }
        delimiter = try WorksheetLoader.delimiter(arguments) ?? .comma
        output = arguments.value("--output")
        if let output { try OutputFormats.template.check(output, command: Self.name) }
        let byExtension: Format = output?.lowercased().hasSuffix(".xlsx") == true ? .xlsx : .csv
        format = try arguments.choice("--format", default: byExtension)
        if let output, format != byExtension, output.lowercased().hasSuffix(".xlsx") {
            throw UsageError(
                .formatContradictsOutput(format: format.rawValue, output: output, inferred: "xlsx"))
        }
        if format == .xlsx && (output == nil || output == "-") {
            throw UsageError(.binaryNeedsOutput(example: "lke.xlsx"))
        }
        source = arguments.value("--from")
        if source != nil && format != .xlsx {
            throw UsageError(.optionsGoWith(["--from"], "--format xlsx"))
        }
    }

    func run(_ io: inout CommandIO) throws -> ExitCode {
        try OutputGuard.check(output, against: OutputGuard.instrumentFile(self.instrument))
        let instrument = try WorksheetLoader.instrument(self.instrument, io: io)
        if format == .xlsx {
            let worksheet = try source.map { path in
                try WorksheetLoader.load(path, instrument: self.instrument, delimiter: nil, io: &io).1
            }
            let workbook = WorkbookTemplate(
                instrument: instrument, unit: unit, year: year, worksheet: worksheet)
            try io.emit(workbook.data(), to: output)
            return .success
        }
        let template = WorksheetTemplate(
            instrument: instrument, unit: unit, year: year, delimiter: delimiter)
        try io.emit(template.rendered(), to: output)
        return .success
    }
}
