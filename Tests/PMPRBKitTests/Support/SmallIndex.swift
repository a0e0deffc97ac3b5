import Foundation
import Testing

@testable import PMPRBKit

/// A small two-part index: RB General `G` (100) with a chain of multipliers, RB Tematik `T`
/// (10), a coefficient `K`, and bands AA / A / A− / D.
enum SmallIndex {
    static let text = """
        kode,jenis,uraian,bobot,tipe_jawaban,rumus,ambang,sumber,status,catatan,gerbang,bagian,target,boleh_tb
        uji-2p,instrumen,Indeks uji dua bagian,110,,,,Uji hlm. 1,pasti,,,,,
        s5,tipe,Nilai 1-5,,,skala 1..5,,Uji hlm. 1,pasti,,,,,
        s100,tipe,Nilai 0-100,,,skala 0..100,,Uji hlm. 1,pasti,,,,,
        koef,tipe,Koefisien,,,skala -10..10,,Uji hlm. 1,pasti,,,,,
        G,komponen,General,100,,,,Uji hlm. 2,pasti,,,umum,,
        G.1,butir,Rencana,20,s5,,,Uji hlm. 2,pasti,,,,,ya
        G.2,butir,Implementasi,30,s100,,,Uji hlm. 2,pasti,,G.1,,,ya
        G.3,butir,Capaian,50,s100,,,Uji hlm. 2,pasti,,G.2,,"60,5",ya
        T,komponen,Tematik,10,,,,Uji hlm. 3,pasti,,,tematik,,
        T.1,butir,Dampak,10,s100,,,Uji hlm. 3,pasti,,,,,
        K,komponen,Koefisien,,,,,Uji hlm. 4,pasti,,,koefisien,,
        K.1,butir,Koreksi,,koef,,,Uji hlm. 4,pasti,,,,,
        AA,kategori,Istimewa,,,,100,Uji hlm. 5,pasti,,,,,
        A,kategori,Baik,,,,80,Uji hlm. 5,pasti,,,,,
        A-,kategori,Baik dengan catatan,,,target:A,,Uji hlm. 5,pasti,,,,,
        D,kategori,Kurang,,,,0,Uji hlm. 5,pasti,,,,,

        """

    static func instrument(_ text: String = text) throws -> Instrument {
        try Instrument(csv: Data(text.utf8), file: "uji-2p.csv")
    }

    /// The diagnostics of an instrument text that must be refused.
    static func errors(_ text: String) -> [Diagnostic] {
        SmallInstrument.errors(text, file: "uji-2p.csv")
    }

    /// The score card of answers by code.
    static func score(_ answers: [String: String], instrument: Instrument? = nil) throws
        -> ScoreCard
    {
        let instrument = try instrument ?? Self.instrument()
        return instrument.score(try TestWorksheets.worksheet(instrument, answers: answers))
    }
}
