import Foundation
import Testing

@testable import PMPRBKit

/// Worksheets a careless or hostile user might give: each is refused in bounded time, with a
/// message that quotes little, names what cannot be seen, and points where the fix is.
@Suite struct HostileWorksheetTests {
    static let header = "kode,penilaian,bobot,pilihan_jawaban,jawaban,bukti_dukung,catatan\n"

    static func filled() throws -> String {
        let instrument = try TestWorksheets.zi()
        return try TestWorksheets.csv(instrument, answers: TestWorksheets.bestAnswers(instrument))
    }

    static func seconds(_ work: () -> Void) -> Double {
        let clock = ContinuousClock()
        let start = clock.now
        work()
        let elapsed = clock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    @Test func aThousandTenKilobyteCodesAreRefusedQuicklyAndQuotedShort() throws {
        let instrument = try TestWorksheets.zi()
        let code = String(repeating: "y", count: 10_000)
        let text = Self.header + (0..<1_000).map { "X\($0)\(code),,,,,,\n" }.joined()
        var errors: [Diagnostic] = []
        // Before the bounded search: 1,000 codes × 250 candidates × 10,000 × 12 cells.
        let elapsed = Self.seconds { errors = TestWorksheets.errors(text, instrument: instrument) }
        #expect(elapsed < 20)
        let first = try #require(errors.first { $0.message.hasPrefix("unknown kode") })
        // 'X0' and 198 'y' are shown of the 10,002 characters, the count inside the quotes.
        #expect(
            first.message
                == "unknown kode 'X0" + String(repeating: "y", count: 198)
                + "… (10002 characters)'")
        #expect(first.rendered().utf8.count < 1_000)
    }

    @Test func errorsStopAtTheLimit() throws {
        let instrument = try TestWorksheets.zi()
        let words = ["lorem", "ipsum", "dolor", "sit", "amet", "consectetur"]
        let text = Self.header + (0..<99_000).map {
            "\(words[$0 % 6]) \(words[($0 / 6) % 6]) \(words[($0 / 36) % 6]) \($0),,,,,,\n"
        }.joined()
        var errors: [Diagnostic] = []
        let elapsed = Self.seconds { errors = TestWorksheets.errors(text, instrument: instrument) }
        #expect(elapsed < 30)
        // 1,000 unknown codes, then the note that reading stopped.
        #expect(errors.count == 1_001)
        #expect(errors.contains { $0.message == "too many problems; reading stopped after 1000" })
    }

    @Test func warningsStopAtTheLimitToo() throws {
        let instrument = try TestWorksheets.zi()
        // 50,000 metadata rows of unknown keys: one warning each.
        let text = try Self.filled() + (0..<50_000).map { "#x\($0),,,,1,,\n" }.joined()
        var errors: [Diagnostic] = []
        let elapsed = Self.seconds { errors = TestWorksheets.errors(text, instrument: instrument) }
        #expect(elapsed < 30)
        #expect(errors.count == 1_001)
        #expect(errors.filter { $0.severity == .warning }.count == 1_000)
    }

    @Test(arguments: ["#unit", "#tahun", "#instrumen", "#catatan"])
    func aDuplicateMetadataRowIsRefusedWithBothPositions(key: String) throws {
        let instrument = try TestWorksheets.zi()
        let value = key == "#tahun" ? "2025" : key == "#instrumen" ? "zi-2021" : "Lain"
        // The template writes #instrumen, #unit and #tahun on lines 2 to 4; '#catatan' is
        // written twice after its rows, on lines n + 1 and n + 2.
        var text = try Self.filled()
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count - 1
        let first = ["#instrumen": 2, "#unit": 3, "#tahun": 4][key] ?? lines + 1
        let copies = key == "#catatan" ? 2 : 1
        text += String(repeating: "\(key),,,,\(value),,\n", count: copies)
        let errors = TestWorksheets.errors(text, instrument: instrument)
        let duplicate = try #require(errors.first { $0.message.hasPrefix("duplicate metadata") })
        #expect(duplicate.message == "duplicate metadata row '\(key)'")
        #expect(duplicate.position == SourcePosition(line: lines + copies, column: 1))
        #expect(duplicate.notes.first?.hasPrefix("first given on line \(first), column 1") == true)
    }

