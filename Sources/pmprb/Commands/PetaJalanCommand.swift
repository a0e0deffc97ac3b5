import PMPRBKit

/// `pmprb peta-jalan ROADMAP [WORKSHEET...]`: the road map's targets against realisations.
struct PetaJalanCommand: Command {
    static let name = "peta-jalan"
    static let abstract = HelpText(
        id: "Pantau peta jalan RB: target per indikator dan tahun dibandingkan realisasinya.",
        en: "Track a road map (peta jalan RB): targets per indicator and year against "
            + "realisations.")
    static let arguments = [
        (
            name: "roadmap",
            help: HelpText(
                id: "Peta jalan (CSV, docs/roadmap-format.md).",
                en: "The road map (CSV, docs/roadmap-format.md).")
        ),
        (
            name: "worksheet...",
            help: HelpText(
                id: "Lembar kerja (LKE) opsional dengan #tahun, yang nilainya menjadi realisasi "
                    + "indikator yang terhubung ke instrumennya.",
                en: "Optional worksheets (LKE) with #tahun, whose scores are realisations of the "
                    + "indicators linked to their instrument.")
        ),
    ]
    /// The options of `peta-jalan` between `--lang` and `--excel-id`.
    static let ownOptions = [
        OptionSpec(
            names: ["--realisasi"], valueName: "file",
            help: HelpText(
                id: "Berkas realisasi (CSV: kode, tahun, realisasi).",
                en: "The realisation file (CSV: kode, tahun, realisasi).")),
        OptionSpec(
            names: ["--ratl"], valueName: "file",
            help: HelpText(
                id: "Berkas RATL yang ditulis 'pmprb gaps', dengan kolom status (dan tahun).",
                en: "The RATL file written by 'pmprb gaps', with a status column (and tahun).")),
    ]
    static let options =
        ReportOutput.specs(middle: ownOptions) + [
            OptionSpec(
                names: ["--strict"], valueName: nil,
                help: HelpText(
                    id: "Keluar dengan kode 2 bila ada peringatan (label, target menurun, tautan, "
                        + "jenis).",
                    en: "Exit with 2 when there are warnings (labels, falling targets, links, "
                        + "kinds).")),
            OptionSpec.help,
        ]

    var roadMap: String
    var worksheets: [String]
    var writing: ReportOutput
    var realisations: String?
    var ratl: String?
    var strict: Bool

    init(_ arguments: ParsedArguments) throws(UsageError) {
        guard let first = arguments.positionals.first else {
            throw UsageError(.missingArgument("<roadmap>"))
        }
        roadMap = first
        worksheets = Array(arguments.positionals.dropFirst())
        writing = try ReportOutput(arguments, command: Self.name)
        realisations = arguments.value("--realisasi")
        ratl = arguments.value("--ratl")
        strict = arguments.flag("--strict")
    }

    func run(_ io: inout CommandIO) throws -> ExitCode {
        try OutputGuard.check(
            writing.output, against: [roadMap] + worksheets + [realisations, ratl].compactMap { $0 })
        let map = try RoadMap(csv: io.read(roadMap), file: roadMap)
        let realisationFile = try realisations.map { path in
            try RealisationFile(csv: io.read(path), file: path)
        }
        let ratlFile = try ratl.map { path in try RATLFile(csv: io.read(path), file: path) }
        var scored: [ScoredWorksheet] = []
        for path in worksheets {
            let (instrument, worksheet) = try WorksheetLoader.load(
                path, instrument: nil, delimiter: nil, io: &io)
            scored.append(ScoredWorksheet(file: path, card: instrument.score(worksheet)))
        }
        let progress = try RoadMapProgress.evaluate(
            map, realisations: realisationFile, worksheets: scored, ratl: ratlFile)
        for warning in progress.warnings { io.report(warning) }
        var report = RoadMapReport(progress: progress, language: writing.language)
        report.csvDialect = writing.csvDialect
        try io.emit(report.rendered(writing.format), to: writing.output)
        return strict && !progress.warnings.isEmpty ? .findings : .success
    }
}
