import PMPRBPlatform
import PMPRBKit

/// `pmprb validate FILE...`: checks instrument files and worksheets and reports every problem.
struct ValidateCommand: Command {
    static let name = "validate"
    static let arguments = [argument("file")]
    static let options: [OptionSpec] = [
        .format(of: name), .strict(of: name), .language, .instrument, .help,
    ]

    enum Format: String, CaseIterable { case text, github }

    var files: [String]
    var format: Format
    var strict: Bool
    var instrument: String?

    init(_ arguments: ParsedArguments) throws(UsageError) {
        files = try arguments.oneOrMore("file")
        format = try arguments.choice("--format", default: .text)
        strict = arguments.flag("--strict")
        instrument = arguments.value("--instrumen")
    }

    func run(_ io: inout CommandIO) throws -> ExitCode {
        let paths = try expand(files)
        var diagnostics: [Diagnostic] = []
        var instruments: [String: Instrument] = [:]
        var worksheets: [(String, CSVTable)] = []
        for path in paths {
            let data = try io.read(path)
            if let found = RoadMapValidation.diagnostics(for: data, file: path) {
                diagnostics += found
                continue
            }
            if Worksheet.isWorkbook(data) {
                do {
                    worksheets.append((path, try Worksheet.table(csv: data, file: path)))
                } catch {
                    diagnostics += error.diagnostics
                }
                continue
            }
            if let table = try? CSVReader(requiredColumns: Instrument.requiredColumns).read(data) {
                do {
                    let instrument = try Instrument(parsing: table, file: path)
                    instruments[instrument.id] = instrument
                    diagnostics += instrument.answerGuideWarnings(file: path)
                } catch {
                    diagnostics += error.diagnostics
                }
                continue
            }
            let reader = CSVReader(requiredColumns: WorksheetColumns.required)
            do {
                worksheets.append((path, try reader.read(data)))
            } catch {
                var diagnostic = reader.diagnostic(for: error, in: data, file: path)
                if case .missingColumns = error {
                    diagnostic.noteContents.append(.command(.neitherWorksheetNorInstrument))
                }
                diagnostics.append(diagnostic)
            }
        }
        let forced = try instrument.map { try WorksheetLoader.instrument($0, io: io) }
        for (path, table) in worksheets {
            diagnostics += check(path, table, forced: forced, instruments: instruments)
        }
        diagnostics.sort()
        for diagnostic in diagnostics {
            io.print(
                (format == .github
                    ? diagnostic.githubAnnotation(in: io.language)
                    : diagnostic.rendered(in: io.language)) + "\n")
        }
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.filter { $0.severity == .warning }.count
        io.standardError +=
            CommandMessage.validated(files: paths.count, errors: errors, warnings: warnings)
            .rendered(io.language) + "\n"
        if errors > 0 { return .dataError }
        if strict && warnings > 0 { return .findings }
        return .success
    }

    private func check(
        _ path: String, _ table: CSVTable, forced: Instrument?, instruments: [String: Instrument]
    ) -> [Diagnostic] {
        let named = Worksheet.instrumentID(in: table)
        guard
            let instrument = forced ?? named.flatMap({
                instruments[$0] ?? BuiltinInstruments.instrument($0)
            })
        else {
            return [
                .error(
                    .command(named.map { .unknownInstrument($0) } ?? .worksheetNamesNoInstrument),
                    file: path, at: SourcePosition(line: table.header.line),
                    notes: [
                        .command(
                            .builtinInstruments(
                                BuiltinInstruments.ids, otherwise: .validateTogether))
                    ])
            ]
        }
        do {
            // A workbook's cached results that differ from the scoring are errors here.
            let worksheet = try Worksheet(
                parsing: table, file: path, instrument: instrument, auditSeverity: .error)
            let card = instrument.score(worksheet)
            var found = worksheet.warnings
            if card.isIncomplete {
                found.append(
                    .warning(
                        .command(.unanswered(card.unansweredCount, of: card.items.count)),
                        file: path))
            }
            return found
        } catch {
            return error.diagnostics
        }
    }

    /// Files as given, with each directory replaced by its `*.csv` and `*.xlsx` files
    /// (recursively), sorted.
    private func expand(_ paths: [String]) throws -> [String] {
        var result: [String] = []
        for path in paths {
            guard let isFolder = FileManager.default.isFolder(atPath: path) else {
                throw CommandFailure(.noInput, .cannotRead(path, .noSuchFile))
            }
            guard isFolder else {
                result.append(path)
                continue
            }
            let base = path.hasSuffix("/") ? String(path.dropLast()) : path
            let found = ((try? FileManager.default.subpathsOfDirectory(atPath: path)) ?? [])
                .filter(WorksheetInputs.isWorksheetName).sorted()
            result += found.map { base + "/" + $0 }
        }
        return result
    }
}
