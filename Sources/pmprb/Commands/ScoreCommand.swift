import PMPRBKit

/// `pmprb score FILE`: the index, its breakdown, the predicates and the gap list.
struct ScoreCommand: Command {
    static let name = "score"
    static let abstract = HelpText(
        id: "Nilai lembar kerja: rincian, kategori, syarat WBK/WBBM dan daftar kesenjangan.",
        en: "Score a worksheet: breakdown, category, WBK/WBBM checks and gap list.")
    static let arguments = SharedOptions.worksheetArgument
    static let options = [
        SharedOptions.format, SharedOptions.language,
        OptionSpec(
            names: ["--top"], valueName: "n",
            help: HelpText(
                id: "Banyak butir dalam daftar kesenjangan. (bawaan: 10)",
                en: "How many items the gap list shows. (default: 10)")),
        OptionSpec(
            names: ["--target"], valueName: "target",
            help: HelpText(
                id: "Rencanakan butir paling sedikit untuk mencapai nilai total (80), kategori "
                    + "(BB) atau predikat (WBK).",
                en: "Plan the fewest items that reach a total (80), a category (BB) or a "
                    + "predicate (WBK).")),
        CoordinatorOptions.excel, SharedOptions.output, SharedOptions.instrument,
        SharedOptions.delimiter,
    ] + ScoringFlags.options + [
        OptionSpec(
            names: ["--strict"], valueName: nil,
            help: HelpText(
                id: "Keluar dengan kode 2 bila lembar kerja memiliki peringatan atau butir yang "
                    + "belum dijawab.",
                en: "Exit with 2 when the worksheet has warnings or unanswered items.")),
        EvidencePolicy.spec,
    ] + FilledLKEOptions.specs + [OptionSpec.help]

    /// The formats `--output` may name by its extension.
    static let outputFormats = OutputFormats.reports

    var file: String
    var format: ReportFormat
    var language: ReportLanguage
    var top: Int
    var target: String?
    var output: String?
    var instrument: String?
    var delimiter: CSVDelimiter?
    var strict: Bool
    var excel: Bool
    var lke: FilledLKEOptions
    var evidence: EvidencePolicy
    var scoring: ScoringFlags

    init(_ arguments: ParsedArguments) throws(UsageError) {
        file = try arguments.single("file", command: Self.name)
        format = try Self.outputFormats.format(arguments, command: Self.name, default: .text)
        language = try arguments.choice("--lang", default: .id)
        top = try arguments.integer("--top", default: 10)
        target = arguments.value("--target")
        output = arguments.value("--output")
        instrument = arguments.value("--instrumen")
        delimiter = try WorksheetLoader.delimiter(arguments)
        strict = arguments.flag("--strict")
        excel = arguments.flag("--excel-id")
        scoring = try ScoringFlags(arguments)
        try arguments.checkExcel(format)
        lke = try FilledLKEOptions(arguments, format: format)
        evidence = try arguments.choice("--bukti", default: .bebas)
    }

    func run(_ io: inout CommandIO) throws -> ExitCode {
        try OutputGuard.check(
            output, against: [file] + OutputGuard.instrumentFile(self.instrument))
        let (instrument, answered) = try WorksheetLoader.load(
            file, instrument: self.instrument, delimiter: delimiter, io: &io)
        let (worksheet, evidenceCheck) = evidence.apply(instrument, answered)
        let options = try scoring.options(for: instrument)
        var plan: ImprovementPlan?
        if let target {
            guard let parsed = ImprovementPlan.Target(parsing: target, instrument: instrument) else {
                throw UsageError(
                    .unknownTarget(
                        target, grades: instrument.bands.map(\.grade),
                        predicates: instrument.predicates))
            }
            plan = instrument.plan(parsed, for: instrument.score(worksheet, options: options))
        }
        let card = instrument.score(worksheet, options: options)
        if card.isIncomplete {
            io.report(
                .warning(
                    .command(.unansweredLowerBound(card.unansweredCount, of: card.items.count)),
                    file: file))
        }
        var report = ScoreReport(card: card, language: language, top: top, plan: plan)
        report.csvDialect = excel ? .excelIndonesia : .standard
        report.evidence = evidenceCheck
        report.width = TerminalWidth.forOutput(output)
        let text =
            lke.isEnabled
            ? lke.rendered(instrument, worksheet, card, evidence: evidenceCheck, language: language)
            : report.rendered(format)
        try io.emit(text, to: output)
        if strict && (card.isIncomplete || !worksheet.warnings.isEmpty) { return .findings }
        return .success
    }
}
