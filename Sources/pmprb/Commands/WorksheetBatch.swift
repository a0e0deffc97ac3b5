import Dispatch
import PMPRBPlatform
import PMPRBKit


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
        guard let value = Int(text.trimmingInlineWhitespace), value >= 1 else {
            throw UsageError(.environmentNeedsWholeNumber(jobsVariable, minimum: 1, value: text))
        }
        return value
    }

    /// A line that counts the worksheets of each instrument, when some are of another one.
    static func instrumentSummary(_ refusals: [Refusal], accepted: Int, instrument: String)
        -> CommandMessage?
    {
        BatchRefusals.instrumentSummary(
            others: refusals.compactMap(\.instrumentID), accepted: accepted, instrument: instrument)
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
    ///
    /// `listedAsRegular`, when given, tells for each path whether a folder's listing gave it
    /// as a regular file (``WorksheetInputs/listed(_:)``): such a file is opened without a
    /// `stat` first.
    mutating func read(
        _ paths: [String], listedAsRegular: [Bool]? = nil, io: inout CommandIO,
        progress: inout ProgressLine
    ) {
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
            let regular = listedAsRegular
            let chunkStart = start
            let outcomes = OrderedConcurrentMap.map(
                count: chunk.count, jobs: jobs, state: { WorksheetFileReader() }
            ) { files, index in
                let path = chunk[index]
                // A regular file is read into the worker's buffer and summarised from it
                // without a copy.
                if inputs[index] == nil,
                    files.read(
                        regularFile: path, listedAsRegular: regular?[chunkStart + index] ?? false)
                {
                    return Outcome.read(
                        Result { () throws(WorksheetRefusal) in
                            try UnitSummary.reading(
                                contentsOf: files.buffer, file: path, instrument: instrument,
                                delimiter: delimiter, options: options)
                        })
                }
                let data: Data
                if let input = inputs[index] {
                    data = input
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
    /// from ``summaries`` (`BatchRefusals.duplicates`).
    mutating func refuseDuplicates(_ units: [UnitSummary]? = nil) {
        let refused = BatchRefusals.duplicates(units ?? summaries)
        guard !refused.isEmpty else { return }
        for (file, error) in refused {
            refusals.append(Refusal(file: file, diagnostics: [error], code: .dataError))
        }
        let dropped = Set(refused.map(\.file))
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
    /// The worksheet paths that arguments name (`WorksheetFileList.expand`).
    static func expand(_ arguments: [String]) throws(CommandFailure) -> [String] {
        do {
            return try WorksheetFileList.expand(arguments)
        } catch {
            throw CommandFailure(.noInput, error.message)
        }
    }

    /// The worksheet paths that arguments name, with whether each is a regular file as its
    /// folder's listing tells (`WorksheetFileList.listed`).
    static func listed(
        _ arguments: [String]
    ) throws(CommandFailure) -> [(path: String, isRegularFile: Bool)] {
        do {
            return try WorksheetFileList.listed(arguments)
        } catch {
            throw CommandFailure(.noInput, error.message)
        }
    }

    /// Whether a file in a folder is read as a worksheet: `*.csv` or `*.xlsx`.
    static func isWorksheetName(_ name: String) -> Bool {
        WorksheetFileList.isWorksheetName(name)
    }

    /// A path made comparable: `./lke/a.csv` and `lke/a.csv` are the same file.
    static func key(_ path: String) -> String { WorksheetFileList.key(path) }

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

