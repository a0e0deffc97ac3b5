import Foundation
import PMPRBTestSupport
import Testing

@testable import pmprb

#if canImport(Glibc)
    import Glibc
#endif

/// Every input is read, streams included and never beyond the size cap, or refused by name.
@Suite(.temporaryFolders) struct InputSafetyTests {
    typealias Outcome = CommandLineTests.Outcome

    /// Writes `data` into a new FIFO from another thread and returns the FIFO's path.
    static func fifo(feeding data: Data) throws -> String {
        let path = try CommandLineTests.temporaryFile("stream.csv")
        #expect(mkfifo(path, 0o600) == 0)
        Thread {
            let descriptor = open(path, O_WRONLY)
            guard descriptor >= 0 else { return }
            // A reader that stops early makes `write` fail with EPIPE rather than kill the
            // process: SIGPIPE is ignored while the tests run.
            signal(SIGPIPE, SIG_IGN)
            data.withUnsafeBytes { buffer in
                var offset = 0
                while offset < buffer.count, let base = buffer.baseAddress {
                    let count = write(descriptor, base + offset, buffer.count - offset)
                    if count <= 0 { break }
                    offset += count
                }
            }
            close(descriptor)
        }.start()
        return path
    }

    @Test func aFIFOIsReadAsAStream() throws {
        let bytes = try Data(contentsOf: URL(fileURLWithPath: CommandLineTests.example))
        let path = try Self.fifo(feeding: bytes)
        let outcome = OutputSafetyTests.run(["score", path])
        #expect(outcome.code == .success)
        #expect(outcome.stdout.contains("Nilai TOTAL: 77,65"))
    }

    /// `compare <(…) <(…)`: each stream is read once, although the instrument is looked for
    /// before the worksheets are read.
    @Test func compareReadsStreamsOnce() throws {
        let units = try CoordinatorCommandTests.twoUnits()
        let first = try Self.fifo(feeding: Data(units[0].1.utf8))
        let second = try Self.fifo(feeding: Data(units[1].1.utf8))
        let outcome = OutputSafetyTests.run(["compare", first, second])
        #expect(outcome.code == .success, "\(outcome.stderr)")
        #expect(outcome.stdout.contains("Jumlah unit: 2\n"))
    }

    @Test func aStreamLargerThanTheCapIsRefused() throws {
        // 11 MiB of `y` lines, as `yes | pmprb score -` would give, stopped after 10 MiB.
        let path = try Self.fifo(feeding: Data(repeating: UInt8(ascii: "y"), count: 11 << 20))
        let outcome = OutputSafetyTests.run(["score", path])
        #expect(outcome.code == .dataError)
        #expect(
            outcome.stderr.contains(
                "tidak dapat membaca '\(path)': masukan lebih dari 10 MB, batas sebuah lembar "
                    + "kerja; pembacaan dihentikan"))
    }

    @Test func theStreamReaderStopsJustAfterTheLimit() throws {
        let path = try Self.fifo(feeding: Data(repeating: 0x41, count: 5000))
        #expect(throws: CommandFailure.self) { try InputFile.read(path, limit: 1000) }
        let exact = try Self.fifo(feeding: Data(repeating: 0x41, count: 1000))
        #expect(try InputFile.read(exact, limit: 1000).count == 1000)
    }

    @Test func aRegularFileAboveTheCapIsRefusedUnread() throws {
        let path = try CommandLineTests.temporaryFile("besar.csv")
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        #expect(truncate(path, 11 << 20) == 0)
        let outcome = OutputSafetyTests.run(["score", path])
        #expect(outcome.code == .dataError)
        #expect(outcome.stderr.contains("berkas lebih dari 10 MB, batas sebuah lembar kerja"))
        let english = OutputSafetyTests.run(["score", path, "--lang", "en"])
        #expect(english.stderr.contains("the file is larger than 10 MB, the limit for a worksheet"))
    }

    /// Three OPD worksheets, one of them a dangling link: the folder is refused by name rather
    /// than averaged over two.
    @Test(arguments: ["aggregate", "compare"])
    func aDanglingLinkInAFolderIsRefusedByName(command: String) throws {
        // rb-2014 declares how a Pemda's result and its OPD's combine.
        let shipped = CommandLineTests.root.appendingPathComponent(
            "worksheets/contoh-kabupaten-rb-2014.csv"
        ).path
        let folder = try CoordinatorCommandTests.folder([
            ("opd/a.csv", try CoordinatorCommandTests.worksheet(shipped, unit: "Dinas A")),
            ("opd/b.csv", try CoordinatorCommandTests.worksheet(shipped, unit: "Dinas B")),
            ("pemda.csv", try CoordinatorCommandTests.worksheet(shipped, unit: "Pemda")),
        ])
        try FileManager.default.createSymbolicLink(
            atPath: folder + "/opd/c.csv", withDestinationPath: "hilang.csv")
        let arguments =
            command == "aggregate"
            ? ["aggregate", "--pemda", folder + "/pemda.csv", folder + "/opd"]
            : ["compare", folder + "/opd"]
        let outcome = OutputSafetyTests.run(arguments)
        #expect(outcome.code == .noInput)
        #expect(outcome.stdout.isEmpty)
        #expect(
            outcome.stderr.contains(
                "\(folder)/opd/c.csv: error: berkas tidak dapat dibaca: tautan simbolik ke "
                    + "'hilang.csv' yang tidak ada"))
        // With --skip-invalid, the report itself names the worksheet it left out.
        guard command == "compare" else { return }
        let skipped = OutputSafetyTests.run(arguments + ["--skip-invalid"])
        #expect(skipped.code == .success)
        #expect(skipped.stdout.contains("1 lembar kerja tidak diikutkan"))
        #expect(skipped.stdout.contains("berkas tidak dapat dibaca: tautan simbolik ke 'hilang.csv"))
    }

    @Test func anUnreadableFileInAFolderIsRefusedByName() throws {
        guard getuid() != 0 else { return }  // root reads every file
        let folder = try CoordinatorCommandTests.folder(try CoordinatorCommandTests.twoUnits())
        #expect(chmod(folder + "/b.csv", 0) == 0)
        let outcome = OutputSafetyTests.run(["compare", folder])
        #expect(outcome.code == .noInput)
        #expect(outcome.stderr.contains("b.csv: error: cannot read the file: permission denied"))
    }
}
