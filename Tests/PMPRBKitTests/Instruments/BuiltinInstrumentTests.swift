import Foundation
import Testing

@testable import PMPRBKit

/// A built-in instrument is read without the checks that only report (decision 0021): each
/// one read that way is the instrument that the full reading of its file gives, and the full
/// reading finds nothing to report.
@Suite struct BuiltinInstrumentTests {
    @Test(arguments: BuiltinInstruments.ids)
    func builtInReadsAsItsFileReadInFull(id: String) throws {
        let text = try #require(BuiltinInstruments.csv(id))
        let file = "<builtin:\(id)>"
        let full = try Instrument(csv: Data(text.utf8), file: file)
        let builtin = try Instrument(builtin: Data(text.utf8), file: file)
        #expect(builtin == full)
        #expect(BuiltinInstruments.instrument(id) == full)
        // The checks left out say nothing about it: no diagnostic of any severity.
        let table = try CSVReader(requiredColumns: Instrument.requiredColumns)
            .read(Data(text.utf8), file: file)
        var builder = InstrumentBuilder(table: table, file: file)
        builder.readRows()
        builder.linkTree()
        builder.checkTree()
        builder.readGuides()
        builder.checkCriteria()
        builder.checkIndexRules()
        #expect(builder.diagnostics.isEmpty)
    }

    /// An instrument the left-out checks refuse is refused by the full reading, which files
    /// from disk and `--instrumen` get: here component A weighs 70 instead of 60, so that the
    /// components add up to 70 + 40 = 110, not the declared 100. The built-in reading, meant
    /// only for texts that pass, does not look.
    @Test func aFileFromDiskIsCheckedInFull() throws {
        let text = try #require(BuiltinInstruments.csv("zi-2021"))
        #expect(text.contains("\nA,komponen,Pengungkit,60,"))
        let edited = Data(
            text.replacingOccurrences(
                of: "\nA,komponen,Pengungkit,60,", with: "\nA,komponen,Pengungkit,70,"
            ).utf8)
        #expect(throws: DiagnosticError.self) { try Instrument(csv: edited, file: "x.csv") }
        let unchecked = try Instrument(builtin: edited, file: "x.csv")
        #expect(unchecked.node("A")?.weight == 70)
    }
}
