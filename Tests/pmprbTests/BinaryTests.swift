import Foundation
import PMPRBTestSupport
import Testing

/// The built `pmprb` binary, launched as a user would: copied away from the build folder, run
/// from another directory, with stdout, stderr and the exit status read separately.
@Suite(.temporaryFolders) struct BinaryTests {
    struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static var builtBinary: URL { Bundle.main.bundleURL.appendingPathComponent("pmprb") }

    /// Launches `binary`; `language` sets `PMPRB_LANG` (removed when `nil`).
    static func launch(
        _ binary: URL, _ arguments: [String], in directory: URL, language: String? = nil
    ) throws -> Outcome {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["PMPRB_LANG"] = language
        process.environment = environment
        process.currentDirectoryURL = directory
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    @Test func copiedBinaryWorksFromAnyDirectory() throws {
        try #require(FileManager.default.fileExists(atPath: Self.builtBinary.path))
        let folder = try TemporaryFolder.make("binary")
        let copy = folder.appendingPathComponent("pmprb")
        try FileManager.default.copyItem(at: Self.builtBinary, to: copy)

        let template = try Self.launch(copy, ["template", "zi-2021", "-o", "lke.csv"], in: folder)
        #expect(template.status == 0)
        #expect(template.stdout.isEmpty)
        #expect(template.stderr.isEmpty)

        let score = try Self.launch(copy, ["score", "lke.csv", "--format", "json"], in: folder)
        #expect(score.status == 0)
        #expect(score.stdout.contains("\"instrument\" : {"))
        #expect(
            score.stderr
                == "lke.csv: warning: 113 dari 113 butir belum dijawab; nilai ini adalah batas bawah\n")

        let missing = try Self.launch(copy, ["score", "hilang.csv"], in: folder)
        #expect(missing.status == 66)
        #expect(missing.stdout.isEmpty)
        #expect(missing.stderr == "pmprb: error: tidak dapat membaca 'hilang.csv': berkas tidak ada\n")

        // The environment variable chooses English; --lang wins over it.
        let english = try Self.launch(copy, ["score", "hilang.csv"], in: folder, language: "en")
        #expect(english.status == 66)
        #expect(english.stderr == "pmprb: error: cannot read 'hilang.csv': no such file\n")
        let flagWins = try Self.launch(
            copy, ["score", "hilang.csv", "--lang", "id"], in: folder, language: "en")
        #expect(flagWins.stderr == missing.stderr)
        let badVariable = try Self.launch(copy, ["--version"], in: folder, language: "fr")
        #expect(badVariable.status == 64)
        #expect(badVariable.stdout.isEmpty)
        #expect(
            badVariable.stderr.hasPrefix(
                "pmprb: error: variabel lingkungan 'PMPRB_LANG' tidak menerima 'fr'"))
    }
}
