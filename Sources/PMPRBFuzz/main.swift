// The fuzz target for the worksheet pipeline, built in one of two modes.
//
// With `-D FUZZING` (and `-sanitize=fuzzer`), this is a libFuzzer binary: it exports
// `LLVMFuzzerTestOneInput` and hands control to libFuzzer's driver. SwiftPM links every
// executable with `--defsym main=PMPRBFuzz_main`, so the `main` that libFuzzer's runtime
// supplies is never the one that runs; the top-level code below is `PMPRBFuzz_main`, and it
// starts the driver through `LLVMFuzzerRunDriver`, libFuzzer's entry point for programs that
// have a main of their own. (`-parse-as-library` would remove `PMPRBFuzz_main` and break the
// link, so it must not be passed.)
//
// Without `FUZZING`, this is a plain executable that replays saved inputs:
// `PMPRBFuzz FILE...` runs each file through the same path and prints `ok FILE`.
// See `docs/fuzzing.md`.

import Foundation
import PMPRBKit

#if FUZZING
    /// libFuzzer's driver: parses libFuzzer's options from `argv` and calls `callback` with
    /// each input until a limit is reached or the callback crashes.
    ///
    /// Declared by symbol name because the package has no C target to import it from. Every
    /// argument is a pointer, which both the Swift and the C calling convention pass in the
    /// same registers on x86-64 and arm64; the result comes back in the same register too.
    @_silgen_name("LLVMFuzzerRunDriver")
    func runFuzzerDriver(
        _ argc: UnsafeMutablePointer<CInt>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
        _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
    ) -> CInt

    /// Runs one input from libFuzzer through ``FuzzTarget/run(_:)``; traps when the score
    /// card breaks an invariant, so that libFuzzer keeps the input as a crash.
    ///
    /// - Parameters:
    ///   - bytes: The input, or `nil` when it is empty.
    ///   - count: The number of bytes.
    /// - Returns: 0, as libFuzzer requires.
    /// The reader to fuzz, from `PMPRB_FUZZ_TARGET`: `worksheet` (the default), `inflate` or
    /// `xml`.
    enum FuzzTargetChoice {
        static let name = ProcessInfo.processInfo.environment["PMPRB_FUZZ_TARGET"] ?? "worksheet"
    }

    @_cdecl("LLVMFuzzerTestOneInput")
    public func fuzzTestOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
        let data = bytes.map { Data(bytes: $0, count: count) } ?? Data()
        // `PMPRB_FUZZ_TARGET=inflate` or `xml` fuzzes the workbook readers on their own.
        switch FuzzTargetChoice.name {
        case "inflate":
            _ = WorkbookFuzzing.inflate(data)
            return 0
        case "xml":
            _ = WorkbookFuzzing.readXML(data)
            return 0
        default: break
        }
        let violations = FuzzTarget.violations(data)
        if !violations.isEmpty {
            preconditionFailure(violations.joined(separator: "\n"))
        }
        return 0
    }

    var fuzzerArgc = CommandLine.argc
    var fuzzerArgv = CommandLine.unsafeArgv
    exit(runFuzzerDriver(&fuzzerArgc, &fuzzerArgv, fuzzTestOneInput))
#else
    exit(Replay.run(Array(CommandLine.arguments.dropFirst())))
#endif
