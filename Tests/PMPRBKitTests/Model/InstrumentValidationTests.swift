import Foundation
import Testing

@testable import PMPRBKit

/// Every weighting rule catches a broken instrument file, with the line and column of the cell.
@Suite struct InstrumentValidationTests {
    @Test func smallInstrumentIsValid() throws {
        let instrument = try SmallInstrument.instrument()
        #expect(instrument.id == "uji")
        #expect(instrument.nodes.count == 12)
        #expect(instrument.assumptions.map(\.assumptionID) == ["ASM-1"])
    }

    /// One broken file per rule: the edit, then the message expected.
    @Test(arguments: [
        ("A.1.i,subindikator,Sub satu,4,", "A.1.i,subindikator,Sub satu,3.5,",
            "children of 'A.1' add up to 5.50; its bobot is 6.00"),
        ("uji,instrumen,Instrumen uji,10,", "uji,instrumen,Instrumen uji,12,",
            "components add up to 10.00; the instrument declares 12.00"),
        ("A.1.ii.a,butir,", "A.1.i.a,butir,", "duplicate kode 'A.1.i.a'"),
        ("A.1.ii.a,butir,", "A.1.iii.a,butir,",
            "'A.1.iii.a' has no parent: no row 'A.1.iii' comes before it"),
        ("B.a,butir,Survei,4,skor,", "B.a,butir,Survei,4,nilai,", "tipe_jawaban 'nilai' is not defined"),
        ("Ya=1; Tidak=0", "Ya=1; Tidak=banyak", "conversion 'Ya=1; Tidak=banyak' cannot be read"),
        ("A.1.i.c.2 / A.1.i.c.1", "A.1.i.c.2 / A.1.i.c.9",
            "rumus of 'A.1.i.c' reads 'A.1.i.c.9', which is not one of its input rows"),
        ("A.1.i.c,butir,Persentase,,pct,A.1.i.c.2 / A.1.i.c.1,", "A.1.i.c,butir,Persentase,,pct,,",
            "percentage item 'A.1.i.c' has no rumus"),
        ("R,kategori,Rendah,,,,,0,", "R,kategori,Rendah,,,,,5,", "two kategori rows have the same ambang"),
        ("Bergantung pada a,,yt,,,,,Uji hlm. 2,pasti,,A.1.i.a,", "Bergantung pada a,,yt,,,,,Uji hlm. 2,pasti,,A.1.ii,",
            "gerbang 'A.1.ii' of 'A.1.i.b' is not an item"),
        ("A.1.i.a,butir,Prasyarat,,abcd,,,,,Uji hlm. 2,pasti,,,", "A.1.i.a,butir,Prasyarat,,abcd,,,,,Uji hlm. 2,pasti,,A.1.i.b,",
            "gates of 'A.1.i.a' form a cycle through 'A.1.i.a'"),
        ("ASM-1: uji", "", "'A.1.i.c' is marked 'asumsi' without a note"),
        ("A.1.ii,subindikator,Sub dua,2,,,,,,Uji hlm. 3,", "A.1.ii,subindikator,Sub dua,2,,,,,,,",
            "'A.1.ii' cites no source"),
        ("A.1.ii.a,butir,Opini,,opini,", "A.1.ii.a,butir,Opini,2,opini,",
            "item 'A.1.ii.a' under a sub-indicator must not have its own bobot"),
        ("OK.1,syarat,Total minimal 5,,,total,", "OK.1,syarat,Total minimal 5,,,C.1,",
            "syarat 'OK.1' checks 'C.1', which is not a node"),
        ("A.1,area,Area satu,6,,,,,X,Uji hlm. 2,pasti,,,skor", "A.1,area,Area satu,6,,,,,X,Uji hlm. 2,pasti,,,pct",
            "langsung 'pct' of 'A.1' is not a scale answer type"),
    ])
    func brokenRuleIsCaught(original: String, replacement: String, message: String) throws {
        #expect(SmallInstrument.text.contains(original))
        let errors = SmallInstrument.errors(
            SmallInstrument.text.replacingOccurrences(of: original, with: replacement))
        #expect(errors.map(\.message).contains(message), "\(errors.map(\.message))")
        for error in errors {
            #expect(error.file == "uji-instrumen.csv")
            #expect(error.position != nil)
        }
    }

    @Test func everyProblemIsReportedInOneRunSortedByLine() throws {
        let text = SmallInstrument.text
            .replacingOccurrences(of: "B.a,butir,Survei,4,skor,", with: "B.a,butir,Survei,4,nilai,")
            .replacingOccurrences(of: "A.1.i,subindikator,Sub satu,4,", with: "A.1.i,subindikator,Sub satu,3,")
        let errors = SmallInstrument.errors(text)
        #expect(errors.count == 2)
        #expect(errors == errors.sorted())
        #expect(errors.first?.rendered().contains("^") == true)
    }
}
