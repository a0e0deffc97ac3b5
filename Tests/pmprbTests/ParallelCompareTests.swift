import Foundation
import PMPRBKit
import PMPRBTestSupport
import Testing

@testable import pmprb

/// `compare` and `aggregate` read files on several threads; what they print never depends on
/// the number of threads or on the order the files are given in
/// (`docs/decisions/0020-parallel-compare.md`).
@Suite(.temporaryFolders) struct ParallelCompareTests {
    typealias Outcome = CommandLineTests.Outcome

    /// A folder of generated worksheets with what makes ordering hard: units whose totals tie,
    /// a worksheet with a warning, a worksheet that cannot be read and a unit assessed twice.
    static func folder() throws -> String {
        let instrument = try #require(BuiltinInstruments.instrument("zi-2021"))
        let generator = WorksheetGenerator(instrument: instrument, seed: 2026)
        var files: [(String, String)] = (1...70).map { index in
            (String(format: "opd-%03d.csv", index), generator.csv(index))
        }
        let twin = generator.csv(1)
        for (name, unit) in [("twin-b.csv", "Dinas Kembar B"), ("twin-a.csv", "dinas kembar a")] {
            files.append((name, twin.replacingOccurrences(of: generator.unit(1), with: unit)))
        }
        files.append(("again.csv", generator.csv(2)))
        let warned = generator.csv(3)
            .replacingOccurrences(of: generator.unit(3), with: "Dinas Catatan")
        files.append(("warned.csv", warned + "#catatan,,,,dicatat,,\r\n"))
        files.append(("broken.csv", "kode,penilaian\r\nA,\"unterminated\r\n"))
        return try CoordinatorCommandTests.folder(files)
    }

    /// Generated worksheets of `rb-2014`, the instrument that declares a Pemda + OPD rule.
    static func aggregateFolder() throws -> String {
        let instrument = try #require(BuiltinInstruments.instrument("rb-2014"))
        let generator = WorksheetGenerator(instrument: instrument, seed: 2026)
        return try CoordinatorCommandTests.folder(
            (1...30).map { (String(format: "opd-%03d.csv", $0), generator.csv($0)) })
    }

