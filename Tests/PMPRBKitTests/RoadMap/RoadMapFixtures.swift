import Foundation
import Testing

@testable import PMPRBKit

/// Small road maps written inline, and the shipped examples under `worksheets/peta-jalan/`.
enum RoadMapFixtures {
    static let header =
        "kode,indikator,area,satuan,jenis,skala,arah,baseline_tahun,baseline,2021,2022,2023,"
        + "pd_pengampu,realisasi_dari\n"

    /// A road map of the header above and the given rows.
    static func roadMap(_ rows: String, file: String = "pj.csv") throws(DiagnosticError) -> RoadMap {
        try RoadMap(csv: Data((header + rows).utf8), file: file)
    }

    /// The diagnostics of a road map that must be refused.
    static func errors(_ rows: String) -> [Diagnostic] {
        do {
            _ = try roadMap(rows)
            return []
        } catch {
            return error.diagnostics
        }
    }

    /// A realisation file from its rows.
    static func realisations(_ rows: String) throws -> RealisationFile {
        try RealisationFile(csv: Data(("kode,tahun,realisasi\n" + rows).utf8), file: "real.csv")
    }

    /// The repository's root, found from this file.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../..").standardizedFileURL

    /// A shipped file, read with the path the examples use.
    static func shipped(_ path: String) throws -> Data {
        try Data(contentsOf: root.appendingPathComponent(path))
    }

    /// The scored worksheet of Kota Tangerang Selatan, Indeks RB 2020 (61,11).
    static func tangselWorksheet() throws -> ScoredWorksheet {
        let path = "worksheets/contoh-tangsel-rb-2020.csv"
        let instrument = try #require(BuiltinInstruments.instrument("rb-2020"))
        let worksheet = try Worksheet(csv: try shipped(path), file: path, instrument: instrument)
        return ScoredWorksheet(file: path, card: instrument.score(worksheet))
    }
}
