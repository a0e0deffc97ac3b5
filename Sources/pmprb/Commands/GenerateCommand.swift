import PMPRBPlatform
import PMPRBKit

/// `pmprb generate ID --count N`: realistic synthetic worksheets, for tests and benchmarks.
struct GenerateCommand: Command {
    static let name = "generate"
    static let arguments = [argument("instrument", key: "argument.instrument")]
    static let options: [OptionSpec] = [
        .count, .seed, .year(of: name), .outputDir, .force, .language, .help,
    ]

    var instrument: String
    var count: Int
    var seed: UInt64
    var year: Int
    var folder: String
    var force: Bool

    init(_ arguments: ParsedArguments) throws(UsageError) {
        instrument = try arguments.single("instrument", command: Self.name, what: .instrument)
        count = try arguments.integer("--count", default: 10, minimum: 1)
        let seedText = arguments.value("--seed") ?? "1"
        guard let seed = UInt64(seedText) else {
            throw UsageError(.optionNeedsWholeNumber("--seed", minimum: 0, value: seedText))
        }
        self.seed = seed
        year = try arguments.integer("--tahun", default: 2026, minimum: 2000)
        guard let folder = arguments.value("--output-dir") else {
            throw UsageError(.missingOption("--output-dir <dir>"))
        }
        self.folder = folder
        force = arguments.flag("--force")
    }

    /// The path of the `index`-th worksheet: `opd-00001.csv`, with more digits past 99,999.
    func path(_ index: Int) -> String {
        let width = max(5, String(count).count)
        let number = String(index)
        let name = "opd-" + String(repeating: "0", count: width - number.count) + number + ".csv"
        return PathText.appending(name, to: folder)
    }

    /// Refuses, before anything is written, to replace existing files without `--force`, and
    /// ever to replace the instrument file read.
    private func refuseExisting(_ paths: [String]) throws(CommandFailure) {
        let instrumentFile = OutputGuard.instrumentFile(instrument)
        for path in paths {
            try OutputGuard.check(path, against: instrumentFile)
        }
        guard !force else { return }
        let existing = paths.filter(FileIdentity.exists)
        guard let first = existing.first else { return }
        throw CommandFailure(
            .cannotCreate, .filesExist(first, more: existing.count - 1), notes: [.passForce])
    }

    func run(_ io: inout CommandIO) throws -> ExitCode {
        let instrument = try WorksheetLoader.instrument(self.instrument, io: io)
        let generator = WorksheetGenerator(instrument: instrument, seed: seed, year: year)
        do {
            try FileManager.default.createDirectory(
                atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw CommandFailure(
                .cannotWrite, .cannotCreate(folder, reason: FileErrorText.reason(error)))
        }
        let paths = (1...count).map(path)
        try refuseExisting(paths)
        for (index, path) in zip(1...count, paths) {
            try io.emit(generator.csv(index), to: path)
        }
        io.standardError += CommandMessage.worksheetsWritten(count, folder: folder)
            .rendered(io.language) + "\n"
        return .success
    }
}
