import Foundation
import Testing

@testable import PMPRBKit

/// The columns an instrument file is read by are found once per table, as a lookup by name
/// finds them.
@Suite struct InstrumentColumnTests {
    private func table(_ header: String) throws -> CSVTable {
        try CSVReader(requiredColumns: Instrument.requiredColumns)
            .read(Data((header + "\nx,instrumen,y\n").utf8), file: nil)
    }

    @Test func everyColumnIsFoundWhereTheNameFindsIt() throws {
        // Names written as people write them: case, outer spaces, inner runs of spaces.
        let table = try table(" Kode ,JENIS,uraian,Tipe  Jawaban,rumus,boleh_tb,penjelasan")
        let indexes = InstrumentColumn.Indexes(table)
        // The header's columns in order, 0-based: kode 0 ... rumus 4, boleh_tb 5, penjelasan 6.
        #expect(indexes[.kode] == 0)
        #expect(indexes[.jenis] == 1)
        #expect(indexes[.uraian] == 2)
        #expect(indexes[.tipeJawaban] == 3)
        #expect(indexes[.rumus] == 4)
        #expect(indexes[.bolehTB] == 5)
        #expect(indexes[.penjelasan] == 6)
        #expect(indexes[.bobot] == nil)
        #expect(indexes[.maksPenyebut] == nil)
        for column in InstrumentColumn.allCases {
            #expect(indexes[column] == table.columnIndex(column.name), "\(column.name)")
        }
    }

    @Test func namesAreTheHeaderNamesOfTheFormat() {
        #expect(InstrumentColumn.allCases.count == 20)
        #expect(Set(InstrumentColumn.allCases.map(\.name)).count == 20)
        #expect(InstrumentColumn.tipeJawaban.name == "tipe_jawaban")
        #expect(InstrumentColumn.penyebutNol.name == "penyebut_nol")
        #expect(InstrumentColumn.maksPenyebut.name == "maks_penyebut")
        #expect(InstrumentColumn.bolehTB.name == "boleh_tb")
    }

    /// Every column of every built-in instrument's header that the builder reads is one of the
    /// columns it resolves.
    @Test func builtinHeadersUseOnlyKnownColumns() throws {
        let known = Set(InstrumentColumn.allCases.map(\.name))
        for id in BuiltinInstruments.ids {
            let csv = try #require(BuiltinInstruments.csv(id))
            let table = try CSVReader(requiredColumns: Instrument.requiredColumns)
                .read(Data(csv.utf8), file: nil)
            let unknown = table.columnNames.filter { !known.contains($0) }
            #expect(unknown.isEmpty, "\(id): \(unknown)")
        }
    }
}

/// Which kind of node may stand under which (`docs/instrument-format.md`, the tree).
@Suite struct NodeKindTreeTests {
    @Test func eachKindTakesTheChildrenOfTheFormat() {
        let expected: [NodeKind: Set<NodeKind>] = [
            .komponen: [.aspek, .area, .butir],
            .aspek: [.area, .subindikator, .butir],
            .area: [.subindikator],
            .subindikator: [.subindikator, .butir],
            .butir: [.masukan],
            .masukan: [],
        ]
        for parent in NodeKind.allCases {
            for child in NodeKind.allCases {
                #expect(
                    InstrumentBuilder.allows(parent, child: child)
                        == expected[parent]!.contains(child), "\(parent) > \(child)")
            }
        }
    }
}
