import Foundation
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
        OptionSpec(
            names: ["--format", "-f"], valueName: "format",
            help: "csv, or xlsx for an Excel workbook that scores itself (needs --output). (values: csv, xlsx; default: xlsx when --output ends in .xlsx, else csv)"),
        OptionSpec(
            names: ["--from"], valueName: "file",
            help: "With --format xlsx: fill the workbook with the answers, evidence and notes of a worksheet (CSV or .xlsx)."),
        SharedOptions.output, OptionSpec.help,
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
        let byExtension: Format = output?.lowercased().hasSuffix(".xlsx") == true ? .xlsx : .csv
        format = try arguments.choice("--format", default: byExtension)
        if format == .xlsx && (output == nil || output == "-") {
            throw UsageError("an .xlsx workbook is written to a file; add --output lke.xlsx")
        }
        source = arguments.value("--from")
        if source != nil && format != .xlsx {
            throw UsageError("option '--from' goes with '--format xlsx'")
        }
    }

    func run(_ io: inout CommandIO) throws -> ExitCode {
        let instrument = try WorksheetLoader.instrument(self.instrument, io: io)
        if format == .xlsx {
            guard WorkbookTemplate.supports(instrument) else {
                throw CommandFailure(
                    .usage, "instrument '\(instrument.id)' has no workbook template yet",
                    notes: ["write a CSV worksheet instead: -o lke.csv"])
            }
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
