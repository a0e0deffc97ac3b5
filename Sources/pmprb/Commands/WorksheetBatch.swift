import Foundation
import PMPRBKit

#if canImport(Glibc)
    import Glibc
#endif

/// Many worksheets read one at a time into small summaries, for `compare` and `aggregate`.
///
/// Each file is read, checked, scored and summarised before the next one is opened
/// (``UnitSummary/reading(csv:file:instrument:delimiter:)``), so memory grows only with the
/// summaries. Every refused file is collected with its diagnostics, so that one run reports
/// them all.
struct WorksheetBatch {
    /// A file that could not join, with why and the exit code it calls for.
    struct Refusal {
        var file: String
        var diagnostics: [Diagnostic]
        var code: ExitCode
        /// For a worksheet of another instrument, the instrument it names.
        var instrumentID: String? = nil
    }

    var instrument: Instrument
    /// The file that named the instrument, or `nil` when `--instrumen` chose it.
    var chosenBy: String?
    var delimiter: CSVDelimiter?
    var summaries: [UnitSummary] = []
    var refusals: [Refusal] = []

    init(_ choice: WorksheetInputs.InstrumentChoice, delimiter: CSVDelimiter?) {
        instrument = choice.instrument
        chosenBy = choice.namedBy
        self.delimiter = delimiter
    }

    /// A line that counts the worksheets of each instrument, when some are of another one.
    static func instrumentSummary(_ refusals: [Refusal], accepted: Int, instrument: String)
        -> String?
    {
        let others = refusals.compactMap(\.instrumentID)
        guard !others.isEmpty else { return nil }
        var counts: [String: Int] = [:]
        for id in others { counts[id, default: 0] += 1 }
        let parts =
            ["\(instrument) (\(accepted))"]
            + counts.keys.sorted().map { "\($0) (\(counts[$0] ?? 0))" }
        return "the worksheets are of \(counts.count + 1) instruments: "
            + parts.joined(separator: ", ") + "; compare one instrument at a time "
            + "(choose it with --instrumen ID)"
    }

    /// Reads every file; warnings go to standard error, refusals are kept.
    mutating func read(_ paths: [String], io: inout CommandIO, progress: inout ProgressLine) {
        for (index, path) in paths.enumerated() {
            progress.update(done: index, total: paths.count, file: path)
            let data: Data
            do {
                data = try io.read(path)
            } catch {
                refusals.append(
                    Refusal(
                        file: path, diagnostics: [.error(Self.readMessage(error), file: path)],
                        code: error.code))
                continue
            }
            do throws(WorksheetRefusal) {
                let (summary, warnings) = try UnitSummary.reading(
                    csv: data, file: path, instrument: instrument, delimiter: delimiter)
                for warning in warnings { io.report(warning) }
                summaries.append(summary)
            } catch {
                switch error {
                case .otherInstrument(let named, var diagnostic):
                    diagnostic.notes.insert(
                        "the instrument of this run is '\(instrument.id)': "
                            + (chosenBy.map { "named first by '\($0)'" } ?? "given by --instrumen"),
                        at: 0)
                    refusals.append(
                        Refusal(
                            file: path, diagnostics: [diagnostic], code: .wrongInstrument,
                            instrumentID: named))
                case .invalid(let error):
                    refusals.append(
                        Refusal(
                            file: path, diagnostics: error.diagnostics,
                            code: error.kind == .unreadable ? .noInput : .dataError))
                }
            }
        }
        progress.finish()
    }

    private static func readMessage(_ failure: CommandFailure) -> String {
        let prefix = "cannot read '"
        guard failure.message.hasPrefix(prefix), let end = failure.message.range(of: "': ") else {
            return failure.message
        }
        return "cannot read the file: " + failure.message[end.upperBound...]
    }

