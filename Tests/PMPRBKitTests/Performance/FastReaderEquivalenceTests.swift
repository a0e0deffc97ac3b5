import Foundation
import Testing

@testable import PMPRBKit

/// The byte-level reader of `compare` (``WorksheetFastReader``) gives what the plain reader
/// gives, or gives up: on odd and hostile files (byte-order marks, line ends, quotes,
/// semicolons, Windows-1252, blank answers, decimal commas) and on random edits of a worksheet,
/// ``UnitSummary/reading(csv:file:instrument:delimiter:options:)`` returns exactly what the
/// plain reader returns, summary, warnings and refusal alike (decision 0021).
@Suite struct FastReaderEquivalenceTests {
    static let instrument = BuiltinInstruments.instrument("zi-2021")!
    static let generator = WorksheetGenerator(instrument: instrument, seed: 7, emptyShare: 0.1)

    /// Checks that both ways agree, and returns whether the fast reader took the file.
    @discardableResult
    static func expectSame(
        _ data: Data, delimiter: CSVDelimiter? = nil, sourceLocation: SourceLocation = #_sourceLocation
    ) -> Bool {
        FastPathCheck.expectSame(
            data, file: "w.csv", instrument: instrument, delimiter: delimiter,
            sourceLocation: sourceLocation)
    }

    /// The rows of a generated worksheet as fields.
    static func rows(_ index: Int) throws -> [[String]] {
        let table = try CSVReader(requiredColumns: []).read(Data(generator.csv(index).utf8))
        return [table.header.fields.map(\.value)] + table.rows.map { $0.fields.map(\.value) }
    }

    /// Rows written as CSV with a delimiter and line end; fields quoted when they must be, or
    /// always.
    static func text(
        _ rows: [[String]], delimiter: String = ",", lineEnd: String = "\n", quoteAll: Bool = false
    ) -> String {
        rows.map { row in
            row.map { field in
                let needs = field.contains(delimiter) || field.contains("\"")
                    || field.contains("\n") || field.contains("\r") || field.hasPrefix(" ")
                return needs || quoteAll
                    ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
            }.joined(separator: delimiter)
        }.joined(separator: lineEnd) + lineEnd
    }

    /// Changes the `jawaban` (or another column's) cell of the row with a code.
    static func setting(
        _ rows: [[String]], _ code: String, _ value: String, column: String = "jawaban"
    ) -> [[String]] {
        let index = rows[0].firstIndex(of: column)!
        return rows.map { row in
            guard row.first == code else { return row }
            var row = row
            row[index] = value
            return row
        }
    }

    @Test func plainGeneratedWorksheetsAreReadFastAndAlike() throws {
        for index in 1...20 {
            #expect(Self.expectSame(Data(Self.generator.csv(index).utf8)))
        }
    }

    @Test func byteOrderMarksLineEndsAndQuotes() throws {
        let rows = try Self.rows(3)
        let plain = Self.text(rows)
        // Each of these is read fast, and alike.
        for variant in [
            Data([0xEF, 0xBB, 0xBF]) + Data(plain.utf8),
            Data(Self.text(rows, lineEnd: "\r\n").utf8),
            Data(Self.text(rows, lineEnd: "\r").utf8),
            Data((Self.text([rows[0]]) + Self.text(Array(rows.dropFirst()), quoteAll: true)).utf8),
            Data(Self.text(rows, delimiter: ";", lineEnd: "\r\n").utf8),
            Data(Self.text(rows, delimiter: "\t").utf8),
            Data(String(plain.dropLast()).utf8),  // no line end after the last row
            Data(Self.text(Self.setting(rows, "#unit", "Dinas \"Kominfo\", Bagian Umum")).utf8),
            Data(Self.text(Self.setting(rows, "#unit", "Dinas Pariwisata — Bálì")).utf8),
            Data((plain + ",,,,,,\n   ,  ,\n\n\"\",,\n").utf8),  // blank records at the end
        ] {
            #expect(Self.expectSame(variant))
        }
        // A quoted header is left to the plain reader.
        #expect(!Self.expectSame(Data(Self.text(rows, quoteAll: true).utf8)))
        // A given delimiter instead of a detected one.
        #expect(Self.expectSame(Data(Self.text(rows, delimiter: ";").utf8), delimiter: .semicolon))
        // Given wrongly: the plain reader says why.
        Self.expectSame(Data(Self.text(rows, delimiter: ";").utf8), delimiter: .comma)
        // UTF-16 is left to the plain reader.
        var utf16 = Data([0xFF, 0xFE])
        for unit in plain.utf16 { utf16.append(contentsOf: [UInt8(unit & 0xFF), UInt8(unit >> 8)]) }
        #expect(!Self.expectSame(utf16))
        // A quoted line break inside a cell, and a quote left open.
        let broken = Self.setting(rows, "A.I.1.i.a", "catatan\nbaris dua", column: "catatan")
        #expect(!Self.expectSame(Data(Self.text(broken).utf8)))
        #expect(!Self.expectSame(Data(plain.replacingOccurrences(of: ",Ya,", with: ",\"Ya,").utf8)))
        #expect(!Self.expectSame(Data(plain.replacingOccurrences(of: ",Ya,", with: ",\"Ya\"x,").utf8)))
    }

