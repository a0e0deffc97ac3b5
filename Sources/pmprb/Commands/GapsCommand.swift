import PMPRBKit

/// `pmprb gaps FILE`: the gap list as a draft follow-up plan (RATL).
struct GapsCommand: Command {
    static let name = "gaps"
    static let abstract = HelpText(
        id: "Tulis daftar kesenjangan sebagai draf rencana aksi tindak lanjut (RATL).",
        en: "Write the gap list as a draft follow-up plan (RATL).")
    static let arguments = SharedOptions.worksheetArgument
    static let options =
        ReportOutput.specs(
            format: OptionSpec(
                names: ["--format", "-f"], valueName: "format",
                help: HelpText(
                    id: "Format keluaran. (nilai: csv, text, json, markdown, html; bawaan: csv)",
                    en: "Output format. (values: csv, text, json, markdown, html; default: csv)")),
            middle: [
                OptionSpec(
                    names: ["--top"], valueName: "n",
                    help: HelpText(
                        id: "Cantumkan hanya n butir pertama. (bawaan: semua)",
                        en: "List only the first n items. (default: all)"))
            ]) + WorksheetReading.specs + [OptionSpec.help]

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
