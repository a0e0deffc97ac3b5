import Foundation
import Testing

@testable import PMPRBKit

@Suite struct CSVErrorDiagnosticTests {
    /// Reads `text` and returns the rendered diagnostic of the error it throws.
    private func rendered(
        _ text: String, requiredColumns: [String] = [], delimiter: CSVDelimiter? = nil,
        withReader: Bool = false
    ) throws -> String {
        let data = Data(text.utf8)
        let reader = CSVReader(delimiter: delimiter, requiredColumns: requiredColumns)
        let error = try #require(throws: CSVError.self) { try reader.read(data) }
        let diagnostic =
            withReader
            ? reader.diagnostic(for: error, in: data, file: "unit.csv")
            : error.diagnostic(file: "unit.csv", source: data)
        return diagnostic.rendered()
    }

    @Test func unterminatedQuotePointsAtTheOpeningQuote() throws {
        let text = try rendered("kode,uraian\nA.1,\"Catatan\nA.2,x\n", requiredColumns: ["kode"])
        #expect(
            text == """
                unit.csv:2:5: error: unterminated quoted field
                A.1,"Catatan
                    ^
                note: a quoted field must end with '"' before the end of the file; \
                the field opened here
                """)
    }

    @Test func caretCountsScalarsAndKeepsTabs() throws {
        let text = try rendered("a\tb\n\u{E9}漢\t\"x\"y\n", delimiter: .tab)
        #expect(
            text == """
                unit.csv:2:7: error: unexpected character 'y' after a closing quote
                \u{E9}漢\t"x"y
                  \t   ^
                note: a closing quote must be followed by the delimiter or the end of the line; \
                inside a quoted field, write a quote as '""'
                """)
    }

    @Test func controlCharacterAfterQuoteIsNamedByCodePoint() throws {
        let text = try rendered("a,b\n\"x\"\u{7}\n", delimiter: .comma)
        #expect(
            text.hasPrefix("unit.csv:2:4: error: unexpected character U+0007 after a closing quote")
        )
    }

    @Test func raggedRowExplainsQuoting() throws {
        let text = try rendered(
            "kode;nilai\nA.1;3,29;4;x\n", requiredColumns: ["kode"], withReader: true)
        #expect(
            text == """
                unit.csv:2:10: error: row has 4 fields; the header has 2
                A.1;3,29;4;x
                         ^
                note: the delimiter is ';'; a value containing ';' must be enclosed in double \
                quotes, as in '"a; b"'
                """)
        let plain = try rendered("kode,nilai\nA.1,3,29\n", requiredColumns: ["kode"])
        #expect(plain.hasPrefix("unit.csv:2:7: error: row has 3 fields; the header has 2\n"))
        #expect(
            plain.hasSuffix(
                """
                note: a value containing the delimiter must be enclosed in double quotes, \
                as in '"3,29"'
                """))
    }

    @Test func missingColumnNamesTheDelimiterWithTheReader() throws {
        let text = try rendered(
            "kode;uraian\nA.1;x\n", requiredColumns: ["kode", "jawaban"], withReader: true)
        #expect(
            text == """
                unit.csv:1: error: missing required column 'jawaban'
                note: the required columns are 'kode', 'jawaban'
                note: the delimiter is ';' (detected); the header reads as 2 columns: \
                'kode', 'uraian'
                note: column names are compared ignoring case and surrounding spaces, \
                with inner spaces read as '_'
                """)
        let given = try rendered(
            "kode;jawaban\n", requiredColumns: ["kode", "jawaban"], delimiter: .comma,
            withReader: true)
        #expect(given.hasPrefix("unit.csv:1: error: missing required columns 'kode', 'jawaban'\n"))
        #expect(
            given.contains("note: the delimiter is ',' (given); the header reads as 1 column: "))
    }

    @Test func missingColumnWithoutTheReaderExplainsNameMatching() throws {
        let text = try rendered("Kode;Uraian\n", requiredColumns: ["kode", "jawaban"])
        #expect(
            text == """
                unit.csv:1: error: missing required column 'jawaban'
                note: column names are compared ignoring case and surrounding spaces, \
                with inner spaces read as '_'
                """)
    }

    @Test func duplicateColumnPointsAtTheSecondName() throws {
        let text = try rendered("kode,Kode\n", delimiter: .comma)
        #expect(
            text == """
                unit.csv:1:6: error: duplicate column 'kode'
                kode,Kode
                     ^
                note: each column may appear once in the header; names are compared ignoring \
                case and surrounding spaces
                """)
    }

    @Test(arguments: [
        (CSVError.empty, "error: the file is empty"),
        (
            .binary(byteOffset: 123),
            "error: the file looks binary (NUL byte at offset 123); a worksheet must be a CSV text file or an .xlsx workbook"
        ),
        (
            .tooLarge(bytes: 12_897_485, limit: 10 * 1024 * 1024),
            "error: the file is 12.3 MB; the limit for a worksheet is 10 MB"
        ),
        (
            .tooLarge(bytes: 1536, limit: 1024),
            "error: the file is 1.5 KB; the limit for a worksheet is 1 KB"
        ),
        (
            .tooLarge(bytes: 10_485_761, limit: 10_485_760),
            "error: the file is 10485761 bytes; the limit for a worksheet is 10485760 bytes"
        ),
        (
            .tooLarge(bytes: 11, limit: 10),
            "error: the file is 11 bytes; the limit for a worksheet is 10 bytes"
        ),
    ])
    func fileLevelErrorsHaveNoPosition(error: CSVError, message: String) {
        let diagnostic = error.diagnostic()
        #expect(diagnostic.description == message)
        #expect(diagnostic.position == nil)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.notes.count == 1)
    }

    @Test func withoutSourceThereIsNoCaret() {
        let error = CSVError.unterminatedQuote(openedAt: SourcePosition(line: 3, column: 2))
        let diagnostic = error.diagnostic(file: "a.csv")
        #expect(diagnostic.sourceLine == nil)
        #expect(
            diagnostic.rendered().hasPrefix("a.csv:3:2: error: unterminated quoted field\nnote: "))
    }

    @Test func sourceLinesComeFromTheDecodedBytes() throws {
        // Windows-1252 bytes: the line must be decoded the same way the reader did.
        let bytes = Array("a,b\nCaf".utf8) + [0xE9, 0x2C, 0x22, 0x78, 0x0A]
        let reader = CSVReader(delimiter: .comma, requiredColumns: [])
        let error = try #require(throws: CSVError.self) { try reader.read(Data(bytes)) }
        #expect(error == .unterminatedQuote(openedAt: SourcePosition(line: 2, column: 6)))
        #expect(error.diagnostic(source: Data(bytes)).sourceLine == "Café,\"x")
    }
}
