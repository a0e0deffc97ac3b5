import Testing

@testable import PMPRBKit

@Suite struct CSVWriterTests {
    @Test(arguments: [
        ("abc", "abc"),
        ("", ""),
        (" a ", " a "),
        ("a,b", "\"a,b\""),
        ("a;b", "\"a;b\""),
        ("a\tb", "\"a\tb\""),
        ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("\"", "\"\"\"\""),
        ("a\nb", "\"a\nb\""),
        ("a\rb", "\"a\rb\""),
        ("a\r\nb", "\"a\r\nb\""),
        ("3,29", "\"3,29\""),
    ])
    func quotesOnlyWhenNeeded(value: String, written: String) {
        #expect(CSVWriter().field(value) == written)
    }

    /// Every delimiter is quoted whatever the one in use, so that a spreadsheet splitting at
    /// comma, semicolon and tab at once (LibreOffice's default import) keeps `3,29` whole.
    @Test func quotesEveryDelimiterNotOnlyTheChosenOne() {
        #expect(CSVWriter(delimiter: .semicolon).field("a;b") == "\"a;b\"")
        #expect(CSVWriter(delimiter: .semicolon).field("3,29") == "\"3,29\"")
        #expect(CSVWriter(delimiter: .tab).field("a\tb") == "\"a\tb\"")
        #expect(CSVWriter(delimiter: .tab).field("a,b;c") == "\"a,b;c\"")
        #expect(CSVWriter(delimiter: .comma).field("a;b") == "\"a;b\"")
    }

    @Test func writesRowsWithTheLineEnding() {
        let writer = CSVWriter(delimiter: .semicolon, lineEnding: "\r\n")
        #expect(
            writer.row(["kode", "nilai akhir", "3,29", "a;b"])
                == "kode;nilai akhir;\"3,29\";\"a;b\"\r\n")
        #expect(CSVWriter().row([]) == "\n")
        #expect(CSVWriter().row(["x"]) == "x\n")
    }

    @Test(arguments: [
        ("=SUM(A1:A3)", "'=SUM(A1:A3)"),
        ("+62 812", "'+62 812"),
        ("-2", "'-2"),
        ("@kepala", "'@kepala"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("abc", "abc"),
        ("", ""),
        ("a=b", "a=b"),
        (" =x", " =x"),
    ])
    func neutralisesFormulas(value: String, neutralised: String) {
        #expect(CSVWriter.neutralisingFormula(value) == neutralised)
    }

    @Test(arguments: [CSVDelimiter.comma, .semicolon, .tab], ["\n", "\r\n"])
    func writtenTablesReadBackUnchanged(delimiter: CSVDelimiter, lineEnding: String) throws {
        var random = SplitMix64(seed: 0x5EED_CAFE)
        let header = ["id", "a", "b", "c", "d"]
        var expected: [[String]] = []
        for index in 0..<200 {
            expected.append(["\(index)"] + (1..<header.count).map { _ in random.string() })
        }
        let writer = CSVWriter(delimiter: delimiter, lineEnding: lineEnding)
        let text = ([header] + expected).map(writer.row).joined()
        let table = try CSVTestSupport.read(text, requiredColumns: header)
        #expect(table.delimiter == delimiter)
        #expect(table.columnNames == header)
        #expect(CSVTestSupport.values(table) == expected)
    }
}

/// The library's seeded generator, so the round trip sees the same strings every run.
extension SplitMix64 {
    /// A string of 0–8 characters, heavy on the ones CSV must escape.
    fileprivate mutating func string() -> String {
        let alphabet: [String] = [
            "a", "Z", "7", " ", ",", ";", "\t", "\"", "\n", "\r", "\r\n", "é", "漢", "😀", "=", "-",
            "'",
        ]
        let length = Int(next() % 9)
        return (0..<length).map { _ in alphabet[Int(next() % UInt64(alphabet.count))] }.joined()
    }
}
