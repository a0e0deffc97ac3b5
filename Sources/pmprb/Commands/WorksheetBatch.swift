import Dispatch
import Foundation
import PMPRBKit

#if canImport(Glibc)
    import Glibc
#endif

/// Many worksheets read into small summaries, for `compare` and `aggregate`.
///
/// Each file is read, checked, scored and summarised on its own
/// (``UnitSummary/reading(csv:file:instrument:delimiter:)``), so memory grows only with the
/// summaries. Files are read by ``jobs`` threads at once, a chunk at a time, and their outcomes
/// are merged in the order of the paths, so that nothing a run prints depends on the number of
/// threads or on which file happened to finish first (`docs/decisions/0020-parallel-compare.md`).
/// Every refused file is collected with its diagnostics, so that one run reports them all.
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
    /// How the worksheets are scored (`--kosong`, `--predikat`).
    var options = ScoringOptions()
    var summaries: [UnitSummary] = []
    var refusals: [Refusal] = []
    /// How many files are read at once.
    var jobs: Int

    init(_ choice: WorksheetInputs.InstrumentChoice, delimiter: CSVDelimiter?, jobs: Int = 1) {
        instrument = choice.instrument
        chosenBy = choice.namedBy
        self.delimiter = delimiter
        self.jobs = max(1, jobs)
    }

    /// The environment variable that sets how many files `compare` and `aggregate` read at once.
    static let jobsVariable = "PMPRB_JOBS"

    /// The option that sets how many files are read at once; it wins over `PMPRB_JOBS`.
    static let jobsOption = OptionSpec(
        names: ["--jobs"], valueName: "n",
        help: HelpText(
            id: "Baca sebanyak n lembar kerja sekaligus (bilangan bulat 1 atau lebih); hasilnya "
                + "tidak bergantung padanya. (bawaan: PMPRB_JOBS, atau jumlah prosesor)",
            en: "Read n worksheets at once (a whole number of 1 or more); the result does not "
                + "depend on it. (default: PMPRB_JOBS, or the number of processors)"))

    /// The number of files to read at once: `--jobs` when given, else `PMPRB_JOBS` when set,
    /// else the number of active processors.
    static func jobs(
        _ arguments: ParsedArguments,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(UsageError) -> Int {
        guard arguments.value("--jobs") != nil else { return try jobs(environment: environment) }
        return try arguments.integer("--jobs", default: 1, minimum: 1)
    }

    /// The number of files to read at once: `PMPRB_JOBS` when set, else the number of active
    /// processors.
    static func jobs(
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(UsageError) -> Int {
        guard let text = environment[jobsVariable] else {
            return ProcessInfo.processInfo.activeProcessorCount
        }
        guard let value = Int(text.trimmingCharacters(in: .whitespaces)), value >= 1 else {
            throw UsageError(.environmentNeedsWholeNumber(jobsVariable, minimum: 1, value: text))
        }
        return value
    }

    /// A line that counts the worksheets of each instrument, when some are of another one.
    static func instrumentSummary(_ refusals: [Refusal], accepted: Int, instrument: String)
        -> CommandMessage?
    {
        let others = refusals.compactMap(\.instrumentID)
        guard !others.isEmpty else { return nil }
        var counts: [String: Int] = [:]
        for id in others { counts[id, default: 0] += 1 }
        let ids = [instrument] + counts.keys.sorted()
        return .mixedInstruments(
            ids: ids, counts: [accepted] + ids.dropFirst().map { counts[$0] ?? 0 })
    }

    /// What became of one file.
    enum Outcome: Sendable {
        /// The file could not be read.
        case unreadable(CommandFailure)
        /// The file was read: its summary and warnings, or why it was refused.
        case read(Result<(summary: UnitSummary, warnings: [Diagnostic]), WorksheetRefusal>)
    }

    /// Reads every file; warnings go to standard error, refusals are kept.
    ///
    /// Files are read ``jobs`` at a time in chunks, each chunk's outcomes merged in the order of
    /// `paths` before the next chunk starts: memory holds one chunk's outcomes beside the
    /// summaries, and the progress line moves between chunks.
    mutating func read(_ paths: [String], io: inout CommandIO, progress: inout ProgressLine) {
        // Capped, so that a huge number of jobs cannot overflow the chunk size.
        let chunkSize = max(256, min(jobs, 1 << 16) * 128)
        var start = 0
        while start < paths.count {
            let chunk = Array(paths[start..<min(paths.count, start + chunkSize)])
            progress.update(done: start, total: paths.count, file: chunk[0])
            // Standard input is read here, in order, as a one-by-one run would read it.
            var standardInput: [Int: Data] = [:]
            for (index, path) in chunk.enumerated() where path == "-" {
                standardInput[index] = try? io.read(path)
            }
            let inputs = standardInput
            let reader = io
            let instrument = self.instrument
            let delimiter = self.delimiter
            let options = self.options
            let outcomes = OrderedConcurrentMap.map(count: chunk.count, jobs: jobs) { index in
                let path = chunk[index]
                let data: Data
                if let input = inputs[index] {
                    data = input
                } else if let contents = Self.contents(ofRegularFile: path) {
                    data = contents
                } else {
                    // The usual reader says why the file cannot be read.
                    do throws(CommandFailure) {
                        data = try reader.read(path)
                    } catch {
                        return Outcome.unreadable(error)
                    }
                }
                return Outcome.read(
                    Result { () throws(WorksheetRefusal) in
                        try UnitSummary.reading(
                            csv: data, file: path, instrument: instrument, delimiter: delimiter,
                            options: options)
                    })
            }
            for (path, outcome) in zip(chunk, outcomes) {
                merge(outcome, of: path, io: &io)
            }
            start += chunk.count
        }
        progress.finish()
    }

    /// The bytes of a regular file read with `open` and `read`, or `nil` when it is anything
    /// else or cannot be read; `FileManager` takes several times as long per file.
    static func contents(ofRegularFile path: String) -> Data? {
        // Anything but a regular file is never opened here: opening a FIFO, even without
        // blocking, would release its writer, and closing it again would lose what it writes.
        guard FileIdentity(path: path)?.isRegularFile == true else { return nil }
        // Non-blocking, so that a named pipe is left to the usual reader instead of waiting here.
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
            return nil
        }
        var data = Data(count: Int(status.st_size))
        let complete = data.withUnsafeMutableBytes { buffer -> Bool in
            guard let base = buffer.baseAddress else { return true }
            var offset = 0
            while offset < buffer.count {
                let count = readBytes(descriptor, base + offset, buffer.count - offset)
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { return false }
                offset += count
            }
            return true
        }
        // A file that changed size since `fstat` is left to the usual reader.
        var extra: UInt8 = 0
        guard complete, readBytes(descriptor, &extra, 1) == 0 else { return nil }
        return data
    }

    /// Adds one file's outcome to the batch: its summary, or its refusal.
    private mutating func merge(_ outcome: Outcome, of path: String, io: inout CommandIO) {
        switch outcome {
        case .unreadable(let error):
            refusals.append(
                Refusal(
                    file: path, diagnostics: [.error(Self.readMessage(error), file: path)],
                    code: error.code))
        case .read(.success(let (summary, warnings))):
            for warning in warnings { io.report(warning) }
            summaries.append(summary)
        case .read(.failure(let error)):
            switch error {
            case .otherInstrument(let named, var diagnostic):
                diagnostic.noteContents.insert(
                    .command(.instrumentOfRun(instrument.id, namedBy: chosenBy)), at: 0)
                refusals.append(
                    Refusal(
                        file: path, diagnostics: [diagnostic], code: .wrongInstrument,
                        instrumentID: named))
            case .invalid(let error):
                refusals.append(
                    Refusal(
                        file: path, diagnostics: error.diagnostics,
                        code: ExitCode(error.kind)))
            }
        }
    }

    /// A read failure as a message about the file its diagnostic names.
    private static func readMessage(_ failure: CommandFailure) -> Message {
        guard case .command(.cannotRead(_, let reason)) = failure.message else {
            return failure.message
        }
        return .command(.cannotReadThisFile(reason))
    }

    /// Refuses both worksheets of every pair that has the same unit and year, and drops them
    /// from ``summaries``.
    ///
    /// The summaries are taken in the order of their files, so that which file of a pair is
    /// named first never depends on the order the files were given in.
    mutating func refuseDuplicates(_ units: [UnitSummary]? = nil) {
        let units = units ?? summaries
        let byFile = units.indices.sorted { units[$0].file < units[$1].file }.map { units[$0] }
        let pairs = Comparison.duplicates(in: byFile)
        guard !pairs.isEmpty else { return }
        var dropped: Set<String> = []
        for (first, second) in pairs {
            // Both worksheets are left out, so both are named, each pointing at the other.
            for (this, other) in [(second, first), (first, second)]
            where dropped.insert(this.file).inserted {
                refusals.append(
                    Refusal(
                        file: this.file,
                        diagnostics: [
                            .error(
                                .command(
                                    .duplicateUnitYear(
                                        unit: this.unit, year: this.year, other: other.file)),
                                file: this.file,
                                notes: [.command(.keepOneWorksheet(first.file, second.file))])
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

    /// The refusals as a report lists them: each file with its first error, in `language`.
    func leftOut(_ language: ReportLanguage) -> [ComparisonReport.LeftOut] {
        refusals.sorted { $0.file < $1.file }.map { refusal in
            let first =
                refusal.diagnostics.first { $0.severity == .error } ?? refusal.diagnostics.first
            return ComparisonReport.LeftOut(
                file: refusal.file, reason: first?.content.rendered(language) ?? "")
        }
    }
}

/// Arguments that name worksheets: files as given, and folders as every `*.csv` and `*.xlsx` directly in
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
                throw CommandFailure(.noInput, .cannotRead(argument, .noSuchFileOrFolder))
            }
            // Each path with its key; a folder's files share the folder's key, computed once
            // (a name from a folder's listing has no `/`, `.` or `..` to resolve).
            var found = [(path: argument, key: argument == "-" ? "-" : key(argument))]
            if isDirectory.boolValue {
                let names: [String]
                do {
                    names = try FileManager.default.contentsOfDirectory(atPath: argument)
                } catch {
                    throw CommandFailure(.noInput, .cannotReadFolder(argument))
                }
                let folder = argument.hasSuffix("/") ? argument : argument + "/"
                let base = key(folder)
                let folderKey = base.hasSuffix("/") ? base : base + "/"
                found = names.filter { WorksheetInputs.isWorksheetName($0) && !$0.hasPrefix(".") }
                    .sorted()
                    .map { (path: folder + $0, key: folderKey + $0) }
                    // Sub-folders are left out; everything else is read, so that a dangling
                    // link or an unreadable file is refused by name rather than skipped.
                    .filter { FileIdentity(path: $0.path)?.isDirectory != true }
                if found.isEmpty {
                    throw CommandFailure(.noInput, .folderHasNoWorksheets(argument))
                }
            }
            for (path, pathKey) in found {
                if path != "-" && !seen.insert(pathKey).inserted { continue }
                paths.append(path)
            }
        }
        return paths
    }

    /// Whether a file in a folder is read as a worksheet: `*.csv` or `*.xlsx`.
    static func isWorksheetName(_ name: String) -> Bool {
        let lowered = name.lowercased()
        return lowered.hasSuffix(".csv") || lowered.hasSuffix(".xlsx")
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
        for path in paths {
            guard let data = try? io.read(path),
                let table = try? Worksheet.table(csv: data, file: path, delimiter: delimiter),
                let id = Worksheet.instrumentID(in: table)
            else { continue }
            guard let builtin = BuiltinInstruments.instrument(id) else {
                throw WorksheetLoader.unknownInstrument(
                    VisibleText.clipped(id), file: path, otherwise: .instrumentOption)
            }
            return InstrumentChoice(instrument: builtin, namedBy: path)
        }
        throw CommandFailure(
            .wrongInstrument, .noWorksheetNamesInstrument, notes: [.addInstrumentRow])
    }
}

/// Options of the coordinator's commands.
enum CoordinatorOptions {
    static let excel = OptionSpec(
        names: ["--excel-id"], valueName: nil,
        help: HelpText(
            id: "Dengan --format csv: tulis untuk Excel atau LibreOffice berlokal Indonesia "
                + "(UTF-8 dengan BOM, ';' antarkolom, koma desimal, CRLF).",
            en: "With --format csv: write for Excel or LibreOffice in an Indonesian locale "
                + "(UTF-8 with BOM, ';' between fields, decimal commas, CRLF)."))

    /// The CSV dialect chosen; `--excel-id` only goes with `--format csv`.
    static func csvDialect(
        _ arguments: ParsedArguments, format: ReportFormat
    ) throws(UsageError) -> CSVDialect {
        try arguments.checkExcel(format)
        return arguments.flag("--excel-id") ? .excelIndonesia : .standard
    }

    /// Reports a failed load the way the runner does, and returns its exit code.
    static func report(_ error: any Error, io: inout CommandIO) -> ExitCode {
        io.fail(error)
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

/// A map over `0..<count` run on several threads, whose results come back in index order.
enum OrderedConcurrentMap {
    /// Calls `transform` for every index of `0..<count`, `jobs` at a time, and returns the
    /// results in index order.
    ///
    /// Each worker takes the next index not yet taken, so a worker slowed by another process
    /// on the machine does not hold the others back. With one job, or one index, everything
    /// runs on the calling thread. The result never depends on the number of jobs or on
    /// scheduling: it is stored by index.
    static func map<Element: Sendable>(
        count: Int, jobs: Int, _ transform: @Sendable (Int) -> Element
    ) -> [Element] {
        let workers = min(max(1, jobs), count)
        guard workers > 1 else { return (0..<count).map(transform) }
        let slots = Slots<Element>(count: count)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let index = slots.nextIndex() {
                slots.store(transform(index), at: index)
            }
        }
        return slots.values()
    }

    /// Storage for results written from several threads, one slot per index, and the count of
    /// indices handed out.
    ///
    /// It is `@unchecked Sendable` because the compiler cannot see what makes it safe: the
    /// next index is handed out under a lock, so every slot is written by exactly one worker;
    /// and nothing is read until `concurrentPerform` has returned, which orders every write
    /// before the reads.
    private final class Slots<Value>: @unchecked Sendable {
        private let buffer: UnsafeMutableBufferPointer<Value?>
        private let lock = NSLock()
        private var handedOut = 0

        init(count: Int) {
            buffer = .allocate(capacity: count)
            buffer.initialize(repeating: nil)
        }

        deinit {
            buffer.deinitialize()
            buffer.deallocate()
        }

        /// The next index to map, or `nil` when every index has been handed out.
        func nextIndex() -> Int? {
            lock.lock()
            defer { lock.unlock() }
            guard handedOut < buffer.count else { return nil }
            handedOut += 1
            return handedOut - 1
        }

        func store(_ value: Value, at index: Int) {
            buffer[index] = value
        }

        func values() -> [Value] {
            buffer.map { value in
                guard let value else { preconditionFailure("every index was mapped") }
                return value
            }
        }
    }
}