    @Test func aSecondByteOrderMarkIsNamed() throws {
        let instrument = try TestWorksheets.zi()
        let text = "\u{FEFF}\u{FEFF}" + (try Self.filled())
        let reader = CSVReader(requiredColumns: WorksheetColumns.required)
        let data = Data(text.utf8)
        let error = #expect(throws: CSVError.self) { try reader.read(data) }
        let diagnostic = reader.diagnostic(for: try #require(error), in: data, file: "uji.csv")
        #expect(diagnostic.message == "missing required column 'kode'")
        #expect(
            diagnostic.notes.contains(
                "column 1 of the header is '<U+FEFF>kode', not 'kode': '<U+FEFF>' is U+FEFF "
                    + "(byte order mark, a zero width no-break space); it cannot be seen in a "
                    + "spreadsheet: retype the cell"))
        _ = instrument
    }

    @Test func anInvisibleCharacterInACodeIsShownByName() throws {
        let instrument = try TestWorksheets.zi()
        let text = try Self.filled() + "A.I.1.i.a\u{200B},,,,Ya,,\n"
        let error = try #require(
            TestWorksheets.errors(text, instrument: instrument).first {
                $0.message.hasPrefix("unknown kode")
            })
        #expect(error.message == "unknown kode 'A.I.1.i.a<U+200B>'")
        #expect(error.notes.contains { $0.contains("U+200B (zero width space)") })
        #expect(error.rendered().contains("A.I.1.i.a<U+200B>,,,,Ya,,\n^"))
    }

    @Test func anUnclosedQuoteIsReportedWhereItOpened() throws {
        let instrument = try TestWorksheets.zi()
        var lines = try Self.filled().components(separatedBy: "\n")
        // Six item rows in a row without quotes of their own.
        let open = try #require(
            lines.indices.dropFirst(4).first { index in
                index + 5 < lines.count
                    && lines[index...(index + 5)].allSatisfy {
                        !$0.contains("\"") && $0.hasPrefix("A.")
                    }
            })
        let close = open + 5
        // A quote opens the last cell (catatan) and is not closed on its line; the quote at the
        // end of the line five rows later closes it, swallowing the rows between.
        let column = lines[open].unicodeScalars.count + 1
        lines[open] += "\"Catatan"
        lines[close] += "\""
        let errors = TestWorksheets.errors(lines.joined(separator: "\n"), instrument: instrument)
        let error = try #require(errors.first { $0.message.hasPrefix("the quoted cell") })
        #expect(error.position == SourcePosition(line: open + 1, column: column))
        #expect(error.message.hasPrefix("the quoted cell opened here runs over 5 row(s)"))
    }

    @Test func aCountOfTwentyDigitsIsOutOfRange() throws {
        let instrument = try TestWorksheets.zi()
        var answers = TestWorksheets.bestAnswers(instrument)
        answers["A.II.1.i.a.1"] = "12345678901234567890"
        let text = try TestWorksheets.csv(instrument, answers: answers)
        let error = try #require(TestWorksheets.errors(text, instrument: instrument).first)
        #expect(
            error.message
                == "answer '12345678901234567890' for 'A.II.1.i.a.1' is out of range: a count is "
                + "at most 9007199254740991 (larger ones cannot be held exactly)")
        // 2^53 - 1 itself is exact, and read.
        answers["A.II.1.i.a.1"] = "9007199254740991"
        answers["A.II.1.i.a.2"] = "9007199254740991"
        let largest = try TestWorksheets.csv(instrument, answers: answers)
        #expect(TestWorksheets.errors(largest, instrument: instrument).isEmpty)
    }
}
