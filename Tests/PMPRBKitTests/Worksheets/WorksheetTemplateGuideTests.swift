import Foundation
import Testing

@testable import PMPRBKit

/// The template shows what each answer means beside `pilihan_jawaban`, and the reader takes
/// worksheets with or without that column, never scoring it.
@Suite struct WorksheetTemplateGuideTests {
    static func table(_ text: String) throws -> CSVTable {
        try CSVReader(requiredColumns: WorksheetColumns.required).read(Data(text.utf8))
    }

    @Test func ziTemplateHasTheCriteriaBesidePilihanJawaban() throws {
        let instrument = try TestWorksheets.zi()
        let table = try Self.table(WorksheetTemplate(instrument: instrument).rendered())
        #expect(
            table.columnNames == [
                "kode", "penilaian", "bobot", "pilihan_jawaban", "penjelasan", "jawaban",
                "bukti_dukung", "catatan",
            ])
        let row = try #require(table.rows.first { $0.field(0)?.value == "A.I.6.iv.a" })
        // PermenPANRB 90/2021 Lamp. III hlm. 80: five options, on one line of the file.
        #expect(row.field(3)?.value == "A/B/C/D/E")
        #expect(row.field(4)?.value.contains("\n") == false)
        let lines = try #require(row.field(4)?.value).components(separatedBy: " | ")
        #expect(lines.count == 5)
        #expect(lines.first == "A: survei kepuasan masyarakat minimal 4 kali setahun")
        #expect(lines.last == "E: belum ada survei kepuasan masyarakat")
        let percent = try #require(table.rows.first { $0.field(0)?.value == "A.II.4.i.a" })
        #expect(percent.field(4)?.value.hasPrefix("Jumlah sasaran kinerja yang tercapai") == true)
        let heading = try #require(table.rows.first { $0.field(0)?.value == "A.I.6.iv" })
        #expect(heading.field(4)?.value == "")
    }

    @Test func instrumentWithoutCriteriaKeepsTheSevenColumns() throws {
        let instrument = try #require(BuiltinInstruments.instrument("rb-2020"))
        let table = try Self.table(WorksheetTemplate(instrument: instrument).rendered())
        #expect(table.columnNames == WorksheetColumns.required)
    }

    @Test func criteriaColumnIsIgnoredWhenScoring() throws {
        let instrument = try TestWorksheets.zi()
        let answers = TestWorksheets.bestAnswers(instrument)
        let withColumn = try TestWorksheets.csv(instrument, answers: answers)
        #expect(withColumn.hasPrefix("kode,penilaian,bobot,pilihan_jawaban,penjelasan,jawaban"))
        // The same worksheet with nonsense in every penjelasan cell, and without the column.
        let table = try Self.table(withColumn)
        let guide = try #require(table.columnIndex("penjelasan"))
        let writer = CSVWriter()
        var scribbled = writer.row(table.header.fields.map(\.value))
        var without = writer.row(WorksheetColumns.required)
        for row in table.rows {
            var values = row.fields.map(\.value)
            values[guide] = "Z: 9,5 | bukan jawaban"
            scribbled += writer.row(values)
            values.remove(at: guide)
            without += writer.row(values)
        }
        let totals = try [withColumn, scribbled, without].map { text in
            instrument.score(try Worksheet(csv: Data(text.utf8), file: "uji.csv", instrument: instrument)).total
        }
        // Every answer the best one: the Lampiran's own example totals 100,00 (hlm. 87).
        #expect(totals.allSatisfy { abs($0 - 100) < 1e-9 }, "\(totals)")
    }

    @Test func instrumentTreeShowsTheCriteriaUnderEachItem() throws {
        let text = InstrumentTree(instrument: try TestWorksheets.zi()).rendered()
        let lines = text.split(separator: "\n").map(String.init)
        let item = try #require(lines.firstIndex { $0.contains("A.I.3.iii.c  ") })
        // Hlm. 71: gap bands <25%, >25%-50%, >50%-75%, >75%-100%, then the source.
        #expect(lines[item + 1] == "            A: kesenjangan kompetensi terhadap standar jabatan <25%")
        #expect(lines[item + 4] == "            D: kesenjangan >75%-100%")
        #expect(lines[item + 5] == "            (sumber: PermenPANRB 90/2021 Lamp. III hlm. 71)")
        let plain = InstrumentTree(instrument: try #require(BuiltinInstruments.instrument("rb-2020")))
        #expect(!plain.rendered().contains("(sumber:"))
    }
}