    /// The worksheet paths in `folder`, sorted.
    static func paths(in folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).sorted().map {
            folder + "/" + $0
        }
    }

    /// Runs a command that reads worksheets on `jobs` threads, without a progress line.
    static func run<Batch: BatchCommand>(
        _ type: Batch.Type, _ arguments: [String], jobs: Int
    ) throws -> Outcome {
        var command = try Batch(ParsedArguments(arguments, options: Batch.options))
        command.jobs = jobs
        command.progress = .disabled
        var io = CommandIO()
        let code = try command.run(&io)
        return Outcome(code: code, stdout: io.standardOutput, stderr: io.standardError)
    }

    static func compare(_ arguments: [String], jobs: Int) throws -> Outcome {
        try run(CompareCommand.self, arguments, jobs: jobs)
    }

    static func aggregate(_ arguments: [String], jobs: Int) throws -> Outcome {
        try run(AggregateCommand.self, arguments, jobs: jobs)
    }

    @Test(arguments: ["text", "json", "csv"])
    func compareWritesTheSameBytesWithOneOrFourJobs(format: String) throws {
        let arguments = [try Self.folder(), "--skip-invalid", "--format", format]
        let one = try Self.compare(arguments, jobs: 1)
        let four = try Self.compare(arguments, jobs: 4)
        #expect(one.code == .success)
        #expect(one.stdout.contains("kembar"))
        #expect(four.code == one.code)
        #expect(four.stdout == one.stdout)
        #expect(four.stderr == one.stderr)
        #expect(one.stderr.contains("warned.csv"))
    }

    @Test func compareWritesTheSameReportForFilesInAnyOrder() throws {
        let paths = try Self.paths(in: Self.folder())
        let sorted = try Self.compare(paths + ["--skip-invalid", "-f", "json"], jobs: 1)
        var random = SplitMix64(seed: 8)
        for jobs in [1, 2, 4] {
            let shuffled = try Self.compare(
                paths.shuffled(using: &random) + ["--skip-invalid", "-f", "json"],
                jobs: jobs)
            #expect(shuffled.code == sorted.code)
            #expect(shuffled.stdout == sorted.stdout)
        }
    }

    /// Two units with the same published total rank by name, whatever the order of the files.
    @Test func tiesAreBrokenByNameNotByInputOrder() throws {
        let folder = try Self.folder()
        let twins = ["twin-b.csv", "twin-a.csv"].map { folder + "/" + $0 }
        for order in [twins, twins.reversed()] {
            let outcome = try Self.compare(order + ["-f", "csv"], jobs: 4)
            let lines = outcome.stdout.split(separator: "\n")
            let first = try #require(lines.firstIndex { $0.contains("dinas kembar a") })
            let second = try #require(lines.firstIndex { $0.contains("Dinas Kembar B") })
            #expect(first < second)
        }
    }

    /// A refused batch reports the same diagnostics and exit code with any number of jobs.
    @Test func refusalsAreTheSameWithOneOrFourJobs() throws {
        let folder = try Self.folder()
        let one = try Self.compare([folder], jobs: 1)
        let four = try Self.compare([folder], jobs: 4)
        #expect(one.code != .success)
        #expect(four.code == one.code)
        #expect(four.stderr == one.stderr)
        #expect(four.stdout.isEmpty && one.stdout.isEmpty)
    }

    @Test func aggregateIsTheSameWithOneOrFourJobsAndInAnyOrder() throws {
        let opd = try Self.paths(in: Self.aggregateFolder())
        let pemda = opd[0]
        let arguments = ["--pemda", pemda, "--format", "json"]
        let one = try Self.aggregate(arguments + opd, jobs: 1)
        #expect(one.code == .success)
        var random = SplitMix64(seed: 9)
        for jobs in [1, 4] {
            let other = try Self.aggregate(arguments + opd.shuffled(using: &random), jobs: jobs)
            #expect(other.code == one.code)
            #expect(other.stdout == one.stdout)
        }
    }

    /// What a run keeps for the process's exit stays until the next run keeps its own.
    @Test func keptUntilExitHoldsTheLastValueOnly() {
        final class Box: Sendable {}
        let kept = KeptUntilExit()
        weak var first: Box?
        weak var second: Box?
        do {
            let one = Box()
            first = one
            kept.keep(one)
        }
        #expect(first != nil)
        do {
            let two = Box()
            second = two
            kept.keep((two, [1, 2]))
        }
        #expect(first == nil)
        #expect(second != nil)
    }

    /// The map behind them returns results in index order, for any number of jobs.
    @Test(arguments: [1, 2, 3, 8, 100])
    func orderedMapKeepsIndexOrder(jobs: Int) {
        let results = OrderedConcurrentMap.map(count: 1_000, jobs: jobs) { $0 * $0 }
        #expect(results == (0..<1_000).map { $0 * $0 })
        #expect(OrderedConcurrentMap.map(count: 0, jobs: jobs) { $0 }.isEmpty)
    }

    /// `--jobs` sets the number of threads, before `PMPRB_JOBS`; anything but a whole number of
    /// 1 or more is a usage error.
    @Test func jobsComeFromTheOption() throws {
        func jobs(_ arguments: [String], _ environment: [String: String] = [:]) throws -> Int {
            try WorksheetBatch.jobs(
                ParsedArguments(arguments, options: CompareCommand.options),
                environment: environment)
        }
        #expect(try jobs(["x.csv", "--jobs", "3"], ["PMPRB_JOBS": "2"]) == 3)
        #expect(try jobs(["x.csv", "--jobs=1"]) == 1)
        #expect(try jobs(["x.csv"], ["PMPRB_JOBS": "2"]) == 2)
        for bad in ["0", "-2", "many", "", "1.5"] {
            #expect(throws: UsageError.self) { try jobs(["x.csv", "--jobs", bad]) }
        }
        let folder = try Self.folder()
        let refused = CoordinatorCommandTests.run(["compare", folder, "--jobs", "0"])
        #expect(refused.code == .usage)
        #expect(refused.stdout.isEmpty)
        #expect(refused.stderr.contains("'--jobs'"))
        let huge = CoordinatorCommandTests.run(
            ["compare", folder, "--skip-invalid", "--jobs", "\(Int.max)"])
        let one = CoordinatorCommandTests.run(["compare", folder, "--skip-invalid", "--jobs", "1"])
        #expect(one.code == .success)
        #expect(huge.stdout == one.stdout)
        #expect(huge.stderr == one.stderr)
    }

    @Test func jobsComeFromTheEnvironment() throws {
        #expect(try WorksheetBatch.jobs(environment: ["PMPRB_JOBS": "3"]) == 3)
        #expect(try WorksheetBatch.jobs(environment: [:]) >= 1)
        for bad in ["0", "-2", "many", ""] {
            #expect(throws: UsageError.self) {
                try WorksheetBatch.jobs(environment: ["PMPRB_JOBS": bad])
            }
        }
    }
}

/// A command that reads its worksheets on several threads, with a progress line.
protocol BatchCommand: Command {
    var jobs: Int { get set }
    var progress: ProgressLine { get set }
}

extension CompareCommand: BatchCommand {}
extension AggregateCommand: BatchCommand {}
