import Foundation
import Testing

@testable import PMPRBKit

/// Rows and cells read in the writers' forms (`SheetScanner.quickRows`, with `quickCell`,
/// `quickRowTag` and `textEnd`) against the general reading (`shortcuts: false`): the same
/// cells, joined bytes and error on hand-written sheets; the reading itself on a hand-counted
/// row. The templates, the LibreOffice fixture and random edits are in `QuickRowsSheetTests`.
@Suite struct QuickRowsTests {
    /// Both readings of a sheet, expected alike; the reading.
    @discardableResult
    static func expectSame(
        _ xml: String, strings: SharedStrings = ["a", "b", "c"], limits: WorkbookLimits = .init(),
        sourceLocation: SourceLocation = #_sourceLocation
    ) -> String {
        let bytes = Array(xml.utf8)[...]
        let quick = SheetScanner.summary(
            bytes, sharedStrings: strings, limits: limits, shortcuts: true)
        let general = SheetScanner.summary(
            bytes, sharedStrings: strings, limits: limits, shortcuts: false)
        #expect(quick == general, "\(xml)", sourceLocation: sourceLocation)
        return quick
    }

    /// A sheet of the given rows' content, with room after them for the word reading of tags.
    static func sheet(_ rows: String) -> String {
        "<worksheet><sheetData>" + rows + "</sheetData>" + String(repeating: "<x/>", count: 20)
            + "</worksheet>"
    }

    /// One row read by `quickRows` from its first cell, counted by hand.
    @Test func aRowReadToItsEnd() throws {
        let row =
            #"<c r="B7" s="1" t="inlineStr"><is><t>Ya</t></is></c><c r="C7"><f>1+1</f><v>2</v></c>"#
            + #"<c r="D7" s="2"/></row><row r="9"><c r="A9"><v></v></c>"#
        let bytes = Array((row + String(repeating: " ", count: 64)).utf8)
        let read = try bytes.withUnsafeBufferPointer { buffer in
            var cells: [SheetCells.Cell] = []
            let start = SheetScanner.QuickRows(at: 0, depth: 3, row: 7, column: 0)
            let read = try SheetScanner.quickRows(
                buffer.baseAddress!, buffer.count, start, WorkbookLimits(), ["a"], &cells)
            return (read, cells)
        }
        // `<c r="B7" s="1" t="inlineStr">` is 9 + 6 + 14 + 1 = 30 bytes, `<is><t>` 7 more:
        // `Ya` is 37..<39; `</t></is></c>` ends at 52. `<c r="C7">` ends at 62, `<f>` at 65:
        // `1+1` is 65..<68; `</f><v>` ends at 75: `2` is 75..<76; `</v></c>` ends at 84.
        // `<c r="D7" s="2"/>` is 17 bytes (84..<101, no content: left out), `</row>` ends at
        // 107, `<row r="9">` at 118; `<c r="A9"><v></v></c>` (empty: left out) at 139; then a
        // space, where the reading stops.
        #expect(read.0.at == 139)
        #expect(read.0.depth == 3)
        #expect(read.0.row == 9 && read.0.column == 1)
        #expect(read.0.type == UInt8(ascii: "n") && !read.0.hasFormula && read.0.readInline)
        let cells = read.1.map {
            "\($0.row):\($0.column):\($0.stored.start)-\($0.stored.end):"
                + "\($0.formula.map { "\($0.start)-\($0.end)" } ?? "-")"
        }
        #expect(cells == ["7:2:37-39:-", "7:3:75-76:65-68"])
        // In a sheet, the row starts at 22 + 11 = 33: C7 (type `n`, 110) keeps 108..<109 and
        // its formula 98..<101.
        let sheet = Self.expectSame(Self.sheet("<row r=\"7\">" + row + "</row>"))
        #expect(sheet.contains("7:3:110:108-109:98-101"))
    }

    /// Texts of every length up to 40 bytes with `&` references, known or not, at each place:
    /// the words of eight bytes and the `memchr` beyond 24 bytes find the same `<` and refuse
    /// the same references.
    @Test func textsWithReferencesAtEveryPlace() {
        var refused = 0
        for length in 0...40 {
            for place in [nil] + Array(0..<max(length - 4, 0)).map(Optional.some) {
                for reference in ["&amp;", "&bad;", "&#65;", "&"] {
                    var text = String(repeating: "x", count: length)
                    if let place {
                        text = String(text.prefix(place) + reference + text.dropFirst(place + 4))
                    }
                    for (type, content) in [
                        ("inlineStr", "<is><t>\(text)</t></is>"), ("str", "<v>\(text)</v>"),
                        ("str", "<f>\(text)</f><v>\(text)</v>"), ("n", "<f>\(text)</f>"),
                    ] {
                        let cell = #"<c r="A1" t="\#(type)">\#(content)</c>"#
                        let read = Self.expectSame(Self.sheet("<row r=\"1\">\(cell)</row>"))
                        if read.hasPrefix("error") { refused += 1 }
                    }
                }
            }
        }
        // Refused: the texts without a formula (the inline string and the value of `str`) with
        // `&bad;` or a lone `&` in them: 2 × 2 for each place, and a length L has L − 4
        // places from 5 on: 4 × (1 + 2 + … + 36) = 4 × 666 = 2,664.
        #expect(refused == 2_664)
    }

