import Foundation
import Testing

@testable import PMPRBKit

@Suite struct CSVReaderTests {
    @Test func readsHeaderAndRowsWithPositions() throws {
        let table = try CSVTestSupport.read("kode,jawaban\nA.1,Ya\nA.2,\"3,29\"\n")
        #expect(table.columnNames == ["kode", "jawaban"])
        #expect(table.header.line == 1)
        #expect(CSVTestSupport.values(table) == [["A.1", "Ya"], ["A.2", "3,29"]])
        #expect(table.rows.map(\.line) == [2, 3])
        let quoted = try #require(table.rows.last?.field(1))
        #expect(quoted.position == SourcePosition(line: 3, column: 5))
        #expect(table.rows.first?.field(2) == nil)
        #expect(table.rows.first?.field(-1) == nil)
        #expect(table.delimiter == .comma)
        #expect(table.encoding == .utf8)
        #expect(table.warnings.isEmpty)
    }

    @Test func columnNamesAreNormalised() throws {
        let table = try CSVTestSupport.read(" Nilai  Akhir ,KODE,Tipe\tJawaban\n1,2,3\n")
        #expect(table.columnNames == ["nilai_akhir", "kode", "tipe_jawaban"])
        #expect(table.header.fields.map(\.value) == [" Nilai  Akhir ", "KODE", "Tipe\tJawaban"])
        #expect(table.columnIndex("Nilai Akhir") == 0)
        #expect(table.columnIndex(" kode") == 1)
        #expect(table.columnIndex("tipe_jawaban") == 2)
        #expect(table.columnIndex("jawaban") == nil)
        #expect(table.columnIndex("") == nil)
    }

    @Test(arguments: [
        ("LF", "a,b\n1,2\n3,4\n"),
        ("CRLF", "a,b\r\n1,2\r\n3,4\r\n"),
        ("CR", "a,b\r1,2\r3,4\r"),
        ("mixed", "a,b\r\n1,2\r3,4\n"),
        ("no final line end", "a,b\n1,2\n3,4"),
    ])
    func acceptsEveryLineEnding(name: String, text: String) throws {
        let table = try CSVTestSupport.read(text)
        #expect(CSVTestSupport.values(table) == [["1", "2"], ["3", "4"]], "\(name)")
        #expect(table.rows.map(\.line) == [2, 3], "\(name)")
        #expect(table.sourceLine(2) == "1,2", "\(name)")
    }

    @Test(arguments: [
        ("\"a,b\",c", ["a,b", "c"]),
        ("\"say \"\"hi\"\"\",x", ["say \"hi\"", "x"]),
        ("\"\",x", ["", "x"]),
        ("\"\"\"\",x", ["\"", "x"]),
        ("5\",x", ["5\"", "x"]),
        ("a \"b\" c,x", ["a \"b\" c", "x"]),
        ("\"a\"  ,x", ["a", "x"]),
        ("x,\"a\"  ", ["x", "a"]),
        (" a , b ", [" a ", " b "]),
        ("\"a;b\",x", ["a;b", "x"]),
        ("x,", ["x", ""]),
    ])
    func readsQuotedAndUnquotedFields(line: String, expected: [String]) throws {
        let table = try CSVTestSupport.read("h1,h2\n" + line + "\n", delimiter: .comma)
        #expect(CSVTestSupport.values(table) == [expected])
    }

