import Foundation
import Testing

@testable import PMPRBKit

/// Worksheets read from `.xlsx` workbooks: stored values, every kind of cell, positions that
/// name cells, and the files that are refused.
@Suite struct WorkbookReadingTests {
    /// The zi-2021 sheet: the category on row 7, a blank row, WBK on row 9 with its seven
    /// criteria (10-16), WBBM on 17 with eight (18-25), a blank row, the area heading on 27,
    /// six areas (28-33), a blank row, the header on 35; so `A` is on 36, `A.I` 37, `A.I.1` 38,
    /// `A.I.1.i` 39 and its first item `A.I.1.i.a` on 40.
    static let firstItemRow = 40

    private func read(_ data: Data, _ file: String = "lke.xlsx") throws(DiagnosticError) -> Worksheet {
        let table = try Worksheet.table(csv: data, file: file)
        return try Worksheet(parsing: table, file: file, instrument: try! TestWorksheets.zi())
    }

    private func errors(_ data: Data) -> [String] {
        do {
            _ = try read(data)
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    @Test func layoutOfZI2021() throws {
        let layout = SheetLayout(instrument: try TestWorksheets.zi())
        #expect(layout.headerRow == 35)
        #expect(layout.row(of: "A.I.1.i.a") == Self.firstItemRow)
    }

    /// A workbook saved by LibreOffice Calc (deflated entries, shared strings, its own styles)
    /// scores as its CSV twin.
    @Test func libreOfficeWorkbookScoresAsItsCSVTwin() throws {
        let folder = try #require(Bundle.module.resourceURL?.appendingPathComponent("Fixtures/workbook"))
        let instrument = try TestWorksheets.zi()
        let workbook = try Worksheet(
            csv: Data(contentsOf: folder.appendingPathComponent("zi-2021-libreoffice.xlsx")),
            file: "lo.xlsx", instrument: instrument)
        let twin = try Worksheet(
            csv: Data(contentsOf: folder.appendingPathComponent("zi-2021-libreoffice-twin.csv")),
            file: "twin.csv", instrument: instrument)
        #expect(workbook.entries.mapValues(\.answer) == twin.entries.mapValues(\.answer))
        #expect(workbook.unit == twin.unit && workbook.year == twin.year && !workbook.unit.isEmpty)
        let one = instrument.score(workbook)
        let two = instrument.score(twin)
        #expect(one.nodes == two.nodes && one.items == two.items && one.predicates == two.predicates)
        // The same warnings (the fixture's LHKPN/LHKASN totals disagree with their breakdown
        // rows), at the workbook's cells instead of the CSV's lines. The audit finds nothing.
        #expect(workbook.warnings.map(\.message) == twin.warnings.map(\.message))
        #expect(workbook.warnings.allSatisfy { $0.position?.sheet == "LKE" })
    }

    @Test func errorsPointAtTheCell() throws {
        let instrument = try TestWorksheets.zi()
        let bad = Worksheet(instrumentID: instrument.id, answers: ["A.I.1.i.a": .option("X")])
        let data = WorkbookTemplate(instrument: instrument, worksheet: bad).data()
        #expect(
            errors(data).first
                == "lke.xlsx:LKE!F\(Self.firstItemRow): error: answer 'X' for 'A.I.1.i.a' is not one of the options")
    }

    /// Stored values, not displayed text: a number stored with binary noise, a shared string,
    /// an inline rich-text string, and a boolean (which is no option).
    @Test func everyKindOfCell() throws {
        let instrument = try TestWorksheets.zi()
        let layout = SheetLayout(instrument: instrument)
        let survey = try #require(layout.row(of: "B.I.a"), "B.I.a")
        let first = Self.firstItemRow
        let data = try WorkbookPackageEditing.edited(
            WorkbookTemplate(instrument: instrument).data(),
            adding: [("xl/sharedStrings.xml", #"<sst xmlns="x"><si><t>Ya</t></si></sst>"#)]
        ) { name, text in
            guard name == "xl/worksheets/sheet1.xml" else { return text }
            var sheet = WorkbookPackageEditing.replacingCell(
                text, "F\(survey)", with: "<c r=\"F\(survey)\"><v>3.5600000000000001</v></c>")
            sheet = WorkbookPackageEditing.replacingCell(
                sheet, "F\(first)", with: "<c r=\"F\(first)\" t=\"s\"><v>0</v></c>")
            sheet = WorkbookPackageEditing.replacingCell(
                sheet, "F\(first + 3)",
                with: "<c r=\"F\(first + 3)\" t=\"inlineStr\"><is><r><t>Ti</t></r><r><t>dak</t></r></is></c>")
            return sheet
        }
        let worksheet = try read(data)
        #expect(worksheet.answer("B.I.a") == .number(3.56))
        #expect(worksheet.answer("A.I.1.i.a") == .option("Ya"))
        // Row 43: A.I.1.ii.a, after A.I.1.i.b (41) and A.I.1.ii (42).
        #expect(worksheet.answer("A.I.1.ii.a") == .option("Tidak"))
        let boolean = try WorkbookPackageEditing.edited(WorkbookTemplate(instrument: instrument).data()) {
            name, text in
            name.hasSuffix("sheet1.xml")
                ? WorkbookPackageEditing.replacingCell(text, "F\(first)", with: "<c r=\"F\(first)\" t=\"b\"><v>1</v></c>")
                : text
        }
        #expect(errors(boolean).first?.hasPrefix("lke.xlsx:LKE!F\(first): error: answer 'TRUE'") == true)
    }

    /// A message about the whole worksheet points at the header's first cell.
    @Test func missingRowIsReportedAtTheHeader() throws {
        let data = try WorkbookPackageEditing.edited(WorkbookTemplate(instrument: try TestWorksheets.zi()).data()) {
            name, text in
            guard name.hasSuffix("sheet1.xml"), let start = text.range(of: "<row r=\"\(Self.firstItemRow)\""),
                let end = text.range(of: "</row>", range: start.upperBound..<text.endIndex)
            else { return text }
            return text.replacingCharacters(in: start.lowerBound..<end.upperBound, with: "")
        }
        #expect(
            errors(data).first
                == "lke.xlsx:LKE!A35: error: the worksheet lacks 1 row(s) of instrument 'zi-2021': 'A.I.1.i.a'")
    }

    /// The item's wording, options and criteria are left unread in a row with a code, but a
    /// row that holds only such text is still refused as a row without a code.
    @Test func rowWithOnlyWordingHasNoCode() throws {
        let row = Self.firstItemRow
        let data = try WorkbookPackageEditing.edited(WorkbookTemplate(instrument: try TestWorksheets.zi()).data()) {
            name, text in
            guard name.hasSuffix("sheet1.xml"), let start = text.range(of: "<row r=\"\(row)\""),
                let end = text.range(of: "</row>", range: start.upperBound..<text.endIndex)
            else { return text }
            let wording = "<row r=\"\(row)\"><c r=\"B\(row)\" t=\"inlineStr\"><is><t>Teks saja</t></is></c></row>"
            return text.replacingCharacters(in: start.lowerBound..<end.upperBound, with: wording)
        }
        #expect(errors(data).contains("lke.xlsx:LKE!A\(row): error: row has no kode"))
        // The template's own rows read as before: the wording is not an answer.
        let filled = Worksheet(instrumentID: "zi-2021", answers: ["A.I.1.i.a": .option("Ya")])
        let worksheet = try read(WorkbookTemplate(instrument: try TestWorksheets.zi(), worksheet: filled).data())
        #expect(worksheet.answer("A.I.1.i.a") == .option("Ya"))
    }

    @Test func refusedWorkbooksSayWhatToDo() throws {
        let legacy = Data(WorkbookPackage.compoundSignature + [UInt8](repeating: 0, count: 504))
        let legacyError = try #require(errors(legacy).first)
        #expect(legacyError.hasPrefix("lke.xlsx: error: the file is an Excel 97-2003 workbook (.xls)"))
        let macro = try WorkbookPackageEditing.edited(
            WorkbookTemplate(instrument: try TestWorksheets.zi()).data(),
            adding: [("xl/vbaProject.bin", "x")])
        #expect(errors(macro).first == "lke.xlsx: error: the workbook contains macros (.xlsm), which are not opened")
        var zip = ZIPWriter()
        zip.add("readme.txt", Array("hi".utf8))
        #expect(errors(Data(zip.finished())).first == "lke.xlsx: error: the file is a ZIP archive but not an Excel workbook")
        let headerless = try WorkbookPackageEditing.edited(WorkbookTemplate(instrument: try TestWorksheets.zi()).data()) {
            name, text in name.hasSuffix("sheet1.xml") ? text.replacingOccurrences(of: ">Kode<", with: ">Nomor<") : text
        }
        #expect(errors(headerless).first == "lke.xlsx: error: no sheet of the workbook has the worksheet header")
    }
}

/// Stored numbers as the reader gives them to the worksheet checks.
@Suite struct StoredNumberTests {
    @Test(arguments: [
        ("0.25", "0.25"), ("3.5600000000000001", "3.56"), ("2026.0", "2026"), ("1E+3", "1000"),
        ("-0.5", "-0.5"), ("12", "12"), ("1e-05", "1e-05"), ("abc", "abc"),
    ])
    func shortestDecimalForm(_ stored: String, _ read: String) {
        #expect(SheetCells.number(stored) == read)
    }

    /// The fuzz entry points refuse garbage without trapping and read what they should.
    @Test func fuzzEntryPoints() throws {
        #expect(WorkbookFuzzing.inflate(Data([0x07])) == -1)
        let folder = try #require(Bundle.module.resourceURL?.appendingPathComponent("Fixtures/inflate"))
        let stream = try Data(contentsOf: folder.appendingPathComponent("run-fixed.deflate"))
        #expect(WorkbookFuzzing.inflate(stream) == 5000)
        #expect(WorkbookFuzzing.readXML(Data("<a><b/></a>".utf8)) == 4)
        #expect(WorkbookFuzzing.readXML(Data("<a><b></a>".utf8)) == -1)
        // One row with one cell: 6 events from the reader (row, c, v and their ends) and the
        // text, plus one cell from the scanner.
        #expect(WorkbookFuzzing.readXML(Data(#"<row r="1"><c r="A1"><v>1</v></c></row>"#.utf8)) == 8)
    }
}
