import Foundation
import PMPRBTestSupport
import Testing

@testable import pmprb

#if canImport(Glibc)
    import Glibc
#endif

/// `--output` never destroys an input, never replaces what is not a regular file, and writes
/// the format its name asks for.
@Suite(.temporaryFolders) struct OutputSafetyTests {
    typealias Outcome = CommandLineTests.Outcome
    static let example = CommandLineTests.example

    static func run(_ arguments: [String]) -> Outcome { CommandLineTests.run(arguments) }

    /// A fresh folder with the example worksheet as `lke.csv` and a sub-folder `sub`.
    static func workspace() throws -> (folder: String, worksheet: String, bytes: Data) {
        let path = try CommandLineTests.temporaryFile("lke.csv")
        let folder = (path as NSString).deletingLastPathComponent
        let bytes = try Data(contentsOf: URL(fileURLWithPath: example))
        try bytes.write(to: URL(fileURLWithPath: path))
        try FileManager.default.createDirectory(
            atPath: folder + "/sub", withIntermediateDirectories: true)
        return (folder, path, bytes)
    }

    /// Every spelling of the input: as given, through `..`, a symbolic link and a hard link.
    static func spellings(of worksheet: String, in folder: String) throws -> [String] {
        try FileManager.default.createSymbolicLink(
            atPath: folder + "/link.csv", withDestinationPath: "lke.csv")
        try FileManager.default.linkItem(atPath: worksheet, toPath: folder + "/hard.csv")
        return [worksheet, folder + "/sub/../lke.csv", folder + "/link.csv", folder + "/hard.csv"]
    }

    @Test(arguments: ["score", "gaps", "diff-first", "diff-second", "compare", "aggregate"])
    func anOutputNamingAnInputIsRefusedAndNothingIsWritten(command: String) throws {
        let (folder, worksheet, bytes) = try Self.workspace()
        for output in try Self.spellings(of: worksheet, in: folder) {
            let other = folder + "/sub/other.csv"
            try bytes.write(to: URL(fileURLWithPath: other))
            let arguments: [String] =
                switch command {
                case "diff-first": ["diff", output, other, "-o", output]
                case "diff-second": ["diff", other, worksheet, "-o", output]
                case "compare": ["compare", folder, "-o", output]
                case "aggregate": ["aggregate", "--pemda", other, folder, "-o", output]
                default: [command, worksheet, "-o", output]
                }
            let outcome = Self.run(arguments)
            #expect(outcome.code == .cannotCreate, "\(arguments)")
            #expect(outcome.code.rawValue == 73)
            #expect(outcome.stderr.contains("berkas itu masukan perintah ini"), "\(outcome.stderr)")
            #expect(outcome.stdout.isEmpty)
            #expect(try Data(contentsOf: URL(fileURLWithPath: worksheet)) == bytes)
            #expect(FileIdentity.isSymbolicLink(folder + "/link.csv"))
            try FileManager.default.removeItem(atPath: other)
        }
    }

    @Test func instrumentFilesAreInputsToo() throws {
        let path = try CommandLineTests.temporaryFile("zi.csv")
        let shipped = CommandLineTests.root.appendingPathComponent(
            "worksheets/instrumen/zi-2021.csv")
        let bytes = try Data(contentsOf: shipped)
        try bytes.write(to: URL(fileURLWithPath: path))
        for arguments in [
            ["template", path, "-o", path], ["instrumen", "export", path, "-o", path],
            ["score", Self.example, "--instrumen", path, "-o", path],
        ] {
            let outcome = Self.run(arguments)
            #expect(outcome.code == .cannotCreate, "\(arguments)")
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
        }
    }

