import Testing

@testable import PMPRBKit

/// A row that ``CSVReader`` read says whether a field of it may hold a line break exactly when
/// one does, so that the worksheet reader looks for swallowed rows only in those rows.
@Suite struct CSVRowLineBreakTests {
    @Test(arguments: [
        "a,b,c\n1,2,3\n4,5,6\n",
        "a,b,c\r\n1,2,3\r\n4,5,6",
        "a,b,c\r1,2,3\r4,5,6\r",
        // Quoted line breaks: LF, CR, CR LF, at a field's start and end, in the last field.
        "a,b,c\n1,\"x\ny\",3\n4,5,6\n",
        "a,b,c\r\n1,\"x\r\ny\",3\r\n4,5,6\r\n",
        "a,b,c\r1,\"x\ry\",3\r4,5,6\r",
        "a,b,c\n1,2,\"\nz\"\n4,\"5\n\",6\n",
        "a,b,c\n1,2,\"z\n\"",
        // Short rows (padded), empty trailing fields, blank records, a quote left in a field.
        "a,b,c\n1\n\n4,5,6,,\n7,\"8\",9 \n",
        "a,b,c\n1,2\"3,4\n\"x\",\"\",\"\"\"\"\n",
        // Non-ASCII text before the line break.
        "a,b,c\n1,\"é\nñ\",3\n",
    ])
    func mayHoldLineBreakWhenAFieldHoldsOne(text: String) throws {
        let table = try CSVTestSupport.read(text)
        #expect(!table.rows.isEmpty)
        for row in table.rows {
            let holds = row.fields.contains { field in
                field.value.utf8.contains { $0 == 0x0A || $0 == 0x0D }
            }
            #expect(row.mayHoldLineBreak == holds, "line \(row.line)")
        }
    }

    /// A row made without its end's position, or whose fields were replaced, may hold one.
    @Test func rowsNotReadByTheReaderMayHoldALineBreak() throws {
        let made = CSVRow(line: 3, fields: [CSVField(value: "x", position: .init(line: 3))])
        #expect(made.mayHoldLineBreak)
        var read = try #require(CSVTestSupport.read("a,b\n1,2\n").rows.first)
        #expect(!read.mayHoldLineBreak)
        read.fields = [CSVField(value: "x\ny", position: .init(line: 2, column: 1))]
        #expect(read.mayHoldLineBreak)
    }
}
