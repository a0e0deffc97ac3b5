import Testing

@testable import PMPRBKit

/// A reader's view of a table's cells: a missing column or field reads as a blank cell at its
/// row, and a diagnostic at a cell quotes the cell's line.
@Suite struct CSVCellTests {
    @Test func missingCellsReadAsBlankAtTheirRow() throws {
        // Line 3 has two of the three columns.
        let table = try CSVTestSupport.read("kode,jawaban,catatan\nA.1,Ya,ok\nA.2,Tidak\n")
        let short = table.rows[1]
        #expect(
            table.cell(short, "jawaban")
                == CSVField(value: "Tidak", position: SourcePosition(line: 3, column: 5)))
        // A column of the table that the row does not reach: blank, on line 3.
        let unreached = table.cell(short, "catatan")
        #expect(unreached.value.isEmpty)
        #expect(unreached.position.line == 3)
        // A column the table does not have, no column, a negative index: blank at the row's line.
        let blank = CSVField(value: "", position: SourcePosition(line: 3))
        #expect(table.cell(short, "bukti_dukung") == blank)
        #expect(short.cell(nil) == blank)
        #expect(short.cell(-1) == blank)
        #expect(short.cell(7) == blank)
        // Column names are looked up in normal form.
        #expect(table.cell(table.rows[0], " Catatan ").value == "ok")
    }

    @Test func diagnosticAtACellQuotesItsLine() throws {
        let table = try CSVTestSupport.read("kode,jawaban\nA.1,F\n")
        let field = table.cell(table.rows[0], "jawaban")
        let diagnostic = table.diagnostic(
            .error, .uncatalogued("bad answer"), file: "lke.csv", at: field.position,
            notes: [.uncatalogued("use A/B/C")])
        #expect(diagnostic.position == SourcePosition(line: 2, column: 5))
        #expect(diagnostic.sourceLine == "A.1,F")
        // `F` is the fifth character of `A.1,F`: four spaces, then the caret.
        #expect(
            diagnostic.rendered()
                == "lke.csv:2:5: error: bad answer\nA.1,F\n    ^\nnote: use A/B/C")
    }
}
