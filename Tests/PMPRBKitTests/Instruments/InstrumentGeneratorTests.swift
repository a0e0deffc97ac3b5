import Foundation
import Testing

@testable import PMPRBInstrumentGen

/// The generator run on a scratch package: adding an instrument is adding its CSV file and
/// running the generator once.
@Suite struct InstrumentGeneratorTests {
    /// A scratch root with `worksheets/instrumen/` holding `files` and an empty output folder
    /// holding `outputs`.
    func scratch(files: [String: String], outputs: [String: String] = [:]) throws -> URL {
        let root = FileManager.default.temporaryDirectory
            .appendingPathComponent("pmprb-gen-\(UUID().uuidString)")
        let input = root.appendingPathComponent(GeneratedSources.instrumentFolder)
        let output = root.appendingPathComponent(GeneratedSources.outputFolder)
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        for (name, text) in files {
            try text.write(to: input.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        for (name, text) in outputs {
            try text.write(to: output.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return root
    }

    @Test func writesEachInstrumentAndTheRegistryInTheDeclaredOrder() throws {
        let root = try scratch(
            files: [
                "a-1.csv": "kode\na-1\n", "b-1.csv": "kode\nb-1\n", "c-2.csv": "kode\nc-2\n",
                "urutan.txt": "# order\nb-1\n\n",
            ],
            outputs: ["OLD.generated.swift": "old", "Keep.swift": "keep"])
        defer { try? FileManager.default.removeItem(at: root) }
        let generator = GeneratedSources(root: root)
        // b-1 is listed; a-1 and c-2 follow by id. The stale OLD file goes, Keep.swift stays.
        #expect(try generator.instruments().map(\.id) == ["b-1", "a-1", "c-2"])
        let written = try generator.write()
        #expect(
            written == [
                "wrote Sources/PMPRBKit/Instruments/B1.generated.swift",
                "wrote Sources/PMPRBKit/Instruments/A1.generated.swift",
                "wrote Sources/PMPRBKit/Instruments/C2.generated.swift",
                "wrote Sources/PMPRBKit/Instruments/BuiltinInstruments.generated.swift",
                "removed Sources/PMPRBKit/Instruments/OLD.generated.swift",
            ])
        let output = root.appendingPathComponent(GeneratedSources.outputFolder)
        let embedded = try String(
            contentsOf: output.appendingPathComponent("A1.generated.swift"), encoding: .utf8)
        #expect(embedded.hasSuffix("    static let a1CSV = #\"\"\"\nkode\na-1\n\n\"\"\"#\n}\n"))
        let registry = try String(
            contentsOf: output.appendingPathComponent("BuiltinInstruments.generated.swift"),
            encoding: .utf8)
        #expect(registry.contains("        (\"b-1\", b1CSV),\n        (\"a-1\", a1CSV),\n"))
        #expect(registry.contains("        case \"c-2\": parsedC2\n"))
        #expect(registry.contains("    private static let parsedA1 = parse(\"a-1\", a1CSV)\n"))
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("Keep.swift").path))
        // A second run writes nothing: the output is byte-stable.
        #expect(try generator.write().isEmpty)
        #expect(try generator.drift().isEmpty)
        // A changed CSV file is drift until the generator runs again.
        try "kode\na-1\nx\n".write(
            to: root.appendingPathComponent("worksheets/instrumen/a-1.csv"), atomically: true,
            encoding: .utf8)
        #expect(try generator.drift() == ["Sources/PMPRBKit/Instruments/A1.generated.swift"])
    }

    @Test func refusesWhatCannotBeEmbeddedExactly() throws {
        let crlf = try scratch(files: ["a-1.csv": "kode\r\na-1\r\n"])
        let missing = try scratch(files: ["a-1.csv": "kode\n", "urutan.txt": "z-9\n"])
        let twice = try scratch(files: ["a-1.csv": "kode\n", "urutan.txt": "a-1\na-1\n"])
        let badName = try scratch(files: ["A_1.csv": "kode\n"])
        defer {
            for root in [crlf, missing, twice, badName] { try? FileManager.default.removeItem(at: root) }
        }
        for root in [crlf, missing, twice, badName] {
            #expect(throws: GeneratorError.self) { try GeneratedSources(root: root).write() }
        }
        // Nothing was written for the refused inputs.
        let output = crlf.appendingPathComponent(GeneratedSources.outputFolder)
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path).isEmpty)
    }
}
