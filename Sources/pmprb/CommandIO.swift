import Foundation
import PMPRBKit

/// What a command reads and writes: the streams are collected, so that tests can check stdout,
/// stderr and the exit code separately, and files are read and written here only.
struct CommandIO {
    /// Everything written to standard output.
    var standardOutput = ""
    /// Everything written to standard error.
    var standardError = ""
    /// The language of messages and diagnostics.
    var language: ReportLanguage = .id

    mutating func print(_ text: String) { standardOutput += text }

    mutating func report(_ diagnostic: Diagnostic) {
        standardError += diagnostic.rendered(in: language) + "\n"
    }

    /// Reads a file, or standard input for `-`.
    func read(_ path: String) throws(CommandFailure) -> Data {
        if path == "-" { return FileHandle.standardInput.readDataToEndOfFile() }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CommandFailure(.noInput, .cannotRead(path, .noSuchFile))
        }
        guard !isDirectory.boolValue else {
            throw CommandFailure(.noInput, .cannotRead(path, .isDirectory))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandFailure(.noInput, .cannotRead(path, .unreadable))
        }
        return data
    }

    /// Writes a result to a file atomically (a temporary file, then a rename), or to standard
    /// output when no path is given. A failed write leaves an existing file untouched.
    mutating func emit(_ text: String, to path: String?) throws(CommandFailure) {
        guard let path, path != "-" else {
            print(text)
            return
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw CommandFailure(
                .cannotWrite, .cannotWrite(path, reason: error.localizedDescription))
        }
    }
}

extension CommandIO {
    /// Writes bytes, such as a workbook, to a file atomically; see ``emit(_:to:)-(String,_)``.
    mutating func emit(_ data: Data, to path: String?) throws(CommandFailure) {
        guard let path, path != "-" else {
            throw CommandFailure(.cannotWrite, .binaryNeedsOutput(example: "lke.xlsx"))
        }
        do {
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw CommandFailure(
                .cannotWrite, .cannotWrite(path, reason: error.localizedDescription))
        }
    }
}

