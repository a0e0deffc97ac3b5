import Foundation
import PMPRBKit
import Testing

/// A small instrument and its worksheets, built through the public API only, small enough to
/// compute every result by hand.
///
/// Total 10 = pengungkit `A` 6 (area `X` = `A.1` 4 with two items averaged in `A.1.i`; area
/// `Y` = `A.2` 2 with one item) + hasil `B` 4 (a survey score on 0..4). Bands: `T` above 5,
/// `R` from 0. Predicate `OK`: a total of at least 5 and every area at least 50%.
enum APIFixture {
    static let instrumentText = """
        kode,jenis,uraian,bobot,tipe_jawaban,rumus,ambang,area,sumber,status,catatan
        api,instrumen,Instrumen uji API,10,,,,,Uji hlm. 1,pasti,
        yt,tipe,Ya/Tidak,,,Ya=1; Tidak=0,,,Uji hlm. 1,pasti,
        abc,tipe,A/B/C,,,A=1; B=0.5; C=0,,,Uji hlm. 1,pasti,
        skor,tipe,Skala 0-4,,,skala 0..4,,,Uji hlm. 1,pasti,
        A,komponen,Pengungkit,6,,,,,Uji hlm. 2,pasti,
        A.1,area,Area satu,4,,,,X,Uji hlm. 2,pasti,
        A.1.i,subindikator,Sub satu,4,,,,,Uji hlm. 2,pasti,
        A.1.i.a,butir,Butir satu,,yt,,,,Uji hlm. 2,pasti,
        A.1.i.b,butir,Butir dua,,abc,,,,Uji hlm. 2,pasti,
        A.2,area,Area dua,2,,,,Y,Uji hlm. 3,pasti,
        A.2.i,subindikator,Sub dua,2,,,,,Uji hlm. 3,pasti,
        A.2.i.a,butir,Butir tiga,,yt,,,,Uji hlm. 3,pasti,
        B,komponen,Hasil,4,,,,,Uji hlm. 4,pasti,
        B.a,butir,Survei,4,skor,,,,Uji hlm. 4,pasti,
        T,kategori,Tinggi,,,,5,,Uji hlm. 5,pasti,
        R,kategori,Rendah,,,,0,,Uji hlm. 5,pasti,
        OK.1,syarat,Total minimal 5,,,total,5,,Uji hlm. 6,pasti,
        OK.2,syarat,Area minimal 50%,,,area,50%,,Uji hlm. 6,pasti,

        """

    static func instrument() throws -> Instrument {
        try Instrument(csv: Data(instrumentText.utf8), file: "api.csv")
    }

    /// A worksheet text of the instrument, in the layout `pmprb template` writes, with the
    /// four answers of `A.1.i.a`, `A.1.i.b`, `A.2.i.a` and `B.a`.
    static func worksheetText(unit: String, answers: [String], title: String = "Butir satu")
        -> String
    {
        """
        kode,penilaian,bobot,pilihan_jawaban,jawaban,bukti_dukung,catatan
        #instrumen,Instrumen uji API,,,api,,
        #unit,Nama unit kerja / OPD,,,\(unit),,
        #tahun,Tahun penilaian,,,2026,,
        A,Pengungkit,6.00,,,,
        A.1,Area satu,4.00,,,,
        A.1.i,Sub satu,4.00,,,,
        A.1.i.a,\(title),,Ya/Tidak,\(answers[0]),,
        A.1.i.b,Butir dua,,A/B/C,\(answers[1]),,
        A.2,Area dua,2.00,,,,
        A.2.i,Sub dua,2.00,,,,
        A.2.i.a,Butir tiga,,Ya/Tidak,\(answers[2]),,
        B,Hasil,4.00,,,,
        B.a,Survei,4.00,Nilai (0-4),\(answers[3]),,

        """
    }

    /// Dinas Satu: Ya, B, Tidak, 3. `A.1.i` = 4 x (1 + 0,5) / 2 = 3; `A.2` = 2 x 0 = 0;
    /// `B` = 4 x 3/4 = 3; total 3 + 0 + 3 = 6.
    static let satu = ("Dinas Satu", ["Ya", "B", "Tidak", "3"])
    /// Dinas Dua: every best answer: 4 + 2 + 4 = 10.
    static let dua = ("Dinas Dua", ["Ya", "A", "Ya", "4"])
    /// Dinas Tiga: Tidak, C, Ya, 2. `A.1` = 4 x (0 + 0) / 2 = 0; `A.2` = 2; `B` = 4 x 2/4 = 2;
    /// total 4.
    static let tiga = ("Dinas Tiga", ["Tidak", "C", "Ya", "2"])

    static func worksheet(_ unit: (String, [String]), instrument: Instrument) throws -> Worksheet {
        let text = worksheetText(unit: unit.0, answers: unit.1)
        return try Worksheet(csv: Data(text.utf8), file: "\(unit.0).csv", instrument: instrument)
    }

    static func summary(_ unit: (String, [String]), instrument: Instrument) throws -> UnitSummary {
        let text = worksheetText(unit: unit.0, answers: unit.1)
        return try UnitSummary.reading(
            csv: Data(text.utf8), file: "\(unit.0).csv", instrument: instrument
        ).summary
    }
}

/// Whether two computed values agree within a ten-thousandth.
func close(_ lhs: Double?, _ rhs: Double) -> Bool {
    guard let lhs else { return false }
    return abs(lhs - rhs) <= 1e-4
}
