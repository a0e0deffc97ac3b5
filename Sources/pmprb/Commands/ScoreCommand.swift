import PMPRBKit

/// `pmprb score FILE`: the index, its breakdown, the predicates and the gap list.
struct ScoreCommand: Command {
    static let name = "score"
    static let abstract = "Score a worksheet: breakdown, category, WBK/WBBM checks and gap list."
    static let arguments = [(name: "file", help: "The filled worksheet (CSV), or - for standard input.")]
    static let options = [
        SharedOptions.format, SharedOptions.language,
        OptionSpec(
            names: ["--top"], valueName: "n", help: "How many items the gap list shows. (default: 10)"),
        OptionSpec(
            names: ["--target"], valueName: "target",
            help: "Plan the fewest items that reach a total (80), a category (BB) or a predicate (WBK)."),
        CoordinatorOptions.excel, SharedOptions.output, SharedOptions.instrument,
        SharedOptions.delimiter,
        OptionSpec(
            names: ["--strict"], valueName: nil,
            help: "Exit with 2 when the worksheet has warnings or unanswered items."),
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

    init(_ arguments: ParsedArguments) throws(UsageError) {
        guard arguments.positionals.count == 1, let file = arguments.positionals.first else {
            throw UsageError(
                arguments.positionals.isEmpty
                    ? "missing expected argument '<file>'"
                    : "score takes one worksheet; got \(arguments.positionals.count)")
        }
        self.file = file
        format = try Self.outputFormats.format(arguments, command: Self.name, default: .text)
        language = try arguments.choice("--lang", default: .id)
        top = try arguments.integer("--top", default: 10)
        target = arguments.value("--target")
        output = arguments.value("--output")
        instrument = arguments.value("--instrumen")
        delimiter = try WorksheetLoader.delimiter(arguments)
        strict = arguments.flag("--strict")
        excel = arguments.flag("--excel-id")
        if excel && format != .csv {
            throw UsageError("option '--excel-id' goes with '--format csv'")
        }
        lke = try FilledLKEOptions(arguments, format: format)
        evidence = try arguments.choice("--bukti", default: .bebas)
    }

    func run(_ io: inout CommandIO) throws -> ExitCode {
        try OutputGuard.check(
            output, against: [file] + OutputGuard.instrumentFile(self.instrument))
        let (instrument, answered) = try WorksheetLoader.load(
            file, instrument: self.instrument, delimiter: delimiter, io: &io)
        let (worksheet, evidenceCheck) = evidence.apply(instrument, answered)
        var plan: ImprovementPlan?
        if let target {
            guard let parsed = ImprovementPlan.Target(parsing: target, instrument: instrument) else {
                let choices = [ "a total such as 80"] + [instrument.bands.map(\.grade).joined(separator: ", ")]
                    + instrument.predicates
                throw UsageError(
                    "option '--target' does not take '\(target)'; use " + choices.joined(separator: ", "))
            }
            plan = instrument.plan(parsed, for: instrument.score(worksheet))
        }
        let card = instrument.score(worksheet)
        if card.isIncomplete {
            io.report(
                .warning(
                    "\(card.unansweredCount) of \(card.items.count) items are unanswered; "
                        + "the score is a lower bound", file: file))
        }
        var report = ScoreReport(card: card, language: language, top: top, plan: plan)
        report.csvDialect = excel ? .excelIndonesia : .standard
        report.evidence = evidenceCheck
        let text =
            lke.isEnabled
            ? lke.rendered(instrument, worksheet, card, evidence: evidenceCheck, language: language)
            : report.rendered(format)
        try io.emit(text, to: output)
        if strict && (card.isIncomplete || !worksheet.warnings.isEmpty) { return .findings }
        return .success
    }
}
