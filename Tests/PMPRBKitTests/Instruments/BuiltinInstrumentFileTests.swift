import Foundation
import PMPRBTestSupport
import Testing

@testable import PMPRBInstrumentGen
@testable import PMPRBKit

/// The built-in instruments are the files under `worksheets/instrumen/`, embedded at build time
/// by the build plugin: every file is built in, in the declared order, byte for byte.
@Suite struct BuiltinInstrumentFileTests {
    /// The package's root directory.
    static let root = PackageFolder.root
    static let folder = root.appendingPathComponent("worksheets/instrumen")

    @Test func everyInstrumentFileIsBuiltInInTheDeclaredOrder() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path)
            .filter { $0.hasSuffix(".csv") }.map { String($0.dropLast(4)) }
        // Only reads the order file; nothing is written to the output folder.
        let declared = try GeneratedSources(
            input: Self.folder, output: FileManager.default.temporaryDirectory
        ).declaredOrder()
        // Every file is built in: those the order file lists first, in its order.
        #expect(Set(BuiltinInstruments.ids) == Set(files))
        #expect(BuiltinInstruments.ids.count == files.count)
        #expect(Array(BuiltinInstruments.ids.prefix(declared.count)) == declared)
        #expect(BuiltinInstruments.ids.first == "zi-2021")
    }

    @Test(arguments: BuiltinInstruments.ids)
    func embeddedInstrumentIsItsFileByteForByte(id: String) throws {
        let onDisk = try Data(contentsOf: Self.folder.appendingPathComponent("\(id).csv"))
        let embedded = try #require(BuiltinInstruments.csv(id))
        #expect(Data(embedded.utf8) == onDisk)
        // The file is named after the id its `instrumen` row declares.
        #expect(BuiltinInstruments.instrument(id)?.id == id)
    }

    @Test func rawDelimiterGrowsPastEveryTerminatorInTheText() {
        // One `#` suffices for plain text; `"""#` in the text needs two, `\##` then needs three.
        #expect(EmbeddedInstrument(id: "x", csv: "a,b\n").rawDelimiter == "#")
        #expect(EmbeddedInstrument(id: "x", csv: "a,\"\"\"#b").rawDelimiter == "##")
        #expect(EmbeddedInstrument(id: "x", csv: "\"\"\"#,\\##").rawDelimiter == "###")
    }

    @Test func fileNamesMustBeIDs() {
        #expect(EmbeddedInstrument.id(ofFile: "rb-2023-kl.csv") == "rb-2023-kl")
        #expect(EmbeddedInstrument.id(ofFile: "RB-2023.csv") == nil)
        #expect(EmbeddedInstrument.id(ofFile: "2023.csv") == nil)
        #expect(EmbeddedInstrument.id(ofFile: "rb--2023.csv") == nil)
        #expect(EmbeddedInstrument.id(ofFile: "rb-2023.txt") == nil)
    }

    @Test func ziInstrumentHasTheOfficialItemCounts() throws {
        let instrument = try TestWorksheets.zi()
        func items(under code: String) -> [Node] {
            instrument.nodes.filter { $0.kind == .butir && $0.code.hasPrefix(code + ".") }
        }
        // PermenPANRB 90/2021 Lampiran III: 87 pemenuhan items, 23 scored reform items fed by
        // 24 "Jumlah" input rows, and 3 hasil indicators.
        #expect(items(under: "A.I").count == 87)
        #expect(items(under: "A.II").count == 23)
        #expect(instrument.nodes.filter { $0.kind == .masukan }.count == 24)
        #expect(items(under: "B").count == 3)
        // Per area (pemenuhan / reform): MP 12/4, TL 9/6, SDM 18/3, AK 11/3, PW 18/4, PP 19/3.
        let expected = [
            "1": (12, 4), "2": (9, 6), "3": (18, 3), "4": (11, 3), "5": (18, 4), "6": (19, 3),
        ]
        for (area, counts) in expected {
            #expect(items(under: "A.I.\(area)").count == counts.0, "pemenuhan area \(area)")
            #expect(items(under: "A.II.\(area)").count == counts.1, "reform area \(area)")
        }
    }

    @Test func ziWeightsFollowTabel3And4() throws {
        let instrument = try TestWorksheets.zi()
        func weight(_ code: String) -> Double? { instrument.node(code)?.weight }
        // Tabel 3 (hlm. 43): MP 8, TL 7, SDM 10, AK 10, PW 15, PP 10, each half pemenuhan,
        // half reform.
        let areas: [(String, Double)] = [
            ("1", 8), ("2", 7), ("3", 10), ("4", 10), ("5", 15), ("6", 10),
        ]
        for (area, total) in areas {
            #expect(weight("A.I.\(area)") == total / 2)
            #expect(weight("A.II.\(area)") == total / 2)
        }
        // Tabel 4 (hlm. 43): hasil 40 = 22,5 (IPAK 17,5 + kinerja 5) + 17,5 (IPKP 17,5).
        #expect(weight("A") == 60)
        #expect(weight("B") == 40)
        #expect(weight("B.I") == 22.5)
        #expect(weight("B.I.a") == 17.5)
        #expect(weight("B.I.b") == 5)
        #expect(weight("B.II.a") == 17.5)
        #expect(instrument.declaredTotal == 100)
    }

    @Test func everyRowCitesItsSourceAndAssumptionsAreMarked() throws {
        let instrument = try TestWorksheets.zi()
        for node in instrument.nodes where node.kind != .masukan {
            #expect(node.provenance.source.contains("PermenPANRB"), "\(node.code)")
        }
        for assumption in instrument.assumptions {
            #expect(assumption.assumptionID != nil, "\(assumption.note)")
        }
        // The A/B/C/D values are not printed in PermenPANRB 90/2021, so they are assumptions.
        let abcd = try #require(instrument.answerTypes.first { $0.id == "abcd" })
        #expect(abcd.provenance.isAssumption)
    }
}
