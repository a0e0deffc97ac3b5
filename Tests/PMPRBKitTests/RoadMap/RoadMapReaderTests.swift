import Foundation
import Testing

@testable import PMPRBKit

@Suite struct RoadMapReaderTests {
    @Test func readsIndicatorsTargetsAndMetadata() throws {
        let map = try RoadMapFixtures.roadMap(
            """
            #judul,Peta jalan uji,,,,,,,,,,,,
            IRB,Indeks RB,MP,indeks,angka,,naik,2020,"61,11",62 (B),-,,Bagian Organisasi,rb-2020:TOTAL
            WTP,Opini BPK,PW,opini,predikat,opini-bpk,naik,,WTP,WTP,WTP,WTP,,isian

            """)
        #expect(map.title == "Peta jalan uji")
        #expect(map.years == [2021, 2022, 2023])
        #expect(map.indicators.map(\.code) == ["IRB", "WTP"])
        let irb = try #require(map.indicator("IRB"))
        // "-" and an empty cell are no target: only 2021 remains.
        #expect(irb.targets.map(\.year) == [2021])
        #expect(irb.targets[0].value.number == 62)
        #expect(irb.targets[0].value.labels == ["B"])
        #expect(irb.baseline?.number == 61.11)
        #expect(irb.baselineYear == 2020)
        #expect(irb.link == .score(instrument: "rb-2020", code: "TOTAL"))
        // Linked to an instrument's total without a skala: the instrument's bands.
        #expect(irb.scale?.id == "rb-2020")
        #expect(irb.responsible == "Bagian Organisasi")
        #expect(map.indicator("WTP")?.targets.map(\.value.grade) == ["WTP", "WTP", "WTP"])
        #expect(map.warnings.isEmpty)
    }

    @Test func unknownKindIsRefusedWithItsPositionAndASuggestion() {
        let errors = RoadMapFixtures.errors("X,Nama,,,angak,,naik,,,1,2,3,,isian\n")
        let error = errors.first
        // Line 2 (after the header); 'angak' starts at column 10: "X,Nama,,," is 9 scalars.
        #expect(error?.position == SourcePosition(line: 2, column: 10))
        #expect(error?.message == "jenis 'angak' is not known")
        #expect(error?.notes.first == "did you mean 'angka'?")
    }

    @Test(arguments: [
        ("X,N,,,angka,,naik,,,1,dua,3,,isian\n", "target for 2022 'dua' of 'X' is not a number"),
        ("X,N,,,angka,,naik,,,85%,,,,isian\n",
         "target for 2021 '85%' of 'X' is a percentage, but the indicator is not one (jenis persen)"),
        ("X,N,,,angka,,naik,,,68 BB,,,,isian\n",
         "target for 2021 '68 BB' of 'X' has 'BB' after the number; put labels in brackets"),
        ("X,N,,,predikat,,naik,,,75 (A),,,,isian\n",
         "target for 2021 '75 (A)' of 'X' is a number, but the indicator has no scale to turn it into a predikat"),
        ("X,N,,,angka,,ke atas,,,1,,,,isian\n", "arah 'ke atas' is not known"),
        ("X,N,,,angka,nilai,naik,,,1,,,,isian\n", "skala 'nilai' is not known"),
        ("X,N,,,angka,,naik,,,1,,,,score\n", "realisasi_dari 'score' is not known"),
        ("X,N,,,angka,,naik,dua ribu,,1,,,,isian\n", "baseline_tahun 'dua ribu' is not a year"),
        ("X,N,,,angka,,naik,,,1,,,,isian\nX,M,,,angka,,naik,,,1,,,,isian\n", "duplicate kode 'X'"),
        (",N,,,angka,,naik,,,1,,,,isian\n", "row has no kode"),
        ("X,N,,,predikat,sakip,naik,,,Bagus,,,,isian\n",
         "target for 2021 'Bagus' of 'X' is not a category of scale 'sakip' (AA, A, BB, B, CC, C, D)"),
    ])
    func badCellIsAnError(rows: String, message: String) {
        let errors = RoadMapFixtures.errors(rows)
        #expect(errors.contains { $0.severity == .error && $0.message == message }, "\(errors)")
    }

    @Test func roadMapWithoutYearColumnsIsRefused() {
        let text = "kode,indikator,jenis,arah,realisasi_dari\nX,N,angka,naik,isian\n"
        #expect(throws: DiagnosticError.self) {
            try RoadMap(csv: Data(text.utf8), file: "pj.csv")
        }
    }

    @Test func everyErrorIsReportedInOneRun() {
        let errors = RoadMapFixtures.errors(
            """
            A,N,,,angak,,naik,,,1,,,,isian
            B,N,,,angka,,naik,,,x,,,,isian

            """)
        #expect(errors.map(\.position?.line) == [2, 3])
    }
}
