import Foundation
import PMPRBTestSupport
import Testing

@testable import PMPRBInstrumentGen

/// The generator run on a scratch folder, as the build plugin runs it: one source per CSV file
/// and the registry, in the declared order, rewritten only when they change.
@Suite(.temporaryFolders) struct InstrumentGeneratorTests {
    /// A scratch instrument folder holding `files` and an output folder holding `outputs`, in
    /// a new folder of the running test's own (``TemporaryFolders``).
    func scratch(files: [String: String], outputs: [String: String] = [:]) throws
        -> GeneratedSources
    {
        let root = try TemporaryFolder.make("gen")
        let generator = GeneratedSources(
            input: root.appendingPathComponent("instrumen"),
            output: root.appendingPathComponent("out"))
        for (folder, contents) in [(generator.input, files), (generator.output, outputs)] {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for (name, text) in contents {
                try text.write(
                    to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
            }
        }
        return generator
    }

    @Test func writesEachInstrumentAndTheRegistryInTheDeclaredOrder() throws {
        let generator = try scratch(
            files: [
                "a-1.csv": "kode\na-1\n", "b-1.csv": "kode\nb-1\n", "c-2.csv": "kode\nc-2\n",
                "urutan.txt": "# order\nb-1\n\n",
            ],
            outputs: ["old.generated.swift": "old", "Keep.swift": "keep"])
        // b-1 is listed; a-1 and c-2 follow by id. The stale old file goes, Keep.swift stays.
        #expect(try generator.instruments().map(\.id) == ["b-1", "a-1", "c-2"])
        #expect(
            try generator.write() == [
                "wrote b-1.generated.swift", "wrote a-1.generated.swift",
                "wrote c-2.generated.swift", "wrote BuiltinInstruments.generated.swift",
                "removed old.generated.swift",
            ])
        func read(_ name: String) throws -> String {
            try String(contentsOf: generator.output.appendingPathComponent(name), encoding: .utf8)
        }
        #expect(try read("a-1.generated.swift").hasSuffix(
            "    static let a1CSV = #\"\"\"\nkode\na-1\n\n\"\"\"#\n}\n"))
        let registry = try read("BuiltinInstruments.generated.swift")
        #expect(registry.contains("        (\"b-1\", b1CSV),\n        (\"a-1\", a1CSV),\n"))
        #expect(registry.contains("        case \"c-2\": parsedC2.instrument\n"))
        #expect(registry.contains("    private static let parsedA1 = parse(\"a-1\", a1CSV)\n"))
        #expect(try read("Keep.swift") == "keep")
        // A second run writes nothing: the output is byte-stable, so nothing is compiled again.
        #expect(try generator.write().isEmpty)
        // A changed CSV file rewrites its source alone; the registry names it as before.
        try "kode\na-1\nx\n".write(
            to: generator.input.appendingPathComponent("a-1.csv"), atomically: true,
            encoding: .utf8)
        #expect(try generator.write() == ["wrote a-1.generated.swift"])
    }

    @Test func refusesWhatCannotBeEmbeddedExactly() throws {
        let refused = [
            try scratch(files: ["a-1.csv": "kode\r\na-1\r\n"]),
            try scratch(files: ["a-1.csv": "kode\n", "urutan.txt": "z-9\n"]),
            try scratch(files: ["a-1.csv": "kode\n", "urutan.txt": "a-1\na-1\n"]),
            try scratch(files: ["A_1.csv": "kode\n"]),
        ]
        for generator in refused {
            #expect(throws: GeneratorError.self) { try generator.write() }
            // Nothing was written for the refused input.
            let written = try FileManager.default.contentsOfDirectory(
                atPath: generator.output.path)
            #expect(written.isEmpty)
        }
    }
}