    @Test func windows1252AndOtherEncodingsGoThePlainWay() throws {
        let rows = Self.setting(try Self.rows(4), "#unit", "Dinas Perhubungan – Bagian é")
        var data = Data(Self.text(rows).utf8)
        // The same text in Windows-1252: an en dash is 0x96, é is 0xE9.
        data = Data(
            String(decoding: data, as: UTF8.self).unicodeScalars.map { scalar -> UInt8 in
                switch scalar {
                case "–": 0x96
                case "é": 0xE9
                default: UInt8(scalar.value)
                }
            })
        #expect(!Self.expectSame(data))
        #expect(!Self.expectSame(Data("kode,jawaban\n#unit,a\u{0}b\n".utf8)))
    }

    @Test func answersAsPeopleTypeThem() throws {
        let rows = try Self.rows(5)
        let survey = "B.I.a"
        for (code, value) in [
            (survey, "3,60"), (survey, "3.6"), (survey, " 4 "), ("A.I.1.i.a", "ya"),
            ("A.I.1.i.b", "b."), ("A.I.1.i.b", "B)"), ("A.I.1.i.b", ""), ("A.I.1.i.a", "Y"),
            ("A.I.1.i.a", "\u{00A0}Ya\u{00A0}"), ("#tahun", " 2025"), ("#tahun", ""),
            ("#instrumen", " zi-2021 "),
        ] {
            #expect(Self.expectSame(Data(Self.text(Self.setting(rows, code, value)).utf8)))
        }
        for value in ["WBK 2025", "WBK:2025", "WBBM"] {
            Self.expectSame(Data(Self.text(Self.setting(rows, "#predikat", value)).utf8))
        }
        // Weights as written: a decimal comma, quoted.
        #expect(
            Self.expectSame(
                Data(Self.text(Self.setting(rows, "A.I.1.i", "0,50", column: "bobot")).utf8)))
        // Each of these calls for a diagnostic, so the plain reader reads the file.
        for (code, value, column) in [
            (survey, "5", "jawaban"), (survey, "tiga", "jawaban"), ("A.I.1.i.a", "TB", "jawaban"),
            ("A.I.1.i.a", "Z", "jawaban"), ("A", "Ya", "jawaban"), ("A.I.1.i", "0,6", "bobot"),
            ("A.I.1.i", "50%", "bobot"), ("#tahun", "1999", "jawaban"),
            ("#tahun", "dua ribu", "jawaban"), ("#instrumen", "rb-2014", "jawaban"),
            ("#instrumen", "", "jawaban"), ("#predikat", "emas", "jawaban"),
            ("A.I.1.i.a", "X.9", "kode"), ("#predikat", "#catatan", "kode"), ("A.I.1.i.b", "", "kode"),
        ] {
            #expect(
                !Self.expectSame(
                    Data(Self.text(Self.setting(rows, code, value, column: column)).utf8)),
                "\(code) \(column) \(value)")
        }
        // A decimal comma unquoted in a comma-separated file splits the cell.
        let plain = Self.text(Self.setting(rows, survey, "3.60"))
        #expect(!Self.expectSame(Data(plain.replacingOccurrences(of: ",3.60,", with: ",3,60,").utf8)))
    }

    @Test func rowsOutOfOrderRepeatedOrMissing() throws {
        let rows = try Self.rows(6)
        var shuffled = rows
        shuffled[5...].reverse()
        #expect(Self.expectSame(Data(Self.text(shuffled).utf8)))
        #expect(!Self.expectSame(Data(Self.text(rows + [rows[12]]).utf8)))
        #expect(!Self.expectSame(Data(Self.text(rows.filter { $0.first != "A.I.1.i.a" }).utf8)))
        #expect(!Self.expectSame(Data(Self.text(rows.filter { $0.first != "#instrumen" }).utf8)))
        #expect(!Self.expectSame(Data(Self.text(rows + [rows[1]]).utf8)))  // #instrumen twice
        // A metadata key again in other capitals, and records shorter than the header.
        let unit = try #require(rows.first { $0.first == "#unit" })
        #expect(!Self.expectSame(Data(Self.text(rows + [["#UNIT"] + unit.dropFirst()]).utf8)))
        let jawaban = try #require(rows[0].firstIndex(of: "jawaban"))
        #expect(jawaban + 1 < rows[0].count)
        #expect(Self.expectSame(Data(Self.text([rows[0]] + rows.dropFirst().map { Array($0.prefix(jawaban + 1)) }).utf8)))
        // A header that is not on the first line, and a header with extra or odd columns.
        #expect(!Self.expectSame(Data(("\n" + Self.text(rows)).utf8)))
        let odd = rows.map { $0 + ["x"] }
        var header = odd
        header[0] = ["Kode ", "PENILAIAN", "Bobot ", "pilihan jawaban", "Jawaban", "bukti_dukung", "catatan", "lain"]
        #expect(Self.expectSame(Data(Self.text(header).utf8)))
        #expect(!Self.expectSame(Data(Self.text([rows[0]] + rows.dropFirst().map { $0 + ["", "x"] }).utf8)))
    }

    /// Option answers and weights are matched and read on their bytes when they can be;
    /// whatever they spell, both readers read the same.
    @Test func optionsAndWeightsOnBytes() throws {
        let rows = try Self.rows(9)
        let item = "A.I.1.i.a"
        for value in [
            "Ya", "Tidak", "YA", "ya", "Ya.", "Ya)", " Ya ", "\tTidak", "TB", "tb", "N/A", "n/a",
            "Tidak Berlaku", "tidak berlaku", "TIDA\u{212A} BERLA\u{212A}U", "Y", "Yá", "Ya\u{301}",
            "\"Ya\"\"\"",
        ] {
            Self.expectSame(Data(Self.text(Self.setting(rows, item, value)).utf8))
        }
        // Weights of A.I.1.i (0.5): as written, with spaces, a sign, too many digits, wrong.
        for value in [
            "0.5", "0,50", " 0.50 ", "+0.5", ".5", "0.5000000000000000001", "5e-1", "50%", "0.6",
            "0,5\u{A0}", "-0.5", "0.50.",
        ] {
            Self.expectSame(
                Data(Self.text(Self.setting(rows, "A.I.1.i", value, column: "bobot")).utf8))
        }
        // Survey scores (0 to 4) and counts: read on the bytes when they read without a
        // problem, else by the plain reader, which says why.
        for (code, value) in [
            ("B.I.a", "3,60"), ("B.I.a", "4"), ("B.I.a", "4.01"), ("B.I.a", "-0"), ("B.I.a", "3,6%"),
            ("B.I.a", "+2.5"), ("B.I.a", "\u{663}"), ("B.I.a", "TB"), ("A.II.1.i.a.2", "37"),
            ("A.II.1.i.a.2", "1.000"), ("A.II.1.i.a.2", "2,5"), ("A.II.1.i.a.2", "-3"),
            ("A.II.1.i.a.2", "12345678901234567890"), ("A.II.1.i.a.2", "0038"),
            ("A.II.1.i.a.2", "1.000,0"), ("A.II.1.i.a.2", "n/a"),
        ] {
            Self.expectSame(Data(Self.text(Self.setting(rows, code, value)).utf8))
        }
        // By hand: an exact label and a weight with a decimal comma are read fast.
        #expect(Self.expectSame(Data(Self.text(Self.setting(rows, item, "Tidak")).utf8)))
        #expect(
            Self.expectSame(
                Data(Self.text(Self.setting(rows, "A.I.1.i", "0,500", column: "bobot")).utf8)))
    }

    /// Random edits of a worksheet: characters the grammar gives meaning to, inserted, deleted
    /// or replaced anywhere. Whatever the fast reader accepts, the plain reader reads the same.
    @Test func randomEditsReadAlike() throws {
        let base = Array(Self.generator.csv(8).utf8)
        let alphabet = Array("\",;\t\r\n #a0.\u{00A0}é".utf8)
        var random = SplitMix64(seed: 2026)
        var fastCount = 0
        for _ in 0..<300 {
            var bytes = base
            for _ in 0..<Int.random(in: 1...3, using: &random) {
                let at = Int.random(in: 0..<bytes.count, using: &random)
                switch Int.random(in: 0..<3, using: &random) {
                case 0: bytes.insert(alphabet.randomElement(using: &random)!, at: at)
                case 1: bytes.remove(at: at)
                default: bytes[at] = alphabet.randomElement(using: &random)!
                }
            }
            if Self.expectSame(Data(bytes)) { fastCount += 1 }
        }
        // Many edits land in text no check reads: the fast reader takes those.
        #expect(fastCount > 30)
    }
}