    @Test func aFileInsideAComparedFolderIsRefused() throws {
        let (folder, worksheet, bytes) = try Self.workspace()
        let outcome = Self.run(["compare", folder, "-o", folder + "/lke.csv"])
        #expect(outcome.code == .cannotCreate)
        #expect(try Data(contentsOf: URL(fileURLWithPath: worksheet)) == bytes)
        // A new file in the folder is not an input: it is written.
        let fresh = Self.run(["compare", folder, "-o", folder + "/sub/hasil.txt"])
        #expect(fresh.code == .success)
    }

    @Test func aDirectoryIsRefused() throws {
        let (folder, worksheet, _) = try Self.workspace()
        let outcome = Self.run(["score", worksheet, "-o", folder + "/sub"])
        #expect(outcome.code == .cannotCreate)
        #expect(outcome.stderr.contains("itu sebuah folder"))
        let english = Self.run(["score", worksheet, "-o", folder + "/sub", "--lang", "en"])
        #expect(english.stderr.contains("cannot write '\(folder)/sub': it is a directory"))
        var isDirectory: ObjCBool = false
        #expect(FileManager.default.fileExists(atPath: folder + "/sub", isDirectory: &isDirectory))
        #expect(isDirectory.boolValue)
    }

    @Test func aCharacterDeviceIsWrittenThroughNotReplaced() throws {
        let outcome = Self.run(["score", Self.example, "-o", "/dev/null"])
        #expect(outcome.code == .success)
        #expect(FileIdentity(path: "/dev/null")?.kind == UInt32(S_IFCHR))
    }

