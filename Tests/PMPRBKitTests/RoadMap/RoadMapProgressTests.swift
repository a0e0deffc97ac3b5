import Foundation
import Testing

@testable import PMPRBKit

@Suite struct RoadMapProgressTests {
    typealias Status = RoadMapProgress.Status

    static let map = """
        N,Angka naik,MP,,angka,,naik,2020,60,62,64,66,Bagian Organisasi,isian
        T,Peringkat,TL,,angka,,turun,2020,5,4,3,2,Diskominfo,isian
        S,SAKIP,MP,,predikat,sakip,naik,2020,B,B,BB,A,Bagian Organisasi,isian

        """

    /// N: 2021 63 >= 62 reached, better than 60: ditingkatkan, trend from 60 membaik; 2022 63 <
    /// 64 not reached, still better than 60: proses, trend from 63 tetap; 2023 no realisation.
    /// T (turun): 2021 4 <= 4 reached, 4 < 5 better: ditingkatkan; 2022 6 > 3 not reached and
    /// worse than 5: menurun, memburuk.
    /// S: 2021 '65,2' is B on the SAKIP scale (> 60): equals target B and baseline B:
    /// dipertahankan; 2022 B below BB: proses.
    @Test func statusAchievementAndTrendFollowTheRule() throws {
        let map = try RoadMapFixtures.roadMap(Self.map)
        let progress = try RoadMapProgress.evaluate(
            map,
            realisations: RoadMapFixtures.realisations(
                """
                N,2021,63
                N,2022,63
                T,2021,4
                T,2022,6
                S,2021,"65,2"
                S,2022,B

                """))
        let n = progress.rows[0].years
        #expect(n.map(\.status) == [.tercapai, .belumTercapai, .belumAdaData])
        #expect(n.map(\.achievement) == [.ditingkatkan, .proses, nil])
        #expect(n.map(\.trend) == [.membaik, .tetap, nil])
        let t = progress.rows[1].years
        #expect(t.map(\.status) == [.tercapai, .belumTercapai, .belumAdaData])
        #expect(t.map(\.achievement) == [.ditingkatkan, .menurun, nil])
        #expect(t.map(\.trend) == [.membaik, .memburuk, nil])
        let s = progress.rows[2].years
        #expect(s[0].realisation?.category == "B")
        #expect(s.map(\.status) == [.tercapai, .belumTercapai, .belumAdaData])
        #expect(s.map(\.achievement) == [.dipertahankan, .proses, nil])
        // Tallies of the 9 targets: MP holds N and S (2 reached, 2 not, 2 no data); TL holds T.
        #expect(progress.areas.map(\.name) == ["MP", "TL"])
        #expect(progress.areas[0].reached == 2 && progress.areas[0].notReached == 2)
        #expect(progress.areas[0].noData == 2 && progress.areas[0].total == 6)
        #expect(progress.responsibles.map(\.name) == ["Bagian Organisasi", "Diskominfo"])
        #expect(progress.responsibles[1].reached == 1 && progress.responsibles[1].total == 3)
        #expect(progress.warnings.isEmpty)
        // SAKIP ranges are an assumption, and the report carries it.
        #expect(progress.assumptions.map(\.assumptionID) == ["ASM-PJ-1"])
    }