    /// Refuses both worksheets of every pair that has the same unit and year, and drops them
    /// from ``summaries``.
    mutating func refuseDuplicates(_ units: [UnitSummary]? = nil) {
        let pairs = Comparison.duplicates(in: units ?? summaries)
        guard !pairs.isEmpty else { return }
        var dropped: Set<String> = []
        for (first, second) in pairs {
            // Both worksheets are left out, so both are named, each pointing at the other.
            for (this, other) in [(second, first), (first, second)]
            where dropped.insert(this.file).inserted {
                let year = this.year.map { "year \($0)" } ?? "no year"
                refusals.append(
                    Refusal(
                        file: this.file,
                        diagnostics: [
                            .error(
                                "the worksheet is of unit '\(this.unit)' and \(year), as "
                                    + "'\(other.file)' is",
                                file: this.file,
                                notes: [
                                    "a unit counts once a year; keep one of the two worksheets, "
                                        + "or settle them with 'pmprb diff \(first.file) "
                                        + "\(second.file)'"
                                ])
                        ], code: .dataError))
            }
        }
        summaries.removeAll { dropped.contains($0.file) }
    }

    /// Writes every refusal's diagnostics to standard error and returns the exit code: 66 when a
    /// file is missing, else 67 when a worksheet is of another instrument, else 65.
    func reportRefusals(io: inout CommandIO) -> ExitCode {
        for refusal in refusals.sorted(by: { $0.file < $1.file }) {
            for diagnostic in refusal.diagnostics { io.report(diagnostic) }
        }
        let codes = Set(refusals.map(\.code))
        for code in [ExitCode.noInput, .wrongInstrument, .dataError] where codes.contains(code) {
            return code
        }
        return refusals.first?.code ?? .success
    }

    /// The refusals as a report lists them: each file with its first error.
    var leftOut: [ComparisonReport.LeftOut] {
        refusals.sorted { $0.file < $1.file }.map { refusal in
            let first =
                refusal.diagnostics.first { $0.severity == .error } ?? refusal.diagnostics.first
            return ComparisonReport.LeftOut(file: refusal.file, reason: first?.message ?? "")
        }
    }
}

/// Arguments that name worksheets: files as given, and folders as every `*.csv` directly in
/// them, sorted by name (sub-folders such as `instrumen/` are not read).
enum WorksheetInputs {
    static func expand(_ arguments: [String]) throws(CommandFailure) -> [String] {
        var paths: [String] = []
        var seen: Set<String> = []
        for argument in arguments {
            var isDirectory: ObjCBool = false
            guard
                argument == "-"
                    || FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory)
            else {
                throw CommandFailure(.noInput, "cannot read '\(argument)': no such file or folder")
            }
            var found = [argument]
            if isDirectory.boolValue {
                let names: [String]
                do {
                    names = try FileManager.default.contentsOfDirectory(atPath: argument)
                } catch {
                    throw CommandFailure(.noInput, "cannot read the folder '\(argument)'")
                }
                let folder = argument.hasSuffix("/") ? argument : argument + "/"
                found = names.filter { $0.lowercased().hasSuffix(".csv") && !$0.hasPrefix(".") }
                    .sorted()
                    .map { folder + $0 }
                    .filter {
                        var isFolder: ObjCBool = false
                        return FileManager.default.fileExists(atPath: $0, isDirectory: &isFolder)
                            && !isFolder.boolValue
                    }
                if found.isEmpty {
                    throw CommandFailure(
                        .noInput, "the folder '\(argument)' has no worksheets (*.csv)")
                }
            }
            for path in found {
                if path != "-" && !seen.insert(key(path)).inserted { continue }
                paths.append(path)
            }
        }
        return paths
    }

    /// A path made comparable: `./lke/a.csv` and `lke/a.csv` are the same file.
    static func key(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }

    /// An instrument and the file that named it.
    struct InstrumentChoice {
        var instrument: Instrument
        /// The file that named it, or `nil` when `--instrumen` chose it.
        var namedBy: String?
    }

    /// The instrument: `--instrumen`, or the one the first worksheet that names one names.
    static func instrument(
        _ reference: String?, paths: [String], delimiter: CSVDelimiter?, io: CommandIO
    ) throws -> InstrumentChoice {
        if let reference {
            return InstrumentChoice(
                instrument: try WorksheetLoader.instrument(reference, io: io), namedBy: nil)
        }
        for path in paths where path != "-" {
            guard let data = try? io.read(path),
                let table = try? Worksheet.table(csv: data, file: path, delimiter: delimiter),
                let id = Worksheet.instrumentID(in: table)
            else { continue }
            guard let builtin = BuiltinInstruments.instrument(id) else {
                throw CommandFailure(
                    .wrongInstrument, "\(path): unknown instrument '\(id)'",
                    notes: [
                        "built-in instruments: " + BuiltinInstruments.ids.joined(separator: ", ")
                            + "; or pass an instrument file with --instrumen FILE"
                    ])
            }
            return InstrumentChoice(instrument: builtin, namedBy: path)
        }
        throw CommandFailure(
            .wrongInstrument, "no worksheet names its instrument",
            notes: [
                "add a row with kode '#instrumen' and the id in jawaban, or pass --instrumen ID"
            ])
    }
}