    @Test func aFIFOIsWrittenThroughNotReplaced() throws {
        let (folder, worksheet, _) = try Self.workspace()
        let fifo = folder + "/fifo"
        #expect(mkfifo(fifo, 0o600) == 0)
        let received = Received()
        let reader = Thread {
            let descriptor = open(fifo, O_RDONLY)
            guard descriptor >= 0 else { return received.set(nil) }
            var data = Data()
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, 4096) }
                if count <= 0 { break }
                data.append(contentsOf: buffer[..<count])
            }
            close(descriptor)
            received.set(data)
        }
        reader.start()
        let outcome = Self.run(["score", worksheet, "--format", "json", "-o", fifo])
        #expect(outcome.code == .success)
        let text = String(decoding: try #require(received.wait()), as: UTF8.self)
        #expect(text.contains("\"publishedTotal\" : 77.65"))
        #expect(FileIdentity(path: fifo)?.kind == UInt32(S_IFIFO))
    }

    /// `/dev/fd/N` is written to the descriptor as it is, here the end of a pipe; a file the
    /// shell opened to append (`>> log -o /dev/stdout`) is appended to, not replaced.
    @Test func anOpenDescriptorIsWrittenAsItIs() throws {
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        defer { close(ends[0]) }
        try OutputFile.write(Data("hasil\n".utf8), to: "/dev/fd/\(ends[1])")
        close(ends[1])
        var buffer = [UInt8](repeating: 0, count: 16)
        let count = buffer.withUnsafeMutableBytes { read(ends[0], $0.baseAddress, 16) }
        #expect(String(decoding: buffer.prefix(max(0, count)), as: UTF8.self) == "hasil\n")

        let (folder, _, _) = try Self.workspace()
        let log = folder + "/log.txt"
        try "awal\n".write(toFile: log, atomically: true, encoding: .utf8)
        let appending = open(log, O_WRONLY | O_APPEND)
        #expect(appending >= 0)
        try OutputFile.write(Data("akhir\n".utf8), to: "/proc/self/fd/\(appending)")
        close(appending)
        #expect(try String(contentsOfFile: log, encoding: .utf8) == "awal\nakhir\n")
    }

    @Test func aSymbolicLinkIsKeptAndItsTargetReplaced() throws {
        let (folder, worksheet, _) = try Self.workspace()
        try "old".write(toFile: folder + "/sub/hasil.txt", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(
            atPath: folder + "/hasil.txt", withDestinationPath: "sub/hasil.txt")
        let outcome = Self.run(["score", worksheet, "-o", folder + "/hasil.txt"])
        #expect(outcome.code == .success)
        #expect(FileIdentity.isSymbolicLink(folder + "/hasil.txt"))
        let written = try String(contentsOfFile: folder + "/sub/hasil.txt", encoding: .utf8)
        #expect(written.contains("Nilai TOTAL: 77,65"))
    }

    @Test func anExistingFileKeepsItsPermissions() throws {
        let (folder, worksheet, _) = try Self.workspace()
        let output = folder + "/hasil.txt"
        try "old".write(toFile: output, atomically: true, encoding: .utf8)
        #expect(chmod(output, 0o640) == 0)
        #expect(Self.run(["score", worksheet, "-o", output]).code == .success)
        var status = stat()
        #expect(stat(output, &status) == 0)
        #expect(status.st_mode & 0o777 == 0o640)
    }

    @Test(arguments: [
        ("hasil.html", "<!DOCTYPE html>"), ("hasil.json", "{"), ("hasil.md", "# "),
        ("hasil.csv", "kode,"), ("hasil.txt", "Hasil Penilaian Mandiri"),
    ])
    func theFormatFollowsTheOutputName(name: String, start: String) throws {
        let (folder, worksheet, _) = try Self.workspace()
        let outcome = Self.run(["score", worksheet, "-o", folder + "/" + name])
        #expect(outcome.code == .success)
        let written = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
        #expect(written.hasPrefix(start), "\(written.prefix(40))")
    }

    @Test func aContradictionOrAFormatTheCommandCannotWriteIsAUsageError() throws {
        let (folder, worksheet, _) = try Self.workspace()
        let contradiction = Self.run(
            ["score", worksheet, "--format", "text", "-o", folder + "/x.html"])
        #expect(contradiction.code == .usage)
        #expect(contradiction.stderr.contains("'--format text' bertentangan"))
        let workbook = Self.run(["gaps", worksheet, "-o", folder + "/ratl.xlsx"])
        #expect(workbook.code == .usage)
        #expect(workbook.stderr.contains("tidak dapat menulis berkas '.xlsx'"))
        let template = Self.run(["template", "zi-2021", "-o", folder + "/lke.html"])
        #expect(template.code == .usage)
        for name in ["x.html", "ratl.xlsx", "lke.html"] {
            #expect(!FileManager.default.fileExists(atPath: folder + "/" + name))
        }
    }

    @Test func generateRefusesToReplaceWorksheetsWithoutForce() throws {
        let (folder, _, _) = try Self.workspace()
        let target = folder + "/opd"
        #expect(Self.run(["generate", "zi-2021", "-n", "2", "-o", target]).code == .success)
        let filled = Data("diisi asesor".utf8)
        try filled.write(to: URL(fileURLWithPath: target + "/opd-00002.csv"))
        let again = Self.run(["generate", "zi-2021", "-n", "3", "-o", target])
        #expect(again.code == .cannotCreate)
        #expect(again.stderr.contains("'\(target)/opd-00001.csv' dan 1 lainnya sudah ada"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: target + "/opd-00002.csv")) == filled)
        #expect(!FileManager.default.fileExists(atPath: target + "/opd-00003.csv"))
        let forced = Self.run(["generate", "zi-2021", "-n", "3", "-o", target, "--force"])
        #expect(forced.code == .success)
        #expect(try Data(contentsOf: URL(fileURLWithPath: target + "/opd-00002.csv")) != filled)
    }
}

/// A value handed from a reader thread to the test, once.
final class Received: @unchecked Sendable {
    private let condition = NSCondition()
    private var value: Data??

    func set(_ data: Data?) {
        condition.lock()
        value = .some(data)
        condition.signal()
        condition.unlock()
    }

    /// The value, waiting up to 10 s for it.
    func wait() -> Data? {
        condition.lock()
        defer { condition.unlock() }
        let deadline = Date().addingTimeInterval(10)
        while value == nil, condition.wait(until: deadline) {}
        return value ?? nil
    }
}
