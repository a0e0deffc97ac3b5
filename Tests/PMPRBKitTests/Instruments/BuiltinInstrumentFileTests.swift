import Foundation
import Testing

@testable import PMPRBKit

/// The built-in instrument is the file under `worksheets/instrumen/`, embedded as generated
/// Swift source; the two must never drift.
@Suite struct BuiltinInstrumentFileTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func generatedSource(for id: String, csv: String) -> String {
        """
        // Generated from worksheets/instrumen/\(id).csv. Do not edit: change the CSV file, then run
        // `RECORD_INSTRUMENTS=1 swift test --filter BuiltinInstrumentFileTests` to regenerate this file.

        extension BuiltinInstruments {
            static let \(id.replacingOccurrences(of: "-", with: ""))CSV = #\"\"\"
        \(csv)
        \"\"\"#
        }

        """
    }

    @Test(arguments: BuiltinInstruments.ids)
    func embeddedInstrumentMatchesItsFile(id: String) throws {
        let file = Self.root.appendingPathComponent("worksheets/instrumen/\(id).csv")
        let onDisk = try String(contentsOf: file, encoding: .utf8)
        let swiftName = id.split(separator: "-").map { $0.uppercased() }.joined()
        let generated = Self.root.appendingPathComponent(
            "Sources/PMPRBKit/Instruments/\(swiftName).generated.swift")
        if ProcessInfo.processInfo.environment["RECORD_INSTRUMENTS"] == "1" {
            try Self.generatedSource(for: id, csv: onDisk)
                .write(to: generated, atomically: true, encoding: .utf8)
        }
        let source = try String(contentsOf: generated, encoding: .utf8)
        #expect(source == Self.generatedSource(for: id, csv: onDisk))
        #expect(BuiltinInstruments.csv(id) == onDisk)
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
