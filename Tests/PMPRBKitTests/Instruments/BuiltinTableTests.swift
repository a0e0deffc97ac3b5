import Foundation
import Testing

@testable import PMPRBKit

/// A built-in instrument's text read on its bytes (`CSVTable(builtinText:)`) is the table that
/// `CSVReader` reads from it, field by field with every position, or `nil` (decision 0021).
@Suite struct BuiltinTableTests {
    /// The reader's table of a text, or `nil` when it refuses the text.
    func readerTable(_ text: String) -> CSVTable? {
        try? CSVReader(requiredColumns: Instrument.requiredColumns).read(Data(text.utf8))
    }

    /// Expects two tables to be the same in everything the reader sets.
    func expectSame(_ fast: CSVTable, _ full: CSVTable, _ comment: Comment? = nil) {
        #expect(fast.header == full.header, comment)
        #expect(fast.header.fields.map(\.position) == full.header.fields.map(\.position), comment)
        #expect(fast.columnNames == full.columnNames, comment)
        #expect(fast.rows == full.rows, comment)
        // Row equality compares values; positions, padding and line breaks too.
        #expect(fast.rows.map(\.fields.count) == full.rows.map(\.fields.count), comment)
        #expect(
            fast.rows.flatMap { $0.fields.map(\.position) }
                == full.rows.flatMap { $0.fields.map(\.position) }, comment)
        #expect(fast.rows.map(\.mayHoldLineBreak) == full.rows.map(\.mayHoldLineBreak), comment)
        #expect(fast.delimiter == full.delimiter, comment)
        #expect(fast.encoding == full.encoding, comment)
        #expect(fast.warnings.isEmpty && full.warnings.isEmpty, comment)
        #expect(fast.source.bytes == full.source.bytes, comment)
        #expect(fast.source.lineStarts == full.source.lineStarts, comment)
    }

    @Test(arguments: BuiltinInstruments.ids)
    func everyBuiltInReadsOnItsBytesAsTheReaderReadsIt(id: String) throws {
        let text = try #require(BuiltinInstruments.csv(id))
        let fast = try #require(CSVTable(builtinText: text))
        let full = try #require(readerTable(text))
        expectSame(fast, full, "\(id)")
        // And the instrument built from it is the one the full reading of the file gives.
        let instrument = try Instrument(csv: Data(text.utf8), file: "<builtin:\(id)>")
        #expect(try Instrument(builtin: fast, file: "<builtin:\(id)>") == instrument)
        #expect(BuiltinInstruments.instrument(id) == instrument)
    }

    static let header = "kode,jenis,uraian,bobot"

    /// Texts of the plain shape, read the same both ways.
    static let plain: [String] = [
        header + "\nA,komponen,Satu,60\n",
        header + "\nA,komponen,Satu,60",  // no final line end
        header + "\n\n  \n,,,\nA,komponen,Satu,60\n\n",  // blank lines and records
        "\n\n" + header + "\nA,komponen,Satu,60\n",  // blank lines before the header
        header + ",,\nA,komponen,Satu,60,,\nB,komponen,Dua\n",  // trailing empties, short row
        header + "\nA,komponen,\"Satu, \"\"dua\"\"\",60\n",  // quotes, doubled quotes
        header + "\nA,komponen,\"Satu\nDua\nTiga\",60\nB,komponen,Dua,40\n",  // line breaks
        header + "\nA,komponen,\"Satu\"  ,60\n",  // spaces after the closing quote
        header + "\nA,komponen,Pengungkit – é ü 漢字,60\nB,,\"é\n漢\",1\n",  // not ASCII
        header + "\nA,komponen,5\" layar,60\n",  // a quote inside an unquoted field
        header + "\nA,komponen,\"\",60\n\"\",,,\n",  // empty quoted fields
        header + "\nA,komponen,Satu\t,60\n\t,\t\n",  // tabs after the header
        " Kode , JENIS,Uraian,Tipe  Jawaban\nA,komponen,Satu,x\n",  // names to normalise
        header + "\n\u{00A0},,,\nA,komponen,Satu,60\n",  // a no-break space alone
    ]

    @Test(arguments: plain)
    func plainTextsReadAsTheReaderReadsThem(text: String) throws {
        let fast = try #require(CSVTable(builtinText: text))
        let full = try #require(readerTable(text))
        expectSame(fast, full)
    }

    /// Texts outside the shape: left to the reader, whether or not it reads them.
    static let refused: [String] = [
        "\u{FEFF}" + header + "\nA,komponen,Satu,60\n",  // byte-order mark
        header + "\r\nA,komponen,Satu,60\r\n",  // CR LF
        "kode;jenis;uraian\nA;komponen;Satu\n",  // semicolons
        "kode,jenis,uraian;x\nA,komponen,Satu\n",  // a semicolon in the header
        "kode\tjenis\turaian\nA\tkomponen\tSatu\n",  // tabs in the header
        "kode,jenis\nA,komponen\n",  // a missing column
        "kode,jenis,uraian,Kode\nA,komponen,Satu,B\n",  // a repeated column
        header + "\nA,komponen,Satu,60,x\n",  // a row wider than the header
        header + "\nA,komponen,\"Satu,60\n",  // an unterminated quote
        header + "\nA,komponen,\"Satu\"x,60\n",  // a character after the closing quote
        header + "\nA,komponen,Satu\u{0},60\n",  // a NUL
        "",  // nothing
        "\n\n,,\n",  // blank records only
    ]

    @Test(arguments: refused)
    func otherTextsAreLeftToTheReader(text: String) {
        #expect(CSVTable(builtinText: text) == nil)
    }

    /// 300 random edits of a built-in's text (a fixed seed): whenever the bytes are read, the
    /// reader reads them the same.
    @Test func randomEditsReadAsTheReaderReadsThemOrAreLeftToIt() throws {
        let text = try #require(BuiltinInstruments.csv("zi-2021"))
        let pieces = [",", "\"", "\n", "\"\"", ";", "\t", " ", "é", "\r", "x", ",,,,,,,,,,,,,,,,,,,"]
        var generator = SplitMix64(seed: 14)
        var read = 0
        for round in 0..<300 {
            var bytes = Array(text.utf8)
            for _ in 0..<(1 + round % 3) {
                let at = Int.random(in: 0...bytes.count, using: &generator)
                if Bool.random(using: &generator), at < bytes.count, bytes[at] < 0x80 {
                    bytes.remove(at: at)
                } else {
                    bytes.insert(
                        contentsOf: Array(pieces.randomElement(using: &generator)!.utf8), at: at)
                }
            }
            let edited = String(decoding: bytes, as: UTF8.self)
            guard let fast = CSVTable(builtinText: edited) else { continue }
            let full = try #require(readerTable(edited), "round \(round)")
            expectSame(fast, full, "round \(round)")
            read += 1
        }
        // Most edits keep the plain shape.
        #expect(read > 100)
    }
}
