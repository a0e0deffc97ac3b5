import PMPRBKit

/// `pmprb score FILE`: the index, its breakdown, the predicates and the gap list.
struct ScoreCommand: Command {
    static let name = "score"
    static let arguments = worksheetArgument
    static let options =
        ReportOutput.specs(middle: [.top(of: name), .target]) + WorksheetReading.specs
        + ScoringFlags.specs + [.strict(of: name), .bukti] + FilledLKEOptions.specs + [.help]

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
        let (worksheet, evidenceCheck, scored) = evidence.apply(instrument, answered)
        let options = try scoring.options(for: instrument)
        // The evidence check has scored the worksheet with the default options already.
        let card =
            options == ScoringOptions() ? scored : instrument.score(worksheet, options: options)
        var plan: ImprovementPlan?
        if let target {
            guard let parsed = ImprovementPlan.Target(parsing: target, instrument: instrument) else {
                throw UsageError(
                    .unknownTarget(
                        target, grades: instrument.bands.map(\.grade),
                        predicates: instrument.predicates))
            }
            plan = instrument.plan(parsed, for: card)
        }
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
        // The worksheets, cards and texts are left for the process's exit to free.
        KeptUntilExit.process.keep((answered, worksheet, scored, card, report, text))
        if strict && (card.isIncomplete || !worksheet.warnings.isEmpty) { return .findings }
        return .success
    }
}
