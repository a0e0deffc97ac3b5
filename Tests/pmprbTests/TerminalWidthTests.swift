import Foundation
import Testing

@testable import pmprb

/// Text reports fit the terminal they are shown on, and only that.
@Suite struct TerminalWidthTests {
    @Test func columnsVariableSetsTheWidth() {
        #expect(TerminalWidth.current(environment: ["COLUMNS": "80"]) == 80)
        #expect(TerminalWidth.current(environment: ["COLUMNS": "132"]) == 132)
    }

    /// A report written to a file has lines of any length, whatever the terminal.
    @Test func aFileIsNotFitted() {
        TerminalWidth.$measured.withValue(80) {
            #expect(TerminalWidth.forOutput("laporan.txt") == nil)
            #expect(TerminalWidth.forOutput(nil) == 80)
            #expect(TerminalWidth.forOutput("-") == 80)
        }
    }

    /// On an 80-column terminal, every line of `score` and of `compare` is at most 80 scalars,
    /// and the summary still opens the score report; without a terminal, the WBBM verdict of
    /// the example (seven failing criteria, 217 scalars) stays on one line.
    @Test func scoreAndCompareFitEightyColumns() {
        let other = CommandLineTests.root.appendingPathComponent(
            "worksheets/contoh-lampiran-iii-zi-2021.csv").path
        for arguments in [
            ["score", CommandLineTests.example], ["compare", CommandLineTests.example, other],
        ] {
            let outcome = TerminalWidth.$measured.withValue(80) {
                var io = CommandIO()
                _ = pmprb.run(arguments, io: &io)
                return io.standardOutput
            }
            #expect(outcome.contains("\nRingkasan"))
            let long = outcome.split(separator: "\n").filter { $0.unicodeScalars.count > 80 }
            #expect(long.isEmpty, "\(arguments[0]): \(long)")
        }
        let plain = CommandLineTests.run("score", CommandLineTests.example).stdout
        #expect(plain.split(separator: "\n").contains { $0.hasPrefix("WBBM: BELUM TERPENUHI") && $0.unicodeScalars.count > 80 })
    }
}
