import Foundation
import Testing

@testable import PMPRBKit

@Suite struct TextEncodingTests {
    @Test func readsUTF8WithoutByteOrderMark() throws {
        let table = try CSVTestSupport.read("kode,uraian\nA.1,Évaluasi “mandiri” 漢字\n")
        #expect(table.encoding == .utf8)
        #expect(table.rows.first?.field(1)?.value == "Évaluasi “mandiri” 漢字")
        #expect(table.warnings.isEmpty)
    }

    @Test func removesOneUTF8ByteOrderMark() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("kode;nilai\r\nA.1;3,29\r\n".utf8)
        let table = try CSVTestSupport.read(bytes: bytes, requiredColumns: ["kode"])
        #expect(table.encoding == .utf8WithBOM)
        #expect(table.columnNames == ["kode", "nilai"])
        #expect(table.header.fields.first?.value == "kode")
        #expect(table.header.fields.first?.position == SourcePosition(line: 1, column: 1))
        #expect(table.sourceLine(1) == "kode;nilai")
        #expect(table.delimiter == .semicolon)
    }

    @Test(arguments: [false, true])
    func readsUTF16WithByteOrderMark(bigEndian: Bool) throws {
        let text = "kode\turaian\r\nA.1\tCatatan 😀 é\r\nA.2\t\"x\ty\"\r\n"
        let table = try CSVTestSupport.read(
            bytes: CSVTestSupport.utf16(text, bigEndian: bigEndian), requiredColumns: ["kode"])
        #expect(table.encoding == (bigEndian ? .utf16BigEndian : .utf16LittleEndian))
        #expect(table.delimiter == .tab)
        #expect(CSVTestSupport.values(table) == [["A.1", "Catatan 😀 é"], ["A.2", "x\ty"]])
        #expect(table.warnings.isEmpty)
        #expect(table.header.fields.first?.position == SourcePosition(line: 1, column: 1))
    }

    @Test func replacesBrokenUTF16WithAWarning() throws {
        // "a\n" then an unpaired high surrogate, "b", and an odd trailing byte.
        let bytes: [UInt8] = [0xFF, 0xFE, 0x61, 0x00, 0x0A, 0x00, 0x3D, 0xD8, 0x62, 0x00, 0x63]
        let table = try CSVTestSupport.read(bytes: bytes)
        #expect(CSVTestSupport.values(table) == [["\u{FFFD}b\u{FFFD}"]])
        let warning = try #require(table.warnings.first)
        #expect(table.warnings.count == 1)
        #expect(warning.severity == .warning)
        #expect(warning.position == SourcePosition(line: 2, column: 1))
        #expect(warning.message.contains("offset 6"))
    }

    @Test func fallsBackToWindows1252WithAWarning() throws {
        var bytes = Array("kode,uraian\nA.1,Caf".utf8)
        bytes += [0xE9, 0x20, 0x93, 0x6F, 0x6B, 0x94, 0x20, 0x80, 0x0A]
        let table = try CSVTestSupport.read(bytes: bytes, requiredColumns: ["kode"])
        #expect(table.encoding == .windows1252)
        #expect(table.rows.first?.field(1)?.value == "Café “ok” €")
        let warning = try #require(table.warnings.first)
        #expect(table.warnings.count == 1)
        #expect(warning.severity == .warning)
        #expect(
            warning.message
                == "the file is not valid UTF-8 (byte 0xE9 at offset 19); "
                + "it was read as Windows-1252")
        #expect(warning.position == SourcePosition(line: 2, column: 8))
        #expect(warning.sourceLine == "A.1,Café “ok” €")
        #expect(warning.file == nil)
    }

    @Test func invalidUTF8AfterAByteOrderMarkIsReadAsWindows1252() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("kode\n".utf8) + [0x41, 0x92, 0x42]
        let table = try CSVTestSupport.read(bytes: bytes, requiredColumns: ["kode"])
        #expect(table.encoding == .windows1252)
        #expect(table.columnNames == ["kode"])
        #expect(CSVTestSupport.values(table) == [["A’B"]])
        #expect(table.warnings.first?.message.contains("offset 9") == true)
    }

    @Test(
        arguments: [
            (0x80, "€"), (0x81, "\u{81}"), (0x8A, "Š"), (0x8D, "\u{8D}"), (0x91, "‘"), (0x92, "’"),
            (0x93, "“"), (0x94, "”"), (0x96, "–"), (0x97, "—"), (0x99, "™"), (0x9F, "Ÿ"),
            (0x41, "A"), (0xA0, "\u{A0}"), (0xE9, "é"), (0xFF, "ÿ"),
        ] as [(UInt8, Unicode.Scalar)])
    func mapsWindows1252Bytes(byte: UInt8, scalar: Unicode.Scalar) {
        #expect(TextEncoding.windows1252Scalar(byte) == scalar)
    }

    @Test(
        arguments: [
            ([0x61, 0x62], nil),
            ([0x61, 0xC3], 1),
            ([0xC0, 0x80], 0),
            ([0x61, 0xED, 0xA0, 0x80], 1),
            ([0xE2, 0x82, 0xAC, 0xFF], 3),
            ([0xF0, 0x9F, 0x98, 0x80, 0x80], 4),
        ] as [([UInt8], Int?)])
    func findsTheFirstInvalidUTF8Byte(bytes: [UInt8], offset: Int?) {
        #expect(TextEncoding.firstInvalidUTF8Offset(in: bytes[...]) == offset)
    }
}
