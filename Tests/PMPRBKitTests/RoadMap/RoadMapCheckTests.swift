import Foundation
import Testing

@testable import PMPRBKit

/// The coordinator's checks, each with a hand-worked example.
@Suite struct RoadMapCheckTests {
    /// Indeks RB bands of rb-2020 (ASM-10): B > 60, BB > 70. 68 is above 60 and not above 70,
    /// so it is B; a label 'BB' disagrees. 70 is not above 70: B as well. 71 is BB: agrees.
    @Test func labelThatDisagreesWithTheBandIsAWarningAtItsCell() throws {
        let map = try RoadMapFixtures.roadMap(
            "IRB,Indeks RB,,,angka,,naik,,,68 (BB),70 (BB),71 (BB),,rb-2020:TOTAL\n")
        let warnings = map.warnings
        #expect(warnings.count == 2)
        #expect(
            warnings.first?.message
                == "target for 2021 '68 (BB)' of 'IRB' is labelled 'BB', but 68 falls in 'B' "
                + "(scale 'rb-2020')")
        // "IRB,Indeks RB,,,angka,,naik,,," is 30 scalars: the 2021 cell starts at column 31.
        #expect(warnings.first?.position == SourcePosition(line: 2, column: 31))
        #expect(warnings.first?.notes.contains { $0.hasPrefix("the ranges are an assumption: ASM-10") } == true)
        #expect(warnings.last?.message.contains("'70 (BB)'") == true)
    }

    /// IKM bands (ASM-PJ-2): A from 88,31. 88 is B; 88,31 is A. A word label is matched too:
    /// 'Sangat Baik' is the label of A, which 89 is and 88,30 is not.
    @Test func labelIsCheckedAsGradeOrAsWord() throws {
        let map = try RoadMapFixtures.roadMap(
            """
            K1,IKM,,,angka,ikm,naik,,,88 (A),"88,31 (A)",89 (Sangat Baik),,isian
            K2,IKM unit,,,angka,ikm,naik,,,"88,30 (Sangat Baik)",,,,isian

            """)
        #expect(map.warnings.map(\.position?.line) == [2, 3])
        #expect(map.warnings[0].message.contains("88 falls in 'B' (scale 'ikm')"))
        #expect(map.warnings[1].message.contains("88.3 falls in 'B'"))
    }

    /// Banyumas Tabel 3.2: baseline 66,68, first target 66 < 66,68 while arah is naik.
    @Test func targetBelowTheBaselineOfARisingIndicatorIsAWarning() throws {
        let map = try RoadMapFixtures.roadMap(
            "IRB,Indeks RB,,,angka,,naik,2018,\"66,68\",66,68,70,,isian\n")
        #expect(map.warnings.count == 1)
        #expect(
            map.warnings.first?.message
                == "target for 2021 '66' of 'IRB' is worse than the baseline '66,68', though the "
                + "indicator should rise (arah naik)")
    }

    /// A ranking that should fall (5, 4, 4, 3) passes; a rise from 3 to 4 does not.
    @Test func targetsAreJudgedInTheIndicatorsDirection() throws {
        let falling = try RoadMapFixtures.roadMap("P,Peringkat,,,angka,,turun,,5,4,4,3,,isian\n")
        #expect(falling.warnings.isEmpty)
        let rising = try RoadMapFixtures.roadMap("P,Peringkat,,,angka,,turun,,,3,4,2,,isian\n")
        #expect(rising.warnings.map(\.message) == [
            "target for 2022 '4' of 'P' is worse than the target for 2021 '3', though the "
                + "indicator should fall (arah turun)"
        ])
    }

    /// A predikat falls when its rank in the scale worsens: SAKIP BB (rank 2) to B (rank 3).
    @Test func predikatThatFallsInItsScaleIsAWarning() throws {
        let map = try RoadMapFixtures.roadMap("S,SAKIP,,,predikat,sakip,naik,,B,BB,B,A,,isian\n")
        #expect(map.warnings.map(\.position?.line) == [2])
        #expect(map.warnings.first?.message.contains("target for 2022 'B'") == true)
    }

    /// Blora writes 295 (villages) under a percentage: 295 > 100 is warned about; 100 is not.
    @Test func percentageAbove100IsAWarning() throws {
        let map = try RoadMapFixtures.roadMap(
            "U,Persentase desa UCI,,Desa / kelurahan,persen,,naik,,,100,295,,,isian\n")
        #expect(map.warnings.map(\.message) == ["'295' of 'U' is a percentage above 100"])
        #expect(map.warnings.first?.notes.first?.contains("satuan here: 'Desa / kelurahan'") == true)
    }

    /// Two rows named "Indeks RB" (case and spaces ignored): 2021 agree (62), 2022 differ (64
    /// against 66), 2023 only in one. One warning, at the first differing cell of the second.
    @Test func sameIndicatorWithOtherTargetsIsAWarning() throws {
        let map = try RoadMapFixtures.roadMap(
            """
            A,Indeks RB,,,angka,,naik,,,62,64,,,isian
            B,indeks  rb,,,angka,,naik,,,62,66,68,,isian
            C,Indeks RB lain,,,angka,,naik,,,1,2,3,,isian

            """)
        #expect(map.warnings.map(\.message) == [
            "targets of 'B' differ from those of 'A', an indicator of the same name, in 1 of 2 "
                + "year(s): 2022 '66' against '64'"
        ])
        // "B,indeks  rb,,,angka,,naik,,,62," is 32 scalars: 2022 is at column 33 of line 3.
        #expect(map.warnings.first?.position == SourcePosition(line: 3, column: 33))
    }

    @Test func linkedCodeMissingFromTheInstrumentIsAWarningWithASuggestion() throws {
        let map = try RoadMapFixtures.roadMap(
            """
            A,Area MP,,,angka,,naik,,,1,,,,rb-2020:A.IX
            B,Pemenuhan,,,angka,,naik,,,1,,,,rb-2020:A.I
            C,Area,,,angka,,naik,,,1,,,,zi-2021:MP

            """)
        #expect(map.warnings.count == 1)
        let warning = try #require(map.warnings.first)
        #expect(warning.message == "kode 'A.IX' does not exist in instrument 'rb-2020'")
        #expect(warning.position?.line == 2)
        #expect(warning.notes.first?.hasPrefix("did you mean 'A.I") == true)
    }

    @Test func linkToAnInstrumentThatIsNotBuiltInCannotBeChecked() throws {
        let map = try RoadMapFixtures.roadMap("A,Indeks,,,angka,,naik,,,1,,,,rb-2023-pemda:TOTAL\n")
        #expect(
            map.warnings.map(\.message)
                == ["instrument 'rb-2023-pemda' is not built in; the link cannot be checked"])
        #expect(map.indicators.first?.link == .score(instrument: "rb-2023-pemda", code: "TOTAL"))
    }
}
