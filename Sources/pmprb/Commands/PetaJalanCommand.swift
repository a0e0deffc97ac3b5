import PMPRBKit

/// `pmprb peta-jalan ROADMAP [WORKSHEET...]`: the road map's targets against realisations.
struct PetaJalanCommand: Command {
    static let name = "peta-jalan"
    static let arguments = [argument("roadmap"), argument("worksheet...")]
    static let options =
        ReportOutput.specs(middle: [.realisasi, .ratl]) + [.strict(of: name), .help]

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
