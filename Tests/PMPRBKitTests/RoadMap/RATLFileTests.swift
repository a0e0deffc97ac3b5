import Foundation
import Testing

@testable import PMPRBKit

@Suite struct RATLFileTests {
    /// The gaps CSV with a status column: tahun given, or a year taken from tenggat.
    static let ratl = """
        no,kode,area,penilaian,jawaban_saat_ini,jawaban_target,potensi_nilai,kelas,penanggung_jawab,tenggat,status,tahun
        1,A.1,MP,x,C,A,1.0,ditingkatkan,Inspektorat,,selesai,2020
        2,A.2,MP,x,C,A,1.0,ditingkatkan,Inspektorat,31/12/2020,Selesai,
        3,A.3,MP,x,C,A,1.0,ditingkatkan,Inspektorat,2020-06-30,proses,
        4,A.4,MP,x,C,A,1.0,ditingkatkan,Inspektorat,,belum,2021
        5,A.5,MP,x,C,A,1.0,ditingkatkan,Inspektorat,,selesai,2021
        6,A.6,MP,x,C,A,1.0,ditingkatkan,Inspektorat,segera,,

        """

    /// 2020: A.1 and A.2 done, A.3 in progress; 2021: A.5 done, A.4 not started. A.6 has no
    /// year: a warning, not counted.
    @Test func actionsAreCountedPerYearAndStatus() throws {
        let file = try RATLFile(csv: Data(Self.ratl.utf8), file: "ratl.csv")
        #expect(file.years == [2020, 2021])
        #expect(file.count(.selesai, year: 2020) == 2)
        #expect(file.count(.proses, year: 2020) == 1)
        #expect(file.count(.selesai, year: 2021) == 1)
        #expect(file.count(.belum, year: 2021) == 1)
        #expect(file.warnings.map(\.message) == ["action 'A.6' has no year and is not counted"])
        #expect(file.warnings.first?.position?.line == 7)
    }

    /// Target 2 a year (Pasuruan sets 20): 2020 has 2 done, reached; 2021 has 1, not reached;
    /// 2022 has no action in the file: no data.
    @Test func ratlCountIsTrackedAgainstItsYearlyTarget() throws {
        let text = """
            kode,indikator,jenis,arah,realisasi_dari,2020,2021,2022
            R,Jumlah RATL,jumlah,naik,ratl,2,2,2

            """
        let map = try RoadMap(csv: Data(text.utf8), file: "pj.csv")
        let ratl = try RATLFile(csv: Data(Self.ratl.utf8), file: "ratl.csv")
        let progress = try RoadMapProgress.evaluate(map, ratl: ratl)
        let years = try #require(progress.ratl)
        #expect(years.map(\.year) == [2020, 2021, 2022])
        #expect(years.map(\.done) == [2, 1, 0])
        #expect(years.map(\.status) == [.tercapai, .belumTercapai, .belumAdaData])
        #expect(progress.rows[0].years.map(\.status) == [.tercapai, .belumTercapai, .belumAdaData])
        #expect(progress.rows[0].years[0].realisation?.value.number == 2)
    }

    @Test func unknownStatusIsAnErrorAtItsCell() {
        let text = "kode,jawaban_target,status\nA.1,A,hampir\n"
        let error = #expect(throws: DiagnosticError.self) {
            try RATLFile(csv: Data(text.utf8), file: "ratl.csv")
        }
        #expect(error?.diagnostics.first?.message == "status 'hampir' of 'A.1' is not known")
        // "A.1,A," is 6 scalars.
        #expect(error?.diagnostics.first?.position == SourcePosition(line: 2, column: 7))
    }
}
