import Foundation
import Testing

@testable import PMPRBKit

/// Every file under the size cap is read or refused in bounded time and memory: the shapes
/// beyond ``CSVLimits`` are refused with their position.
@Suite struct CSVLimitTests {
    static let header = "kode,penilaian,bobot,pilihan_jawaban,jawaban,bukti_dukung,catatan\n"
    static let reader = CSVReader(requiredColumns: WorksheetColumns.required)

    static func read(_ text: String) throws(CSVError) -> CSVTable {
        try reader.read(Data(text.utf8))
    }

    @Test func aMillionColumnHeaderIsRefusedAtTheFirstFieldBeyondTheLimit() {
        let text = "kode" + String(repeating: ",", count: 1_000_000) + "\n"
        let error = #expect(throws: CSVError.self) { try Self.read(text) }
        // "kode" is column 1-4; fields 2... start after each comma: field 16,385 starts after
        // the 16,384th comma, at column 4 + 16,384 + 1 = 16,389.
        #expect(
            error
                == .tooManyFields(
                    line: 1, limit: 16_384, at: SourcePosition(line: 1, column: 16_389)))
    }

    @Test func aMillionNamedColumnsAreRefused() {
        let names = (1...1_000_000).map { "c\($0)" }.joined(separator: ",")
        let text = Self.header.dropLast() + "," + names + "\n"
        let error = #expect(throws: CSVError.self) { try Self.read(String(text)) }
        guard case .tooManyFields(line: 1, limit: CSVLimits.fieldsPerRecord, _)? = error else {
            Issue.record("expected too many fields, got \(String(describing: error))")
            return
        }
    }

    @Test func aNineMegabyteCellIsRefusedWhereItStarts() {
        let text = Self.header + "#instrumen,,,,zi-2021,,\n" + String(repeating: "A", count: 9_000_000)
            + ",,,,,,\n"
        let error = #expect(throws: CSVError.self) { try Self.read(text) }
        #expect(
            error
                == .fieldTooLong(
                    characters: 9_000_000, limit: 32_767, at: SourcePosition(line: 3, column: 1)))
    }

    @Test func aQuotedCellIsCountedInCharactersNotBytes() throws {
        // 32,767 "é" are 65,534 bytes but one character each: at the limit, read.
        let atLimit = Self.header + "x,\"" + String(repeating: "é", count: 32_767) + "\",,,,,\n"
        #expect(try Self.read(atLimit).rows[0].field(1)?.value.unicodeScalars.count == 32_767)
        let beyond = Self.header + "x,\"" + String(repeating: "é", count: 32_768) + "\",,,,,\n"
        let error = #expect(throws: CSVError.self) { try Self.read(beyond) }
        #expect(
            error
                == .fieldTooLong(
                    characters: 32_768, limit: 32_767, at: SourcePosition(line: 2, column: 3)))
    }

    @Test func rowsBeyondTheLimitAreRefused() throws {
        // The header and 99,999 rows make 100,000 records: read.
        let rows = String(repeating: "a\n", count: 99_999)
        #expect(try Self.read(Self.header + rows).rows.count == 99_999)
        let error = #expect(throws: CSVError.self) { try Self.read(Self.header + rows + "b\n") }
        #expect(error == .tooManyRecords(line: 100_001, limit: 100_000))
    }

    /// Spreadsheets save the blank rows after the last filled one as `,,,,,,`: a file of them
    /// up to the size limit is read quickly, with the lines after them where they are.
    @Test func blankRowsAreSkippedWithoutBuildingThem() throws {
        let blank = String(repeating: ",,,,,,\r\n", count: 1_200_000)
        let text = Self.header + blank + " ,\t, ,,,\n" + "\n" + "\r\r" + "A.1,x,,,Ya,,\n"
        let clock = ContinuousClock()
        let start = clock.now
        let table = try Self.read(text)
        #expect(clock.now - start < .seconds(30))
        #expect(table.rows.count == 1)
        // The header, 1,200,000 blank lines, one of spaces and a tab, one empty LF line and two
        // empty CR lines: the row is on line 1 + 1,200,000 + 1 + 1 + 2 + 1 = 1,200,006.
        #expect(table.rows.first?.line == 1_200_006)
        #expect(table.rows.first?.field(0)?.position == SourcePosition(line: 1_200_006, column: 1))
    }

    @Test func shortRowsOfAWideTableAreNotPadded() throws {
        // 16,000 named columns and 50,000 rows of one field: padded, 800 million fields.
        let names = (1...15_993).map { "c\($0)" }.joined(separator: ",")
        let text = Self.header.dropLast() + "," + names + "\n"
            + String(repeating: "a\n", count: 50_000)
        let clock = ContinuousClock()
        let start = clock.now
        let table = try Self.read(String(text))
        #expect(clock.now - start < .seconds(30))
        #expect(table.rows.count == 50_000)
        #expect(table.rows[0].field(15_999)?.value == "")
        #expect(table.rows[0].field(16_000) == nil)
        #expect(table.rows[0].fields.count == 16_000)
        #expect(table.rows[0].fields[0].value == "a")
    }

    @Test func limitErrorsHaveShortMessages() throws {
        let text = Self.header + String(repeating: "A", count: 9_000_000) + "\n"
        let data = Data(text.utf8)
        let error = #expect(throws: CSVError.self) { try Self.reader.read(data) }
        let rendered = try #require(error).diagnostic(file: "uji.csv", source: data).rendered()
        #expect(rendered.hasPrefix("uji.csv:2:1: error: the cell has 9000000 characters; "))
        #expect(rendered.utf8.count < 600)
    }
}
