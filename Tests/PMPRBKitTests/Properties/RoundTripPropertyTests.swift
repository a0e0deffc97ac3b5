import Foundation
import Testing

@testable import PMPRBKit

/// Writing a worksheet again, in any dialect or encoding the reader supports, gives the same
/// score card: the reader and `CSVWriter` agree on quoting, delimiters, line endings and
/// byte-order marks (`docs/worksheet-format.md`).
@Suite struct RoundTripPropertyTests {
    /// The delimiters and line endings the worksheet is written again with; each seed takes
    /// one, so that each is tried with 50 of the 200 seeds.
    static let dialects: [(CSVDelimiter, String)] = [
        (.comma, "\n"), (.comma, "\r\n"), (.semicolon, "\n"), (.semicolon, "\r\n"),
    ]

    /// The table `data` is read as, and the score card of the worksheet it holds.
    static func readBack(_ data: Data, _ instrument: Instrument) throws
        -> (table: CSVTable, card: ScoreCard)
    {
        let table = try Worksheet.table(csv: data, file: nil)
        return (table, instrument.score(try RandomWorksheet.worksheet(table, instrument)))
    }

    @Test(arguments: PropertySeeds.standard)
    func writingAgainInEveryDialectKeepsTheCard(seed: UInt64) throws {
        let (instrument, sample, card) = try RandomWorksheet.scored(seed: seed)
        let table = try CSVReader(requiredColumns: WorksheetColumns.required)
            .read(Data(try sample.csv().utf8))
        let rows = [table.header.fields.map(\.value)] + table.rows.map { $0.fields.map(\.value) }
        let (delimiter, lineEnding) = Self.dialects[Int(seed % 4)]
        let text = RandomWorksheet.text(rows, delimiter: delimiter, lineEnding: lineEnding)
        let (again, other) = try Self.readBack(Data(text.utf8), instrument)
        #expect(again.delimiter == delimiter, "seed \(seed)")
        #expect(other == card, "seed \(seed): \(delimiter) \(lineEnding.debugDescription)")
    }

    /// The byte-order-marked encodings: UTF-8 with commas, UTF-16 in both byte orders with
    /// tabs (Excel's "Unicode text"); each seed takes one.
    @Test(arguments: PropertySeeds.standard)
    func readingThroughEveryEncodingKeepsTheCard(seed: UInt64) throws {
        let (instrument, sample, card) = try RandomWorksheet.scored(seed: seed)
        let comma = try sample.csv(delimiter: .comma, lineEnding: "\r\n")
        let tab = try sample.csv(delimiter: .tab, lineEnding: "\r\n")
        let encodings: [(TextEncoding, Data)] = [
            (.utf8WithBOM, Data([0xEF, 0xBB, 0xBF]) + Data(comma.utf8)),
            (.utf16LittleEndian, RandomWorksheet.utf16(tab, bigEndian: false)),
            (.utf16BigEndian, RandomWorksheet.utf16(tab, bigEndian: true)),
        ]
        let (encoding, data) = encodings[Int(seed % 3)]
        let (table, other) = try Self.readBack(data, instrument)
        #expect(table.encoding == encoding, "seed \(seed)")
        #expect(other == card, "seed \(seed): \(encoding)")
    }

    /// Windows-1252, for the units it can spell: the same scores and unit, plus the reader's
    /// warning when the bytes are not valid UTF-8.
    @Test(arguments: PropertySeeds.standard)
    func readingWindows1252KeepsTheScores(seed: UInt64) throws {
        let instrument = try RandomWorksheet.instrument()
        let sample = RandomWorksheet(seed: seed, instrument: instrument)
        let text = try sample.csv(delimiter: .semicolon, lineEnding: "\r\n")
        guard let data = text.data(using: .windowsCP1252) else { return }
        let card = try sample.score(instrument)
        let (table, read) = try Self.readBack(data, instrument)
        var other = read
        let isASCII = text.utf8.allSatisfy { $0 < 0x80 }
        #expect(table.encoding == (isASCII ? .utf8 : .windows1252), "seed \(seed)")
        #expect(other.warnings.count == (isASCII ? 0 : 1), "seed \(seed)")
        other.warnings = card.warnings
        #expect(other == card, "seed \(seed)")
    }
}