    @Test(arguments: ["\n", "\r\n", "\r"])
    func quotedFieldMayContainLineBreak(lineEnd: String) throws {
        let text = "a,b,c\n1,\"two" + lineEnd + "lines\",3\n4,5,6\n"
        let table = try CSVTestSupport.read(text)
        #expect(
            CSVTestSupport.values(table) == [["1", "two\(lineEnd)lines", "3"], ["4", "5", "6"]])
        let first = try #require(table.rows.first)
        #expect(first.line == 2)
        #expect(
            first.fields.map(\.position) == [
                SourcePosition(line: 2, column: 1), SourcePosition(line: 2, column: 3),
                SourcePosition(line: 3, column: 8),
            ])
        #expect(table.rows.last?.line == 4)
        #expect(table.sourceLine(3) == "lines\",3")
    }

    @Test func columnsCountUnicodeScalars() throws {
        let table = try CSVTestSupport.read("a,b,c\n\u{E9}漢字,x,😀y\n")
        let row = try #require(table.rows.first)
        #expect(row.fields.map(\.position.column) == [1, 5, 7])
    }

    @Test func skipsBlankRecords() throws {
        let text = "\n  \n a ,b\n\n,\n\" \", \n1,2\n\t\n"
        let table = try CSVTestSupport.read(text)
        #expect(table.header.line == 3)
        #expect(table.columnNames == ["a", "b"])
        #expect(CSVTestSupport.values(table) == [["1", "2"]])
        #expect(table.rows.first?.line == 7)
    }

    @Test func padsShortRowsAtTheEndOfTheRecord() throws {
        let table = try CSVTestSupport.read("a,b,c\n1\n4,5\r\n")
        #expect(CSVTestSupport.values(table) == [["1", "", ""], ["4", "5", ""]])
        let padded = try #require(table.rows.last?.field(2))
        #expect(padded.position == SourcePosition(line: 3, column: 4))
    }

    @Test func dropsEmptyTrailingFields() throws {
        let table = try CSVTestSupport.read("a;b;;\n1;2;;\n3;4; ;\"\"\n", delimiter: .semicolon)
        #expect(table.columnNames == ["a", "b"])
        #expect(table.header.fields.count == 2)
        #expect(CSVTestSupport.values(table) == [["1", "2"], ["3", "4"]])
    }

    @Test func keepsEmptyColumnNamesInTheMiddle() throws {
        let table = try CSVTestSupport.read("a,,b\n1,2,3\n")
        #expect(table.columnNames == ["a", "", "b"])
        #expect(table.columnIndex("b") == 2)
    }

    @Test func headerWithoutRowsGivesNoRows() throws {
        let table = try CSVTestSupport.read("kode,jawaban\r\n\r\n", requiredColumns: ["kode"])
        #expect(table.rows.isEmpty)
        #expect(table.columnNames == ["kode", "jawaban"])
    }

    @Test(arguments: [
        ("kode;jawaban\n1;3,29\n", ["kode", "jawaban"], CSVDelimiter.semicolon),
        ("kode,jawaban\n1,3.29\n", ["kode", "jawaban"], .comma),
        ("kode\tjawaban\n1\t3,29\n", ["kode", "jawaban"], .tab),
        ("kode;uraian, singkat;jawaban\n", ["kode", "jawaban"], .semicolon),
        ("kode,uraian; singkat,jawaban\n", ["kode", "jawaban"], .comma),
        ("a;b;c\n1,2,3,4,5\n", [], .semicolon),
        ("a,b;c\n", [], .comma),
        ("a;b,c\n", [], .comma),
        ("a,b\n1;2;3;4;5;6\n", [], .comma),
        ("\"kode;x\",jawaban\n", ["kode", "jawaban"], .comma),
        ("\n\nkode;jawaban\n", ["kode", "jawaban"], .semicolon),
        ("x;y;z;w\n", ["kode"], .semicolon),
    ])
    func detectsDelimiterFromHeader(
        text: String, requiredColumns: [String], expected: CSVDelimiter
    ) throws {
        let reader = CSVReader(requiredColumns: requiredColumns)
        let located = try reader.locateHeader(in: Array(text.utf8))
        #expect(located.delimiter == expected)
        #expect(located.wasDetected)
    }

    @Test func detectionPrefersRequiredColumnsOverFieldCount() throws {
        // Split on ',' gives 4 names and no required column; on ';', 2 names with 'kode'.
        // Then the other way round: ';' gives more names, ',' gives both required columns.
        let reader = CSVReader(requiredColumns: ["kode", "jawaban"])
        let located = try reader.locateHeader(in: Array("kode;jawaban,a,b,c\n".utf8))
        #expect(located.delimiter == .semicolon)
        let table = try CSVTestSupport.read(
            "kode,jawaban,a;b;c;d\n1,2\n", requiredColumns: ["kode", "jawaban"])
        #expect(table.delimiter == .comma)
        #expect(table.columnNames == ["kode", "jawaban", "a;b;c;d"])
    }

    @Test func givenDelimiterOverridesDetection() throws {
        let table = try CSVTestSupport.read("a;b\n1;2\n", delimiter: .comma)
        #expect(table.delimiter == .comma)
        #expect(table.columnNames == ["a;b"])
        #expect(CSVTestSupport.values(table) == [["1;2"]])
    }

    @Test func sourceLineGivesPhysicalLines() throws {
        let table = try CSVTestSupport.read("a,b\r\n1,\"x\ny\"\r\n\r\n3,4")
        #expect(table.sourceLine(1) == "a,b")
        #expect(table.sourceLine(2) == "1,\"x")
        #expect(table.sourceLine(3) == "y\"")
        #expect(table.sourceLine(4) == "")
        #expect(table.sourceLine(5) == "3,4")
        #expect(table.sourceLine(6) == nil)
        #expect(table.sourceLine(0) == nil)
    }

    @Test(.timeLimit(.minutes(1)))
    func readsAMegabyteWithoutBlowingUp() throws {
        var text = "kode;uraian;jawaban;catatan\n"
        var rows = 0
        while text.utf8.count < 1_000_000 {
            rows += 1
            text += "A.\(rows);\"Uraian \"\"\(rows)\"\"; dengan; titik koma\";3,29;é漢字 catatan\r\n"
        }
        let table = try CSVTestSupport.read(text, requiredColumns: ["kode", "jawaban"])
        #expect(table.rows.count == rows)
        #expect(table.delimiter == .semicolon)
        #expect(table.rows.last?.field(1)?.value == "Uraian \"\(rows)\"; dengan; titik koma")
    }
}
