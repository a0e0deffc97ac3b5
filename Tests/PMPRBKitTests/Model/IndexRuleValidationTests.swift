import Foundation
import Testing

@testable import PMPRBKit

/// Every rule of a two-part index catches a broken instrument file at a located cell.
@Suite struct IndexRuleValidationTests {
    @Test func smallIndexIsValid() throws {
        let instrument = try SmallIndex.instrument()
        #expect(instrument.isTwoPartIndex)
        #expect(instrument.node("G.3")?.target == 60.5)
        #expect(instrument.node("G.2")?.allowsNotApplicable == true)
        #expect(instrument.targetBands.map(\.grade) == ["A-"])
        #expect(instrument.targetBands.first?.lowerBound == 80)
    }

    /// One broken file per rule: the edit, then the message expected.
    @Test(arguments: [
        ("G,komponen,General,100,,,,Uji hlm. 2,pasti,,,umum,,", "G,komponen,General,100,,,,Uji hlm. 2,pasti,,,utama,,",
            "bagian 'utama' is not known"),
        ("T,komponen,Tematik,10,,,,Uji hlm. 3,pasti,,,tematik,,", "T,komponen,Tematik,10,,,,Uji hlm. 3,pasti,,,,,",
            "komponen 'T' has no bagian"),
        ("T,komponen,Tematik,10,,,,Uji hlm. 3,pasti,,,tematik,,", "T,komponen,Tematik,10,,,,Uji hlm. 3,pasti,,,umum,,",
            "the umum components add up to 110.00; RB General is out of 100"),
        ("T.1,butir,Dampak,10,s100,,,Uji hlm. 3,pasti,,,,,", "T.1,butir,Dampak,10,s100,,,Uji hlm. 3,pasti,,,tematik,,",
            "only a komponen takes a bagian"),
        ("skala -10..10", "skala -20..20", "coefficient 'K.1' must be a scale within -10..10"),
        ("K,komponen,Koefisien,,", "K,komponen,Koefisien,5,", "koefisien komponen 'K' takes no bobot"),
        ("K.1,butir,Koreksi,,koef,", "K.1,butir,Koreksi,2,koef,",
            "koefisien komponen 'K' must hold exactly one butir without bobot"),
        ("\"60,5\"", "160", "target 160.00 of 'G.3' is outside its range 0.00..100.00"),
        ("G,komponen,General,100,,,,Uji hlm. 2,pasti,,,umum,,", "G,komponen,General,100,,,,Uji hlm. 2,pasti,,,umum,5,",
            "only a line scored on a range takes a target"),
        ("T.1,butir,Dampak,10,s100,,,Uji hlm. 3,pasti,,,,,", "T.1,butir,Dampak,10,s100,,,Uji hlm. 3,pasti,,,,,ya",
            "only a weighted line of RB General (bagian 'umum') may be marked not applicable"),
        ("target:A,,", "target:B,,", "kategori 'A-' stands in for 'B', which is not a kategori"),
        ("target:A,,", "target:A,75,", "kategori 'A-' stands in for another band and takes no ambang"),
        ("target:A,,", "turun:A,,", "rumus 'turun:A' of kategori 'A-' is not known"),
        ("Istimewa,,,,100,", "Istimewa,,,,>=seratus,", "ambang '>=seratus' is not a number"),
        ("G.1,butir,Rencana,20,s5,,,Uji hlm. 2,pasti,,,", "G.1,butir,Rencana,20,s5,,,Uji hlm. 2,pasti,,G.3,",
            "gates of 'G.1' form a cycle through 'G.1'"),
        ("skala 1..5", "skala 5..1", "scale 'skala 5..1' is not of the form 'skala 0..4'"),
    ])
    func brokenRuleIsCaught(original: String, replacement: String, message: String) throws {
        #expect(SmallIndex.text.contains(original))
        let errors = SmallIndex.errors(
            SmallIndex.text.replacingOccurrences(of: original, with: replacement))
        #expect(errors.map(\.message).contains(message), "\(errors.map(\.message))")
        for error in errors {
            #expect(error.file == "uji-2p.csv")
            #expect(error.position != nil)
        }
    }

    @Test func aTargetErrorPointsAtTheTargetCell() throws {
        let text = SmallIndex.text.replacingOccurrences(of: "\"60,5\"", with: "160")
        let error = try #require(
            SmallIndex.errors(text).first { $0.message.hasPrefix("target 160.00") })
        // G.3 is the ninth line; 'target' is the 13th column, after 12 cells and 12 commas.
        let line = text.components(separatedBy: "\n")[8]
        #expect(line.hasPrefix("G.3,"))
        let column = line.components(separatedBy: ",").prefix(12).map { $0.count + 1 }
            .reduce(1, +)
        #expect(error.position == SourcePosition(line: 9, column: column))
    }

    @Test func aScaleMayUseADecimalComma() throws {
        let text = SmallIndex.text.replacingOccurrences(
            of: "skala 1..5", with: "\"skala 0..3,5\"")
        let instrument = try SmallIndex.instrument(text)
        #expect(instrument.answerTypes.first { $0.id == "s5" }?.conversion
            == .scale(minimum: 0, maximum: 3.5))
    }
}
