import Foundation
import Testing

@testable import PMPRBKit

/// The printable filled worksheet shows every row of the LKE with the criterion of the chosen
/// answer, the values as the score computes them, the evidence, the notes and the totals.
@Suite struct FilledLKETests {
    /// The small instrument with criteria, filled with answers, evidence and notes.
    static func small() throws -> (Instrument, Worksheet) {
        let instrument = try SmallInstrument.instrument(
            AnswerGuideParsingTests.guided(AnswerGuideParsingTests.complete))
        let template = WorksheetTemplate(instrument: instrument, unit: "Dinas <Uji> & \"Co\"", year: 2026)
        let table = try CSVReader(requiredColumns: WorksheetColumns.required)
            .read(Data(template.rendered().utf8))
        let cells: [String: (String, String, String)] = [
            "A.1.i.a": ("B", "https://bukti.example/a?x=1&y=2", "catatan, satu"),
            "A.1.i.b": ("Ya", "SK Tim", ""),
            "A.1.i.c.1": ("4", "", ""), "A.1.i.c.2": ("3", "", "tiga selesai"),
            "A.1.ii.a": ("WDP", "", ""),
        ]
        let columns = try ["kode", "jawaban", "bukti_dukung", "catatan"].map {
            try #require(table.columnIndex($0))
        }
        let writer = CSVWriter()
        var text = writer.row(table.header.fields.map(\.value))
        for row in table.rows {
            var values = row.fields.map(\.value)
            if let (answer, evidence, note) = cells[values[columns[0]]] {
                values[columns[1]] = answer
                values[columns[2]] = evidence
                values[columns[3]] = note
            }
            text += writer.row(values)
        }
        let worksheet = try Worksheet(csv: Data(text.utf8), file: "uji.csv", instrument: instrument)
        return (instrument, worksheet)
    }

    static func lke(language: ReportLanguage = .id) throws -> FilledLKE {
        let (instrument, worksheet) = try small()
        return FilledLKE(
            instrument: instrument, worksheet: worksheet, card: instrument.score(worksheet),
            printDate: FilledLKE.dateText(year: 2026, month: 12, day: 4, language: language),
            signature: .init(place: "Kota Uji", role: "Ketua Tim Penilai Internal"),
            language: language)
    }

    @Test func rowsCarryTheCriterionValuesAndTotals() throws {
        let lines = try Self.lke().lines()
        func line(_ code: String) throws -> FilledLKE.Line {
            try #require(lines.first { $0.code == code }, "\(code)")
        }
        // A.1.i.a answered B (0,67 in abcd): its criterion, evidence and note.
        let a = try line("A.1.i.a")
        #expect(a.criterion == "sebagian besar")
        #expect((a.options, a.answer, a.value) == ("A/B/C/D", "B", "0,67"))
        #expect((a.evidence, a.note) == ("https://bukti.example/a?x=1&y=2", "catatan, satu"))
        // A.1.i.b 'Ya' gated by A.1.i.a: 1 x 0,67 = 0,67.
        let b = try line("A.1.i.b")
        #expect((b.criterion, b.answer, b.value) == ("ada", "Ya", "0,67"))
        // A.1.i.c: 3 / 4 = 75,00%; the criterion is the formula text.
        let c = try line("A.1.i.c")
        #expect((c.criterion, c.options, c.answer, c.value) == ("Jumlah selesai dibagi jumlah semua", "%", "75,00%", "0,75"))
        #expect(try line("A.1.i.c.2").answer == "3")
        #expect(try line("A.1.i.c.2").note == "tiga selesai")
        // A.1.i (bobot 4): 4 x (0,67 + 0,67 + 0,75) / 3 = 4 x 0,69667 = 2,79, 69,67%.
        let sub = try line("A.1.i")
        #expect((sub.weight, sub.value, sub.percent) == ("4,00", "2,79", "69,67%"))
        // A.1.ii (bobot 2): WDP = 2/3: 1,33, 66,67%.
        #expect(try line("A.1.ii").value == "1,33")
        // B.a unanswered: no criterion, bobot 4, nilai 0.
        let survey = try line("B.a")
        #expect((survey.answer, survey.criterion, survey.weight, survey.value) == ("(belum dijawab)", "", "4,00", "0,00"))
        // Totals: A = 2,78667 + 1,33333 = 4,12 of 6 (68,67%); B = 0 of 4; final 4,12 of 10.
        let totals = lines.filter { $0.kind == .total }
        #expect(totals.map(\.title) == ["TOTAL PENGUNGKIT", "TOTAL HASIL", "NILAI AKHIR"])
        #expect(totals.map(\.value) == ["4,12", "0,00", "4,12"])
        #expect(totals.map(\.percent) == ["68,67%", "0,00%", "41,20%"])
        // 4,12 is below band T (> 5) and at least band R (0).
        #expect(totals.last?.criterion == "Kategori: R (Rendah)")
        // One row per node, a total after each of the two components, and the final row.
        #expect(lines.count == (try SmallInstrument.instrument()).nodes.count + 3)
    }

    @Test func pageIsEscapedAndPrintable() throws {
        let html = try Self.lke().rendered()
        #expect(html.contains("Dinas &lt;Uji&gt; &amp; &quot;Co&quot;"))
        #expect(!html.contains("<Uji>"))
        // In the page margins the unit is a CSS string: '<', '>' and '"' are escaped.
        #expect(html.contains("Dinas \\3c Uji\\3e  & \\22 Co\\22  · Tahun 2026"))
        #expect(html.contains("<a href=\"https://bukti.example/a?x=1&amp;y=2\">"))
        #expect(html.contains("counter(page)") && html.contains("counter(pages)"))
        #expect(html.contains("size: A4 landscape"))
        #expect(html.contains("Kota Uji, 4 Desember 2026"))
        #expect(html.contains("<p class=\"alert\">1 butir belum dijawab"))
        #expect(!html.contains("<script"))
    }

    @Test func goldenPages() throws {
        try assertSnapshot(try Self.lke().rendered(), named: "filled-lke.html")
        try assertSnapshot(try Self.lke(language: .en).rendered(), named: "filled-lke-en.html")
    }

    @Test func answersWithoutEvidenceAreMarkedAndBothTotalsStated() throws {
        var lke = try Self.lke()
        lke.evidence = lke.instrument.evidenceCheck(lke.worksheet, required: true)
        let marked = lke.lines().filter { $0.evidence == "(tanpa bukti dukung)" }.map(\.code)
        #expect(marked == ["A.1.i.c", "A.1.ii.a"])
        // As answered 4,12; required: 4 x (0,67 + 0,67) / 3 = 1,79 (EvidenceCheckTests).
        #expect(
            lke.rendered().contains(
                "Nilai dengan bukti wajib: 1,79; nilai menurut jawaban: 4,12."))
    }

    @Test func datesAreWrittenInTheReadersLanguage() {
        #expect(FilledLKE.dateText(year: 2026, month: 8, day: 17) == "17 Agustus 2026")
        #expect(FilledLKE.dateText(year: 2026, month: 8, day: 17, language: .en) == "17 August 2026")
    }
}
