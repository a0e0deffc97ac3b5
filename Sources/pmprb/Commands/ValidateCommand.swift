import Foundation
import PMPRBKit

/// `pmprb validate FILE...`: checks instrument files and worksheets and reports every problem.
struct ValidateCommand: Command {
    static let name = "validate"
    static let abstract =
        "Check instrument files and worksheets; report every problem, sorted, in one run."
    static let arguments = [
        (name: "file", help: "Instrument files and worksheets (CSV); directories are searched for *.csv.")
    ]
    static let options = [
        OptionSpec(
            names: ["--format", "-f"], valueName: "format",
            help: "How to print problems. (values: text, github; default: text)"),
        OptionSpec(
            names: ["--strict"], valueName: nil,
            help: "Fail (exit 2) on warnings too, such as unanswered items."),
        SharedOptions.instrument, OptionSpec.help,
    ]

    enum Format: String, CaseIterable { case text, github }

    var files: [String]
    var format: Format
    var strict: Bool
    var instrument: String?

    init(_ arguments: ParsedArguments) throws(UsageError) {
        guard !arguments.positionals.isEmpty else {
            throw UsageError("missing expected argument '<file>'")
        }
        files = arguments.positionals
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
            do {
                worksheets.append((path, try Worksheet.table(csv: data, file: path)))
            } catch {
                diagnostics += error.diagnostics.map { diagnostic in
                    var copy = diagnostic
                    if copy.message.hasPrefix("missing required column") {
                        copy.notes.append(
                            "neither a worksheet nor an instrument file (which needs kode, jenis, uraian)")
                    }
                    return copy
                }
            }
        }
        let forced = try instrument.map { try WorksheetLoader.instrument($0, io: io) }
        for (path, table) in worksheets {
            diagnostics += check(path, table, forced: forced, instruments: instruments)
        }
        diagnostics.sort()
        for diagnostic in diagnostics {
            io.print((format == .github ? diagnostic.githubAnnotation() : diagnostic.rendered()) + "\n")
        }
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.filter { $0.severity == .warning }.count
        io.standardError +=
            "\(paths.count) file(s) checked: \(errors) error(s), \(warnings) warning(s)\n"
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
                    named.map { "unknown instrument '\($0)'" } ?? "the worksheet names no instrument",
                    file: path, at: SourcePosition(line: table.header.line),
                    notes: ["built-in instruments: " + BuiltinInstruments.ids.joined(separator: ", ")
                        + "; or pass --instrumen, or validate the instrument file in the same run"])
            ]
        }
        do {
            let worksheet = try Worksheet(parsing: table, file: path, instrument: instrument)
            let card = instrument.score(worksheet)
            var found = worksheet.warnings
            if card.isIncomplete {
                found.append(
                    .warning(
                        "\(card.unansweredCount) of \(card.items.count) items are unanswered",
                        file: path))
            }
            return found
        } catch {
            return error.diagnostics
        }
    }

    /// Files as given, with each directory replaced by its `*.csv` files (recursively), sorted.
    private func expand(_ paths: [String]) throws -> [String] {
        var result: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw CommandFailure(.noInput, "cannot read '\(path)': no such file")
            }
            guard isDirectory.boolValue else {
                result.append(path)
                continue
            }
            let base = path.hasSuffix("/") ? String(path.dropLast()) : path
            let found = FileManager.default.enumerator(atPath: path)?
                .compactMap { $0 as? String }.filter { $0.lowercased().hasSuffix(".csv") }
                .sorted() ?? []
            result += found.map { base + "/" + $0 }
        }
        return result
    }
}
