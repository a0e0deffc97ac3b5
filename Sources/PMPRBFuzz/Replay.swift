import Foundation
import PMPRBKit

/// The replay tool of a plain build: `PMPRBFuzz FILE...` runs saved inputs through
/// ``FuzzTarget/run(_:)`` and reports each one.
///
/// A directory stands for the files in it (not recursively, hidden files left out), in name
/// order, so a whole corpus replays with one argument. Each input that passes prints
/// `ok FILE`; one that breaks an invariant prints `fail FILE` and the invariants. A crash stops
/// the tool, as it would stop the fuzzer.
enum Replay {
    /// The usage text.
    static let usage = """
        OVERVIEW: Replay fuzz inputs through the worksheet pipeline.

        USAGE: PMPRBFuzz <file-or-directory> ...
               PMPRBFuzz --write-seeds <directory>
               PMPRBFuzz --write-dictionary <file>

        Build with '-sanitize=fuzzer -D FUZZING' for the libFuzzer binary (docs/fuzzing.md).

        """

    /// Replays the inputs named by `arguments`.
    ///
    /// - Parameter arguments: Files and directories.
    /// - Returns: The exit code: 0 when every input passed, 1 when one broke an invariant,
    ///   64 without arguments, 66 when an input cannot be read, 74 when a seed cannot be written.
    static func run(_ arguments: [String]) -> Int32 {
        if arguments.count == 2, let option = arguments.first, option.hasPrefix("--write-") {
            return write(option, to: arguments[1])
        }
        guard !arguments.isEmpty, !arguments.contains(where: { $0 == "-h" || $0 == "--help" })
        else {
            write(usage, to: arguments.isEmpty ? .standardError : .standardOutput)
            return arguments.isEmpty ? 64 : 0
        }
        var status: Int32 = 0
        for path in arguments.flatMap(expand) {
            guard let data = FileManager.default.contents(atPath: path) else {
                write("PMPRBFuzz: error: cannot read '\(path)'\n", to: .standardError)
                status = max(status, 66)
                continue
            }
            // The workbook readers alone, as the fuzzer runs them with `PMPRB_FUZZ_TARGET`.
            switch ProcessInfo.processInfo.environment["PMPRB_FUZZ_TARGET"] {
            case "inflate"?:
                write("ok \(path) \(WorkbookFuzzing.inflate(data))\n", to: .standardOutput)
                continue
            case "xml"?:
                write("ok \(path) \(WorkbookFuzzing.readXML(data))\n", to: .standardOutput)
                continue
            default: break
            }
            let violations = FuzzTarget.violations(data)
            if violations.isEmpty {
                write("ok \(path)\n", to: .standardOutput)
            } else {
                let lines = violations.map { "  " + $0 + "\n" }.joined()
                write("fail \(path)\n" + lines, to: .standardOutput)
                status = max(status, 1)
            }
        }
        return status
    }

    /// Writes the seed corpus into a directory, or the dictionary into a file.
    private static func write(_ option: String, to path: String) -> Int32 {
        do {
            switch option {
            case "--write-seeds":
                let directory = URL(fileURLWithPath: path, isDirectory: true)
                try FileManager.default.createDirectory(
                    at: directory, withIntermediateDirectories: true)
                for seed in SeedCorpus.seeds() {
                    try seed.data.write(to: directory.appendingPathComponent(seed.name))
                }
            case "--write-dictionary":
                try Data(SeedCorpus.dictionary().utf8).write(to: URL(fileURLWithPath: path))
            default:
                write("PMPRBFuzz: error: unknown option '\(option)'\n" + usage, to: .standardError)
                return 64
            }
            return 0
        } catch {
            write("PMPRBFuzz: error: cannot write '\(path)': \(error)\n", to: .standardError)
            return 74
        }
    }

    /// A path, or the regular files of a directory in name order.
    private static func expand(_ path: String) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
            isDirectory.boolValue,
            let names = try? FileManager.default.contentsOfDirectory(atPath: path)
        else { return [path] }
        let base = URL(fileURLWithPath: path, isDirectory: true)
        let visible = names.filter { !$0.hasPrefix(".") }
        return visible.sorted().map { base.appendingPathComponent($0).path }.filter {
            var isNested: ObjCBool = false
            return FileManager.default.fileExists(atPath: $0, isDirectory: &isNested)
                && !isNested.boolValue
        }
    }

    /// Writes text to a standard stream.
    private static func write(_ text: String, to handle: FileHandle) {
        handle.write(Data(text.utf8))
    }
}
