import Foundation
import Testing

@testable import PMPRBKit

/// A small instrument for tests, small enough to compute every score by hand: total 10 =
/// pengungkit `A` 6 (one area `A.1`: sub-indicators `A.1.i` 4 and `A.1.ii` 2) + hasil `B` 4
/// (one survey item on 0..10).
enum SmallInstrument {
    static let text = """
        kode,jenis,uraian,bobot,tipe_jawaban,rumus,penyebut_nol,ambang,area,sumber,status,catatan,gerbang,langsung
        uji,instrumen,Instrumen uji,10,,,,,,Uji hlm. 1,pasti,,,
        yt,tipe,Ya/Tidak,,,Ya=1; Tidak=0,,,,Uji hlm. 1,pasti,,,
        abcd,tipe,A/B/C/D,,,A=1; B=0.67; C=0.33; D=0,,,,Uji hlm. 1,pasti,,,
        opini,tipe,Opini,,,WTP=3/3; WDP=2/3; TW=1/3; TIDAK=0,,,,Uji hlm. 1,pasti,,,
        skor,tipe,Skala 0-10,,,skala 0..10,,,,Uji hlm. 1,pasti,,,
        pct,tipe,Persen,,,persen,,,,Uji hlm. 1,pasti,,,
        jml,tipe,Jumlah,,,jumlah,,,,Uji hlm. 1,pasti,,,
        A,komponen,Pengungkit,6,,,,,,Uji hlm. 2,pasti,,,
        A.1,area,Area satu,6,,,,,X,Uji hlm. 2,pasti,,,skor
        A.1.i,subindikator,Sub satu,4,,,,,,Uji hlm. 2,pasti,,,
        A.1.i.a,butir,Prasyarat,,abcd,,,,,Uji hlm. 2,pasti,,,
        A.1.i.b,butir,Bergantung pada a,,yt,,,,,Uji hlm. 2,pasti,,A.1.i.a,
        A.1.i.c,butir,Persentase,,pct,A.1.i.c.2 / A.1.i.c.1,1,,,Uji hlm. 2,asumsi,ASM-1: uji,,
        A.1.i.c.1,masukan,Jumlah semua,,jml,,,,,,,,,
        A.1.i.c.2,masukan,Jumlah selesai,,jml,,,,,,,,,
        A.1.ii,subindikator,Sub dua,2,,,,,,Uji hlm. 3,pasti,,,
        A.1.ii.a,butir,Opini,,opini,,,,,Uji hlm. 3,pasti,,,
        B,komponen,Hasil,4,,,,,,Uji hlm. 4,pasti,,,
        B.a,butir,Survei,4,skor,,,,,Uji hlm. 4,pasti,,,
        T,kategori,Tinggi,,,,,5,,Uji hlm. 5,pasti,,,
        R,kategori,Rendah,,,,,0,,Uji hlm. 5,pasti,,,
        OK.1,syarat,Total minimal 5,,,total,,5,,Uji hlm. 6,pasti,,,
        OK.2,syarat,Area minimal 50%,,,area,,50%,,Uji hlm. 6,pasti,,,

        """

    static func instrument(_ text: String = SmallInstrument.text) throws -> Instrument {
        try Instrument(csv: Data(text.utf8), file: "uji-instrumen.csv")
    }

    /// The errors an edited instrument text, read as the file `file`, is refused with; none
    /// when it is accepted.
    static func errors(_ text: String, file: String = "uji-instrumen.csv") -> [Diagnostic] {
        do {
            _ = try Instrument(csv: Data(text.utf8), file: file)
            return []
        } catch {
            return error.diagnostics
        }
    }
}