    @Test func realisationOfTheWrongKindIsAWarningAndIsNotUsed() throws {
        let map = try RoadMapFixtures.roadMap(Self.map)
        let progress = try RoadMapProgress.evaluate(
            map,
            realisations: RoadMapFixtures.realisations(
                """
                N,2021,B
                N,2022,85%
                S,2021,Baik sekali

                """))
        #expect(progress.warnings.count == 3)
        let first = try #require(progress.warnings.first)
        #expect(first.message == "realisation 'B' of 'N' for 2021 is not a number; it is not used")
        // "N,2021," is 7 scalars: the value is at column 8 of line 2.
        #expect(first.position == SourcePosition(line: 2, column: 8))
        #expect(first.file == "real.csv")
        #expect(progress.warnings[1].message.contains("is a percentage"))
        // A predikat the SAKIP scale does not know cannot be ranked: not used.
        #expect(
            progress.warnings[2].message
                == "realisation 'Baik sekali' of 'S' for 2021 is not a category of scale 'sakip' "
                + "(AA, A, BB, B, CC, C, D); it is not used")
        #expect(progress.rows[2].years[0].status == .belumAdaData)
        #expect(progress.rows[0].years.allSatisfy { $0.realisation == nil })
    }

    @Test func realisationOfAnIndicatorNotInTheRoadMapIsAnError() throws {
        let map = try RoadMapFixtures.roadMap(Self.map)
        let error = #expect(throws: DiagnosticError.self) {
            try RoadMapProgress.evaluate(map, realisations: RoadMapFixtures.realisations("NN,2021,3\n"))
        }
        #expect(error?.diagnostics.first?.message == "the road map has no indicator 'NN'")
        #expect(error?.diagnostics.first?.notes.first == "did you mean 'N'?")
    }

    @Test func realisationFileRefusesBadYearsAndRepeats() {
        let error = #expect(throws: DiagnosticError.self) {
            try RoadMapFixtures.realisations("N,dua,3\nN,2021,3\nN,2021,4\n")
        }
        #expect(error?.diagnostics.map(\.message) == [
            "tahun 'dua' is not a year", "realisation of 'N' for 2021 is given twice",
        ])
    }

    /// The Tangerang Selatan worksheet scores 61,11 (Tabel 2 of its road map): B on the rb-2020
    /// bands (> 60), so a link to rb-2020:TOTAL gives 61,11 and category B for 2020.
    @Test func worksheetScoreIsTheRealisationOfALinkedIndicator() throws {
        let text = """
            kode,indikator,jenis,arah,realisasi_dari,2020
            IRB,Indeks RB,angka,naik,rb-2020:TOTAL,62
            PEM,Pemenuhan,angka,naik,rb-2020:A.I,14

            """
        let map = try RoadMap(csv: Data(text.utf8), file: "pj.csv")
        let progress = try RoadMapProgress.evaluate(
            map, worksheets: [try RoadMapFixtures.tangselWorksheet()])
        let irb = try #require(progress.rows[0].years.first)
        #expect(irb.realisation?.value.number == 61.11)
        #expect(irb.realisation?.category == "B")
        // 61,11 < 62.
        #expect(irb.status == .belumTercapai)
        // Pemenuhan 14,06 >= 14.
        #expect(progress.rows[1].years.first?.realisation?.value.number == 14.06)
        #expect(progress.rows[1].years.first?.status == .tercapai)
    }

    @Test func twoWorksheetsOfOneInstrumentAndYearAreRefused() throws {
        let map = try RoadMap(
            csv: Data("kode,indikator,jenis,arah,realisasi_dari,2020\nI,I,angka,naik,rb-2020:TOTAL,1\n".utf8),
            file: "pj.csv")
        let worksheet = try RoadMapFixtures.tangselWorksheet()
        var copy = worksheet
        copy.file = "salinan.csv"
        let error = #expect(throws: DiagnosticError.self) {
            try RoadMapProgress.evaluate(map, worksheets: [worksheet, copy])
        }
        #expect(error?.diagnostics.first?.message.hasPrefix("two worksheets of 'rb-2020' for 2020") == true)
    }

    /// The realisation file's published figure wins over the worksheet's score; they differ,
    /// so there is a warning.
    @Test func enteredValueWinsOverAComputedOne() throws {
        let map = try RoadMap(
            csv: Data("kode,indikator,jenis,arah,realisasi_dari,2020\nI,I,angka,naik,rb-2020:TOTAL,60\n".utf8),
            file: "pj.csv")
        let progress = try RoadMapProgress.evaluate(
            map, realisations: RoadMapFixtures.realisations("I,2020,\"61,50\"\n"),
            worksheets: [try RoadMapFixtures.tangselWorksheet()])
        #expect(progress.rows[0].years.first?.realisation?.value.number == 61.5)
        #expect(progress.warnings.map(\.message) == [
            "'I' for 2020: the worksheet gives 61,11, the realisation file 61,50; the file's value is used"
        ])
    }
}
