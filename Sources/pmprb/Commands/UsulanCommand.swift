import PMPRBPlatform
import PMPRBKit

/// `pmprb usulan FILE`: which units may be proposed for Menuju WBK/WBBM (`docs/usulan.md`).
struct UsulanCommand: Command {
    static let name = "usulan"
    static let arguments = [argument("file")]
    static let options: [OptionSpec] = [.format(of: name), .language, .output, .help]

    /// The formats `--output` may name by its extension: every report format but CSV.
    static let outputFormats = OutputFormats(
        byExtension: OutputFormats.reports.byExtension.filter { $0.1 != .csv })

    var file: String
    /// `--format`, `--lang` and `--output` (`usulan` has no CSV form, so no `--excel-id`).
    var writing: ReportOutput

    init(_ arguments: ParsedArguments) throws(UsageError) {
        file = try arguments.single("file", command: Self.name, what: .proposalFile)
        writing = try ReportOutput(arguments, command: Self.name, formats: Self.outputFormats)
        if writing.format == .csv {
            throw UsageError(
                .formatNotWritten(
                    command: Self.name, format: "csv",
                    allowed: ["text", "json", "markdown", "html"]))
        }
    }

    func run(_ io: inout CommandIO) throws -> ExitCode {
        try OutputGuard.check(writing.output, against: [file])
        var input = try ProposalInput(csv: io.read(file), file: file)
        // The worksheets the proposal file names are inputs too.
        let named = ([input.rbWorksheet].compactMap { $0 } + input.units.map(\.lke)).map(path)
        try OutputGuard.check(writing.output, against: named)
        if let rb = input.rbWorksheet {
            let (instrument, worksheet) = try load(rb, io: &io)
            input = try input.merging(rb: instrument.score(worksheet), instrument: instrument)
        }
        var cards: [ScoreCard] = []
        for unit in input.units {
            let (instrument, worksheet) = try load(unit.lke, io: &io)
            guard instrument.predicates.contains("WBK") else {
                throw DiagnosticError(
                    .error(
                        .command(
                            .lkeNotZonaIntegritas(path: unit.lke.path, instrument: instrument.id)),
                        file: file, at: unit.lke.position,
                        notes: [.command(.lkeIsZonaIntegritas)]))
            }
            cards.append(instrument.score(worksheet, options: unit.scoringOptions))
        }
        let report = ProposalReport(
            instansi: input.instansi, proposals: input.evaluate(lke: cards),
            language: writing.language)
        try io.emit(report.rendered(writing.format), to: writing.output)
        return .success
    }

    /// The path of a worksheet named in the proposal file, relative to that file's folder.
    private func path(_ reference: ProposalInput.Reference) -> String {
        let folder = file == "-" ? "" : PathText.deletingLastComponent(of: file)
        return reference.path.hasPrefix("/") || folder.isEmpty
            ? reference.path : folder + "/" + reference.path
    }

    /// Reads a worksheet named in the proposal file, relative to that file's folder; a file
    /// that cannot be read is an error at its cell.
    private func load(
        _ reference: ProposalInput.Reference, io: inout CommandIO
    ) throws -> (Instrument, Worksheet) {
        let path = path(reference)
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw DiagnosticError(
                .error(
                    .command(.cannotReadReference(reference.path)), file: file,
                    at: reference.position, notes: [.command(.lookedFor(path))]),
                kind: .unreadable)
        }
        return try WorksheetLoader.load(path, instrument: nil, delimiter: nil, io: &io)
    }
}
