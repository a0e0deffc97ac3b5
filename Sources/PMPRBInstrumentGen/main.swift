// Generates the built-in instruments of PMPRBKit from `worksheets/instrumen/*.csv`:
//
//     swift run PMPRBInstrumentGen           # write the sources that differ
//     swift run PMPRBInstrumentGen --check   # exit 1, listing them, when any differs
//
// It writes `Sources/PMPRBKit/Instruments/<ID>.generated.swift` for every CSV file and the
// registry `BuiltinInstruments.generated.swift`, and removes generated files whose CSV file is
// gone. It depends on nothing but Foundation, so it builds even when the library does not
// (a stale registry, say). See `docs/decisions/0002-instrument-embedded-and-on-disk.md`.

import Foundation

/// The package root: three levels above this file (`Sources/PMPRBInstrumentGen/main.swift`).
let defaultRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

func fail(_ message: String, code: Int32) -> Never {
    FileHandle.standardError.write(Data("PMPRBInstrumentGen: error: \(message)\n".utf8))
    exit(code)
}

var arguments = Array(CommandLine.arguments.dropFirst())
let checkOnly = arguments.contains("--check")
arguments.removeAll { $0 == "--check" }
var root = defaultRoot
if let flag = arguments.firstIndex(of: "--root") {
    guard flag + 1 < arguments.count else { fail("'--root' needs a directory", code: 64) }
    root = URL(fileURLWithPath: arguments[flag + 1])
    arguments.removeSubrange(flag...(flag + 1))
}
if let unknown = arguments.first {
    fail("unknown argument '\(unknown)'; usage: PMPRBInstrumentGen [--check] [--root DIR]", code: 64)
}

let generator = GeneratedSources(root: root)
do {
    if checkOnly {
        let drift = try generator.drift()
        guard drift.isEmpty else {
            fail(
                "out of date: " + drift.joined(separator: ", ")
                    + "; run 'swift run PMPRBInstrumentGen'", code: 1)
        }
        print("up to date")
    } else {
        let touched = try generator.write()
        print(touched.isEmpty ? "up to date" : touched.joined(separator: "\n"))
    }
} catch {
    fail("\(error)", code: 65)
}
