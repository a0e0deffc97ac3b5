import Foundation
import Testing

@testable import PMPRBKit

/// The follow-up plan (RATL) an office fills in: its columns in CSV and HTML, the assessor's
/// note and evidence carried from the worksheet, and the round trip into `peta-jalan --ratl`.
@Suite struct RATLPlanTests {
    /// The weak-PW unit (18 items of A.I.5 empty, each a gap), with a note and an evidence link
    /// on the first gap.
    static func plan(top: Int? = nil, dialect: CSVDialect = .standard) throws -> GapPlanCSV {
        let instrument = try CoordinatorFixtures.instrument()
        var worksheet = try CoordinatorFixtures.worksheet(
            try CoordinatorFixtures.weakPWAnswers(), unit: "Dinas D", file: "d.csv")
        let card = instrument.score(worksheet)
        let first = try #require(card.gaps.first).code
        worksheet.entries[first]?.note = "Belum ada kampanye publik"
        worksheet.entries[first]?.evidence = "https://contoh.go.id/bukti/1"
        return GapPlanCSV(card: card, top: top, dialect: dialect, worksheet: worksheet)
    }

    @Test func csvHasThePlanColumns() throws {
        let lines = try Self.plan(top: 2).rendered().split(separator: "\n").map(String.init)
        #expect(
            lines[0]
                == "no,kode,area,penilaian,jawaban_saat_ini,jawaban_target,potensi_nilai,kelas,"
                + "catatan,bukti_dukung,rencana_aksi,output,penanggung_jawab,tenggat,status")
        // 15 columns; the first row carries the note and the link, the plan columns are blank
        // and the status starts as belum.
        #expect(lines[1].hasSuffix(",Belum ada kampanye publik,https://contoh.go.id/bukti/1,,,,,belum"))
        #expect(lines[2].hasSuffix(",,,,,,,belum"))
        #expect(lines.count == 3)
    }

    @Test func excelDialectKeepsTheColumns() throws {
        let text = try Self.plan(top: 1, dialect: .excelIndonesia).rendered()
        #expect(text.contains("kelas;catatan;bukti_dukung;rencana_aksi;output;penanggung_jawab;tenggat;status"))
        #expect(text.contains(";Belum ada kampanye publik;https://contoh.go.id/bukti/1;;;;;belum"))
    }

    /// The plan as written, with the office's entries added, is read back by `peta-jalan`:
    /// row 1 done by 31/12/2026, row 2 in progress by 2026-06-30, row 3 still belum with a
    /// deadline in 2027, the rest (15 rows) without a deadline, warned about and not counted.
    @Test func roundTripIntoTheRoadMap() throws {
        var lines = try Self.plan().rendered().split(separator: "\n").map(String.init)
        #expect(lines.count == 19)  // header + 18 gaps
        func fill(_ index: Int, _ tenggat: String, _ status: String) {
            var cells = lines[index].components(separatedBy: ",")
            cells[cells.count - 2] = tenggat
            cells[cells.count - 1] = status
            lines[index] = cells.joined(separator: ",")
        }
        fill(1, "31/12/2026", "selesai")
        fill(2, "2026-06-30", "proses")
        fill(3, "2027-03-01", "belum")
        let file = try RATLFile(csv: Data((lines.joined(separator: "\n") + "\n").utf8), file: "r.csv")
        #expect(file.years == [2026, 2027])
        #expect(file.count(.selesai, year: 2026) == 1)
        #expect(file.count(.proses, year: 2026) == 1)
        #expect(file.count(.belum, year: 2027) == 1)
        #expect(file.warnings.count == 15)
    }

    @Test func htmlIsAPrintableLandscapePlan() throws {
        let plan = try Self.plan(top: 3)
        let html = GapPlanHTML(plan: plan).rendered(subtitle: ["Unit: Dinas D"], alerts: [])
        #expect(html.contains("size: A4 landscape"))
        for column in [
            "Rencana aksi", "Output", "Penanggung jawab", "Tenggat", "Status",
            "Catatan dan bukti dukung",
        ] {
            #expect(html.contains("<th>\(column)</th>"))
        }
        #expect(html.contains("Belum ada kampanye publik — https://contoh.go.id/bukti/1"))
        // 3 rows, each starting as belum.
        #expect(html.components(separatedBy: "<td>belum</td>").count - 1 == 3)
    }

    @Test func htmlGolden() throws {
        let plan = try Self.plan(top: 3)
        try assertSnapshot(
            GapPlanHTML(plan: plan).rendered(subtitle: ["Unit: Dinas D"], alerts: []),
            named: "gaps.html")
    }
}