    /// Cells the general reading refuses or reads otherwise, each in its own sheet.
    @Test func cellsAtTheEdges() {
        let cells = [
            #"<c r="A1" t="s"><v>0</v></c>"#, #"<c r="A1" t="s"><v>3</v></c>"#,
            #"<c r="A1" t="s"><v></v></c>"#, #"<c r="A1" t="s"><v> 1</v></c>"#,
            #"<c r="A1" t="s"/>"#, #"<c r="A1" t="s"><f>1</f><v>9</v></c>"#,
            #"<c r="A1" t="inlineStr"><is><t></t></is></c>"#, #"<c r="A1"><v></v></c>"#,
            #"<c r="A1"><f></f><v>1</v></c>"#, #"<c r="A1"><f>SUM(B1)</f></c>"#,
            #"<c r="A1"><f></f></c>"#, #"<c r="A1" t="inlineStr"><v>1</v></c>"#,
            #"<c r="A1"><is><t>x</t></is></c>"#,
            #"<c r="A1" t="inlineStr"><is><t>a</t><t>b</t></is></c>"#,
            #"<c r="A1" t="inlineStr"><is><t xml:space="preserve">x</t></is></c>"#,
            #"<c r="A1" t="inlineStr"><is><r><t>x</t></r></is></c>"#,
            #"<c r="A1"><v><![CDATA[1]]></v></c>"#, #"<c r="A1"><v>1<!-- -->2</v></c>"#,
            #"<c r="A1"><v>1</v></c ></c>"#, #"<c r="A1"><v>1</v><v>2</v></c>"#,
            #"<c r="A1"><f>1</f><f>2</f><v>3</v></c>"#, #"<c r="A1"><v>1</v></c></c>"#,
            #"<c r="A1"><c r="B1"><v>1</v></c></c>"#, #"<c r="A1" t="b"><v>1</v></c>"#,
            #"<c r="A1" t="e"><v>#N/A</v></c>"#,
            #"<c r="A1" t="inlineStr"><is><t>x</t></is></c><v>2</v>"#,
            #"<c r="A1" t="str"><f aca="false">1</f><v>x</v></c>"#,
            #"<c r="A1"><f t="shared" si="0"/><v>2</v></c>"#, #"<c r="A1"><f a="<">1</f></c>"#,
            #"<c r="A1"><f a>1</f></c>"#, #"<c r="A1"><f  a='1' >1</f><v>2</v></c>"#,
            #"<c r="A1"><f a="1"/></c>"#, #"<c r="A1"><f a="1">1</f>"#,
            #"<c r="A1" t="inlineStr"><is><t>x&#0;</t></is></c>"#,
            #"<c r="A1" t="inlineStr"><is><t>x&#1114112;</t></is></c>"#,
        ]
        for cell in cells {
            Self.expectSame(Self.sheet("<row r=\"1\">\(cell)</row>"))
            let twice = "<row r=\"1\">\(cell)\(cell)</row><row r=\"2\">\(cell)</row>"
            Self.expectSame(Self.sheet(twice))
            // Within a phonetic run or an open `is`, and before an open `v` or `f`.
            Self.expectSame(Self.sheet("<row r=\"1\"><rPh>\(cell)</rPh></row>"))
            Self.expectSame(Self.sheet("<row r=\"1\"><is>\(cell)</is></row>"))
            Self.expectSame(Self.sheet("<row r=\"1\"><v>\(cell)</v></row>"))
            Self.expectSame(Self.sheet("<row r=\"1\"><f>\(cell)</f><v>x</v></row>"))
        }
    }

    /// Rows in every form, and the depth and cell limits at every level.
    @Test func rowsAndLimits() {
        let rows = [
            #"<row r="5" spans="1:3">"#, #"<row r="12345678901">"#, #"<row r="">"#,
            #"<row r="5" r="x">"#, #"<row r="5" r="6">"#, #"<row r="5"/>"#, #"<row r="5" bad>"#,
            #"<row r="5" ht="30" customHeight="1">"#, #"<row r="0005">"#, #"<row r="5"x>"#,
            #"<row r="5" s='<'>"#, #"<row>"#, #"<row r='5'>"#, #"<rows r="5">"#, "</row>",
        ]
        let cell = #"<c r="B5" t="inlineStr"><is><t>x</t></is></c><c s="1"><v>2</v></c>"#
        for row in rows {
            for limits in [(2, 5), (3, 5), (4, 5), (5, 5), (6, 5), (16, 0), (16, 1), (16, 2)] {
                var workbookLimits = WorkbookLimits()
                (workbookLimits.xmlDepth, workbookLimits.cellCount) = limits
                Self.expectSame(
                    Self.sheet(#"<row r="1">\#(cell)</row>\#(row)\#(cell)</row>\#(row)\#(cell)"#),
                    limits: workbookLimits)
            }
        }
        // `</row>` at depth 0 is refused at its place by both readings: `<c r="A1">` is 10
        // bytes, `<v>1</v>` 8, `</c>` 4: the first `</row>` is at 22.
        let unbalanced =
            #"<c r="A1"><v>1</v></c></row></row></row></row>"# + String(repeating: " ", count: 70)
        #expect(Self.expectSame(unbalanced).hasPrefix("error malformed(offset: 22)"))
    }
}
