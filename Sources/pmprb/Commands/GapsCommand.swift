import PMPRBKit

/// `pmprb gaps FILE`: the gap list as a draft follow-up plan (RATL).
struct GapsCommand: Command {
    static let name = "gaps"
    static let abstract = HelpText(
        id: "Tulis daftar kesenjangan sebagai draf rencana aksi tindak lanjut (RATL).",
        en: "Write the gap list as a draft follow-up plan (RATL).")
    static let arguments = SharedOptions.worksheetArgument
    static let options = [
        OptionSpec(
            names: ["--format", "-f"], valueName: "format",
            help: HelpText(
                id: "Format keluaran. (nilai: csv, text, json, markdown, html; bawaan: csv)",
                en: "Output format. (values: csv, text, json, markdown, html; default: csv)")),
        SharedOptions.language,
        OptionSpec(
            names: ["--top"], valueName: "n",
            help: HelpText(
                id: "Cantumkan hanya n butir pertama. (bawaan: semua)",
                en: "List only the first n items. (default: all)")),
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
        file = try arguments.single("file", command: Self.name)
        format = try Self.outputFormats.format(arguments, command: Self.name, default: .csv)
        language = try arguments.choice("--lang", default: .id)
        top = arguments.value("--top") == nil ? nil : try arguments.integer("--top", default: 0)
        output = arguments.value("--output")
        instrument = arguments.value("--instrumen")
        delimiter = try WorksheetLoader.delimiter(arguments)
        excel = arguments.flag("--excel-id")
        try arguments.checkExcel(format)
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
                    .command(.unansweredFullPotential(card.unansweredCount, of: card.items.count)),
                    file: file))
        }
        let text: String
        var report = ScoreReport(card: card, language: language, top: top ?? card.gaps.count)
        report.csvDialect = excel ? .excelIndonesia : .standard
        report.width = TerminalWidth.forOutput(output)
        text = report.renderedGaps(format, worksheet: worksheet)
        try io.emit(text, to: output)
        return .success
    }
}
