import Foundation
import PackagePlugin

/// Generates the built-in instruments of the target it is applied to (`PMPRBKit`) at build time:
/// runs `PMPRBInstrumentGen` on `worksheets/instrumen/` with the plugin's work directory as its
/// output (`docs/decisions/0043-instruments-generated-at-build-time.md`).
///
/// Every CSV file of the folder and `urutan.txt` are the command's inputs, so a changed file
/// regenerates the sources and recompiles them; the outputs are the names the generator gives:
/// `<id>.generated.swift` for `<id>.csv`, and the registry.
@main struct PMPRBInstrumentPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
        let input = context.package.directoryURL.appending(components: "worksheets", "instrumen")
        let output = context.pluginWorkDirectoryURL.appending(component: "Instruments")
        let csvNames = try FileManager.default.contentsOfDirectory(atPath: input.path)
            .filter { $0.hasSuffix(".csv") }.sorted()
        let order = input.appending(component: "urutan.txt")
        let inputs = csvNames.map { input.appending(component: $0) }
            + (FileManager.default.fileExists(atPath: order.path) ? [order] : [])
        let outputs = (csvNames.map { String($0.dropLast(4)) + ".generated.swift" }
            + ["BuiltinInstruments.generated.swift"]).map { output.appending(component: $0) }
        return [
            .buildCommand(
                displayName: "Generating the built-in instruments from worksheets/instrumen",
                executable: try context.tool(named: "PMPRBInstrumentGen").url,
                arguments: ["--input", input.path, "--output", output.path],
                inputFiles: inputs, outputFiles: outputs)
        ]
    }
}
