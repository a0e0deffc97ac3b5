import PMPRBKit

/// `pmprb score FILE`: the index, its breakdown, the predicates and the gap list.
struct ScoreCommand: Command {
    static let name = "score"
    static let abstract = HelpText(
        id: "Nilai lembar kerja: rincian, kategori, syarat WBK/WBBM dan daftar kesenjangan.",
        en: "Score a worksheet: breakdown, category, WBK/WBBM checks and gap list.")
    static let arguments = SharedOptions.worksheetArgument
    /// The options of `score` between `--lang` and `--excel-id`.
    static let ownOptions = [
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
    ]
    static let options =
        ReportOutput.specs(middle: ownOptions) + WorksheetReading.specs + ScoringFlags.options + [
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
    var writing: ReportOutput
    var reading: WorksheetReading
    var top: Int
    var target: String?
    var strict: Bool
    var lke: FilledLKEOptions
    var evidence: EvidencePolicy
    var scoring: ScoringFlags

    init(_ arguments: ParsedArguments) throws(UsageError) {
        file = try arguments.single("file", command: Self.name)
        writing = try ReportOutput(arguments, command: Self.name, formats: Self.outputFormats)
        top = try arguments.integer("--top", default: 10)
        target = arguments.value("--target")
        reading = try WorksheetReading(arguments)
        strict = arguments.flag("--strict")
        scoring = try ScoringFlags(arguments)
        lke = try FilledLKEOptions(arguments, format: writing.format)
        evidence = try arguments.choice("--bukti", default: .bebas)
    }

    func run(_ io: inout CommandIO) throws -> ExitCode {
        try reading.checkOutput(writing.output, inputs: [file])
        let (instrument, answered) = try reading.load(file, io: &io)
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
        var report = ScoreReport(card: card, language: writing.language, top: top, plan: plan)
        report.csvDialect = writing.csvDialect
        report.evidence = evidenceCheck
        report.width = writing.width
        let text =
            lke.isEnabled
            ? lke.rendered(
                instrument, worksheet, card, evidence: evidenceCheck, language: writing.language)
            : report.rendered(writing.format)
        try io.emit(text, to: writing.output)
        if strict && (card.isIncomplete || !worksheet.warnings.isEmpty) { return .findings }
        return .success
    }
}
