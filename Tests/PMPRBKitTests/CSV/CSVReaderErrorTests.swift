import Foundation
import Testing

@testable import PMPRBKit

@Suite struct CSVReaderErrorTests {
    @Test(
        arguments: [
            [],
            Array("   ".utf8),
            Array("\n\n".utf8),
            Array("\r\n \t \r\n".utf8),
            Array(",,\n,\n".utf8),
            Array("\"\",\" \"\n".utf8),
            [0xEF, 0xBB, 0xBF],
            [0xEF, 0xBB, 0xBF, 0x0A],
            [0xFF, 0xFE],
            [0xFF, 0xFE, 0x0A, 0x00],
        ] as [[UInt8]])
    func emptyFileIsRefused(bytes: [UInt8]) {
        let error = #expect(throws: CSVError.self) {
            try CSVTestSupport.read(bytes: bytes, requiredColumns: ["kode"])
        }
        #expect(error == .empty)
    }

    @Test func largeFileIsRefusedBeforeDecoding() {
        let bytes: [UInt8] = Array("kode\n".utf8) + [0, 0, 0, 0, 0, 0]
        let error = #expect(throws: CSVError.self) {
            try CSVReader(requiredColumns: [], byteLimit: 10).read(Data(bytes))
        }
        #expect(error == .tooLarge(bytes: 11, limit: 10))
    }

    @Test func fileAtTheLimitIsRead() throws {
        let table = try CSVReader(requiredColumns: [], byteLimit: 6).read(Data("kode\n1".utf8))
        #expect(table.rows.count == 1)
        #expect(CSVReader.defaultByteLimit == 10_485_760)
    }

    @Test(arguments: [
        (Array("kode\n1\u{0}2\n".utf8), 6),
        ([0xEF, 0xBB, 0xBF] + Array("ab\u{0}".utf8), 5),
        ([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00], 5),
        ([0x00, 0x61], 0),
        ([0xFF, 0xFE, 0x61, 0x00, 0x00, 0x00], 4),
        ([0xFE, 0xFF, 0x00, 0x61, 0x00, 0x00], 4),
    ])
    func nulByteMeansBinary(bytes: [UInt8], offset: Int) {
        let error = #expect(throws: CSVError.self) {
            try CSVTestSupport.read(bytes: bytes)
        }
        #expect(error == .binary(byteOffset: offset))
    }

    @Test(arguments: [
        ("a,b\n1,\"abc\n", SourcePosition(line: 2, column: 3)),
        ("a,b\n1,\"abc\"\"\n2,3\n", SourcePosition(line: 2, column: 3)),
        ("\"a,b\n", SourcePosition(line: 1, column: 1)),
        ("a,b\r\n\u{E9}漢,\"x\r\n", SourcePosition(line: 2, column: 4)),
        ("a,b\n1,\"x\ny\",\"z", SourcePosition(line: 3, column: 4)),
    ])
    func unterminatedQuoteIsReportedWhereItOpened(text: String, opening: SourcePosition) {
        let error = #expect(throws: CSVError.self) {
            try CSVTestSupport.read(text, delimiter: .comma)
        }
        #expect(error == .unterminatedQuote(openedAt: opening))
    }

    @Test func unterminatedQuoteInHeaderFailsDetection() {
        let error = #expect(throws: CSVError.self) {
            try CSVTestSupport.read("kode,\"jawaban\n1,2\n", requiredColumns: ["kode"])
        }
        #expect(error == .unterminatedQuote(openedAt: SourcePosition(line: 1, column: 6)))
    }

    @Test(arguments: [
        ("a,b\n\"x\"y,2\n", "y" as Unicode.Scalar, SourcePosition(line: 2, column: 4)),
        ("a,b\n\u{E9}漢,\"x\"y\n", "y", SourcePosition(line: 2, column: 7)),
        ("a,b\n1,\"x\"  \"y\"\n", "\"", SourcePosition(line: 2, column: 8)),
        ("a,b\n1,\"x\"\t\n", "\t", SourcePosition(line: 2, column: 6)),
    ])
    func characterAfterClosingQuoteIsRefused(
        text: String, scalar: Unicode.Scalar, position: SourcePosition
    ) {
        let error = #expect(throws: CSVError.self) {
            try CSVTestSupport.read(text, delimiter: .comma)
        }
        #expect(error == .unexpectedCharacterAfterQuote(scalar, at: position))
    }

    /// A quote that runs over lines to one followed by text: the opening quote is reported.
    @Test func quoteClosedOnALaterLineIsReportedWhereItOpened() {
        let error = #expect(throws: CSVError.self) {
            try CSVTestSupport.read("a,b\n1,\"x\ny\"z\n", delimiter: .comma)
        }
        #expect(
            error
                == .unclosedQuote(
                    openedAt: SourcePosition(line: 2, column: 3), "z",
                    at: SourcePosition(line: 3, column: 3)))
    }

    @Test(arguments: [
        ("a,b,c\n1,2,3,4\n", 2, 4, SourcePosition(line: 2, column: 7)),
        ("a,b,c\n1,2,3,,5,\n", 2, 5, SourcePosition(line: 2, column: 8)),
        ("a,b,c\n1,2,3\n1,2,3.5,4,5,6,7,8,9\n", 3, 9, SourcePosition(line: 3, column: 9)),
        ("a,b,c\n\u{E9},漢字,3,x\n", 2, 4, SourcePosition(line: 2, column: 8)),
        ("a,b\n\"1\n2\",3,\"4\n5\"\n", 2, 3, SourcePosition(line: 3, column: 6)),
        ("a,b,,\n1,2,3\n", 2, 3, SourcePosition(line: 2, column: 5)),
    ])
    func fieldsBeyondTheHeaderAreRefused(
        text: String, line: Int, found: Int, position: SourcePosition
    ) throws {
        let error = #expect(throws: CSVError.self) {
            try CSVTestSupport.read(text, delimiter: .comma)
        }
        let expected = text.hasPrefix("a,b,c") ? 3 : 2
        #expect(error == .raggedRow(line: line, expected: expected, found: found, at: position))
    }

    @Test func missingColumnsAreListedInRequiredOrder() {
        let error = #expect(throws: CSVError.self) {
            try CSVTestSupport.read(
                "\n\nKode;Uraian\n1;2\n", requiredColumns: ["nilai", "kode", "Jawaban Akhir"])
        }
        #expect(error == .missingColumns(["nilai", "jawaban_akhir"], headerLine: 3))
    }

    @Test func wrongGivenDelimiterLeavesColumnsMissing() {
        let error = #expect(throws: CSVError.self) {
            try CSVTestSupport.read(
                "kode;jawaban\n", requiredColumns: ["kode", "jawaban"], delimiter: .comma)
        }
        #expect(error == .missingColumns(["kode", "jawaban"], headerLine: 1))
    }

    @Test func onlyOneByteOrderMarkIsRemoved() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF] + Array("kode\n1\n".utf8)
        let error = #expect(throws: CSVError.self) {
            try CSVTestSupport.read(bytes: bytes, requiredColumns: ["kode"])
        }
        #expect(error == .missingColumns(["kode"], headerLine: 1))
    }

    @Test(arguments: [
        ("kode,jawaban,Kode \n", "kode", SourcePosition(line: 1, column: 14)),
        ("\u{E9},nilai akhir,x,Nilai  Akhir\n", "nilai_akhir", SourcePosition(line: 1, column: 17)),
        ("a,\"b\nc\",\"B\nC\"\n", "b_c", SourcePosition(line: 2, column: 4)),
    ])
    func duplicateColumnIsReportedAtItsSecondAppearance(
        text: String, name: String, position: SourcePosition
    ) {
        let error = #expect(throws: CSVError.self) {
            try CSVTestSupport.read(text, delimiter: .comma)
        }
        #expect(error == .duplicateColumn(name, at: position))
    }
}
