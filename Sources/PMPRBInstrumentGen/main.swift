// Generates the built-in instruments of PMPRBKit from `worksheets/instrumen/*.csv`:
//
//     PMPRBInstrumentGen --input worksheets/instrumen --output DIR
//
// It writes `DIR/<id>.generated.swift` for every CSV file and the registry
// `DIR/BuiltinInstruments.generated.swift`, rewriting only the files that differ, and removes
// generated files whose CSV file is gone. The build plugin `PMPRBInstrumentPlugin` runs it at
// every build in which a CSV file or `urutan.txt` changed, with its work directory as `DIR`; no
// generated file is checked in. It depends on nothing but Foundation, so it builds before the
// library it feeds. See `docs/decisions/0043-instruments-generated-at-build-time.md`.

import Foundation

func fail(_ message: String, code: Int32) -> Never {
    FileHandle.standardError.write(Data("PMPRBInstrumentGen: error: \(message)\n".utf8))
    exit(code)
}

let usage = "usage: PMPRBInstrumentGen --input DIR --output DIR"
var arguments = Array(CommandLine.arguments.dropFirst())

/// Takes `--name DIR` out of the arguments.
@MainActor func directory(_ name: String) -> URL {
    guard let flag = arguments.firstIndex(of: name) else {
        fail("'\(name)' is missing; \(usage)", code: 64)
    }
    guard flag + 1 < arguments.count else { fail("'\(name)' needs a directory", code: 64) }
    let url = URL(fileURLWithPath: arguments[flag + 1], isDirectory: true)
    arguments.removeSubrange(flag...(flag + 1))
    return url
}

let generator = GeneratedSources(input: directory("--input"), output: directory("--output"))
if let unknown = arguments.first {
    fail("unknown argument '\(unknown)'; \(usage)", code: 64)
}
do {
    let touched = try generator.write()
    print(touched.isEmpty ? "up to date" : touched.joined(separator: "\n"))
} catch {
    fail("\(error)", code: 65)
}
