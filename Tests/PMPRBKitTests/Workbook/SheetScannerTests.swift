import Testing

@testable import PMPRBKit

/// The one-pass reading of a plain cell start tag (`SheetScanner.plainCellTag`) against the
/// general start-tag reader: each tag is read once as written and once with a tab between the
/// attributes, which only the general reader takes.
@Suite struct SheetScannerTests {
    private func cells(_ tags: [String]) throws -> [String] {
        let row = tags.map { "\($0)<v>1</v></c>" }.joined()
        let sheet = "<worksheet><sheetData><row r=\"4\">\(row)</row></sheetData></worksheet>"
        let cells = try SheetCells(name: "S", xml: Array(sheet.utf8), sharedStrings: ["a", "b"], limits: WorkbookLimits())
        return cells.cells.map { "\($0.row):\($0.column):\(Character(Unicode.Scalar($0.type)))" }
    }

    @Test func plainCellTagsReadAsTheGeneralReaderReadsThem() throws {
        let tags = [
            #"<c r="A4">"#, #"<c r="B4" s="6">"#, #"<c r="C4" s="3" t="s">"#,
            #"<c r="D4" t="str" s="12">"#, #"<c r="AA4" t="">"#, #"<c r="AB4" t="b">"#,
            #"<c r="AC4" t="n" t="d">"#, #"<c s="1" r="XFD4" t="e">"#,
        ]
        let plain = try cells(tags)
        let general = try cells(tags.map { $0.split(separator: " ").joined(separator: "\t") })
        // AA is column 27; XFD is 24 × 676 + 6 × 26 + 4 = 16,384. A type is its first letter,
        // `S` for `str`, `n` for none or an empty one; of two `t`s the last counts.
        #expect(plain == ["4:1:n", "4:2:n", "4:3:s", "4:4:S", "4:27:n", "4:28:b", "4:29:d", "4:16384:e"])
        #expect(general == plain)
        #expect(try cells([#"<c r="A1048576">"#]) == ["1048576:1:n"])
    }

    /// Tags the plain form does not cover go to the general reader, which reads or refuses
    /// them as before: lower-case and `$` references, no reference, other attributes, single
    /// quotes, and references out of range.
    @Test func otherCellTagsAreReadByTheGeneralReader() throws {
        let read = try cells([
            #"<c r="b4">"#, #"<c r="$C$4">"#, #"<c>"#, #"<c r="E4" x:y="1">"#, #"<c r='F4'>"#,
            #"<c r="G4" >"#,
        ])
        // b4 is column 2; $C$4 column 3; a cell without `r` takes the next column, 4, in the
        // row of its `row` element.
        #expect(read == ["4:2:n", "4:3:n", "4:4:n", "4:5:n", "4:6:n", "4:7:n"])
        #expect(throws: SheetCellsError.badReference("XFE1")) { try cells([#"<c r="XFE1">"#]) }
        #expect(throws: SheetCellsError.badReference("A1048577")) { try cells([#"<c r="A1048577">"#]) }
        #expect(throws: XMLError.self) { try cells([#"<c r="A1" s="<">"#]) }
        #expect(throws: XMLError.self) { try cells([#"<c r="A1" s="1"#]) }
    }

    /// A shared string's index read from its digits (`SheetCells.value(of:)`) against the
    /// general reading, which decodes the text, trims it and reads it with `Int`.
    @Test func sharedStringIndicesReadAsTheGeneralReadingReadsThem() throws {
        let stored = ["0", "1", "2", "01", "000000002", "0000000001", " 1", "1 ", "+1", "&#49;", "0&#50;"]
        let row = stored.enumerated().map { #"<c r="\#(CellReference.columnName($0.offset + 1))1" t="s"><v>\#($0.element)</v></c>"# }
        let sheet = "<worksheet><sheetData><row r=\"1\">\(row.joined())</row></sheetData></worksheet>"
        let strings: SharedStrings = ["a", "b", "c"]
        let cells = try SheetCells(name: "S", xml: Array(sheet.utf8), sharedStrings: strings, limits: WorkbookLimits())
        // The texts as decoded: the last two hold references.
        let decoded = stored.dropLast(2) + ["1", "02"]
        let general = decoded.map { SheetCells.value($0, type: UInt8(ascii: "s"), sharedStrings: strings) ?? $0 }
        // Index 0 is "a", 1 "b", 2 "c"; nine and ten digits (`000000002`, `0000000001`), ` 1`,
        // `1 ` and `+1` (`Int` reads them after trimming), `&#49;` and `0&#50;` (1 and 2 once
        // decoded) go the general way. The scanner refuses an index of no string.
        #expect(cells.cells.map(cells.value(of:)) == general)
        #expect(general == ["a", "b", "c", "b", "c", "b", "b", "b", "b", "b", "c"])
    }
}