/// Options of the coordinator's commands.
enum CoordinatorOptions {
    static let excel = OptionSpec(
        names: ["--excel-id"], valueName: nil,
        help: "With --format csv: write for Excel or LibreOffice in an Indonesian locale "
            + "(UTF-8 with BOM, ';' between fields, decimal commas, CRLF).")

    /// The CSV dialect chosen; `--excel-id` only goes with `--format csv`.
    static func csvDialect(
        _ arguments: ParsedArguments, format: ReportFormat
    ) throws(UsageError) -> CSVDialect {
        guard arguments.flag("--excel-id") else { return .standard }
        guard format == .csv else {
            throw UsageError("option '--excel-id' goes with '--format csv'")
        }
        return .excelIndonesia
    }

    /// Reports a failed load the way the runner does, and returns its exit code.
    static func report(_ error: any Error, io: inout CommandIO) -> ExitCode {
        switch error {
        case let error as DiagnosticError:
            for diagnostic in error.diagnostics { io.report(diagnostic) }
            return error.kind == .unreadable ? .noInput : .dataError
        case let failure as CommandFailure:
            io.standardError += "pmprb: error: " + failure.message + "\n"
            for note in failure.notes { io.standardError += "note: " + note + "\n" }
            return failure.code
        default:
            io.standardError += "pmprb: error: unexpected failure: \(error)\n"
            return .failure
        }
    }
}

/// A progress line on standard error, drawn only when standard error is a terminal and the
/// run has lasted longer than a moment; it is erased when the run ends.
struct ProgressLine {
    var isEnabled: Bool
    var delay: Duration
    var interval: Duration
    var clock: () -> ContinuousClock.Instant
    var write: (String) -> Void
    private var start: ContinuousClock.Instant?
    private var lastDrawn: ContinuousClock.Instant?
    private(set) var hasDrawn = false

    init(
        isEnabled: Bool, delay: Duration = .seconds(1), interval: Duration = .milliseconds(100),
        clock: @escaping () -> ContinuousClock.Instant = { ContinuousClock.now },
        write: @escaping (String) -> Void
    ) {
        self.isEnabled = isEnabled
        self.delay = delay
        self.interval = interval
        self.clock = clock
        self.write = write
    }

    /// A progress line for the real standard error.
    static func standardError() -> ProgressLine {
        ProgressLine(isEnabled: isatty(STDERR_FILENO) == 1) {
            FileHandle.standardError.write(Data($0.utf8))
        }
    }

    /// A progress line that never draws.
    static var disabled: ProgressLine { ProgressLine(isEnabled: false) { _ in } }

    mutating func update(done: Int, total: Int, file: String) {
        guard isEnabled else { return }
        let now = clock()
        guard let start else {
            self.start = now
            return
        }
        guard now - start >= delay, lastDrawn.map({ now - $0 >= interval }) ?? true else { return }
        lastDrawn = now
        hasDrawn = true
        let percent = total > 0 ? done * 100 / total : 100
        let name = file.count > 48 ? "…" + file.suffix(47) : file
        write("\r\u{1B}[K" + "pmprb: \(done)/\(total) (\(percent)%) \(name)")
    }

    mutating func finish() {
        if hasDrawn { write("\r\u{1B}[K") }
        hasDrawn = false
    }
}
