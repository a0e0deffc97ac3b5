import Foundation
import Testing

@testable import PMPRBKit

/// Attributes passed by words (`SheetScanner.quickAttributes`, for LibreOffice's row tags and
/// `<f aca="false">`) against the general reading (`shortcuts: false`): the same cells and
/// error for row and formula tags in many forms, cut at every place, and random edits of the
/// LibreOffice fixture's sheet; the reading itself on a hand-counted row tag.
@Suite struct QuickAttributesTests {
    static let libreOfficeRow =
        #"<row r="40" customFormat="false" ht="12.8" hidden="false" customHeight="false""#
        + #" outlineLevel="0" collapsed="false">"#

    @Test func aLibreOfficeRowTagCountedByHand() {
        let bytes = Array((Self.libreOfficeRow + String(repeating: " ", count: 16)).utf8)
        let read = bytes.withUnsafeBufferPointer { buffer in
            SheetScanner.quickAttributes(
                buffer.baseAddress!, buffer.count, from: 11, refusing: UInt8(ascii: "r"))
        }
        // `<row r="40"` is 11 bytes; ` customFormat="false"` 1 + 12 + 1 + 7 = 21, ` ht="12.8"`
        // 10, ` hidden="false"` 15, ` customHeight="false"` 21, ` outlineLevel="0"` 17,
        // ` collapsed="false"` 18, `>` 1: 11 + 21 + 10 + 15 + 21 + 17 + 18 + 1 = 114.
        #expect(read?.end == 114 && read?.selfClosing == false)
        // Another one-letter name `r` is left to the general reading, which reads it.
        let again = Array((#"<row r="4" ht="1" r="7">"# + String(repeating: " ", count: 16)).utf8)
        let refused = again.withUnsafeBufferPointer { buffer in
            SheetScanner.quickAttributes(
                buffer.baseAddress!, buffer.count, from: 10, refusing: UInt8(ascii: "r"))
        }
        #expect(refused == nil)
    }

    /// Row tags after a cell that `quickRows` reads (a value of 60 digits keeps the word
    /// window of its tag within the part).
    static func rows(_ row: String) -> String {
        let cell = #"<c r="A1"><v>"# + String(repeating: "1", count: 60) + "</v></c>"
        return #"<worksheet><sheetData><row r="1">"# + cell + "</row>" + row
            + #"<c r="B2" s="1" t="n"><v>2</v></c></row></sheetData></worksheet>"#
    }

    static let rowTags = [
        libreOfficeRow, #"<row r="5" ht="1"/>"#, #"<row r="5" ht="1" r="7">"#,
        #"<row r="5" ht="1" x:r="7">"#, #"<row r="5" ht="1" x14ac:dyDescent="0.25">"#,
        #"<row r="5" spans="1:3" ht="1">"#, #"<row r="5" ht='1'>"#,
        #"<row r="5" ht="1"  hidden="0">"#, "<row r=\"5\"\tht=\"1\">", #"<row r="5" ht="1" >"#,
        #"<row r="5" ht="<">"#, #"<row r="5" ht="1"hidden="0">"#, #"<row r="5" ht="a&amp;b">"#,
        #"<row r="5" ht="&bad;">"#, #"<row r="5" ht="1" />"#, #"<row r="5" ht="1" /x>"#,
        #"<row r="5" ht=1>"#, #"<row r="5" ht ="1">"#, #"<row r="5" :ht="1">"#,
        #"<row r="5" ht:="1">"#, #"<row r="5" =1>"#, "<row r=\"5\" h\u{E9}=\"1\">",
        "<row r=\"5\" ht=\"\u{E9}\">", #"<row r="5" r="6" ht="1">"#, #"<row r="5" ht="1" r="">"#,
        #"<row r="5" abcdefghijklmnopqrstuvwxyz="1">"#, #"<row r="5" a-b.c="1" d0="2">"#,
        #"<row r="5" ht=""#, #"<row r="5" ht="1" x"#, #"<row r="5" ht="1">"# + "<row r=\"6\">",
        #"<row r="5" ht="123456789012345678901234567890">"#, #"<row r="5" t="1" s="2">"#,
    ]

    @Test func rowTagsInManyForms() {
        for row in Self.rowTags {
            for (depth, cells) in [(3, 5), (4, 5), (16, 1), (16, 5)] {
                var limits = WorkbookLimits()
                (limits.xmlDepth, limits.cellCount) = (depth, cells)
                QuickRowsTests.expectSame(Self.rows(row), limits: limits)
            }
        }
    }

    /// A LibreOffice row tag and the cell after it cut at every place.
    @Test func everyCutOfARowTag() throws {
        let xml = Array(Self.rows(Self.libreOfficeRow).utf8)
        let start = try QuickRowsSheetTests.offset(
            of: "<row r=\"40\"", in: String(decoding: xml, as: UTF8.self))
        var refused = 0
        for length in start...xml.count {
            let cut = String(decoding: xml.prefix(length), as: UTF8.self)
            if QuickRowsTests.expectSame(cut).hasPrefix("error") { refused += 1 }
        }
        // Only the whole sheet is read: every shorter one ends inside an element.
        #expect(refused == xml.count - start)
    }

    @Test func formulaTagsInManyForms() {
        let formulas = [
            #"<f aca="false">"#, #"<f aca="false"/>"#, #"<f t="shared" ref="A1:A3" si="0">"#,
            #"<f aca='false'>"#, #"<f aca="<">"#, #"<f aca="false" >"#, #"<f x:aca="1">"#,
            #"<f aca="1"aca="2">"#, #"<f r="1" t="2">"#, #"<f aca="false" / >"#, #"<f aca=>"#,
            #"<f aca="falsE">"#, #"<f aca="falsex">"#, #"<f aca="false"x>"#, #"<f aca="fals">"#,
        ]
        for formula in formulas {
            for content in ["\(formula)1+1</f><v>2</v>", "\(formula)1+1</f>", formula] {
                let cell = #"<c r="A1" s="1" t="n">"# + content + "</c>"
                QuickRowsTests.expectSame(QuickRowsTests.sheet(#"<row r="1">\#(cell)</row>"#))
            }
        }
    }

    /// A LibreOffice formula cell, the last of a sheet, cut at every length.
    @Test func everyCutOfAFormulaCell() throws {
        let cell = #"<c r="G40" s="10" t="n"><f aca="false">SUM(A1)</f><v>0.5</v></c>"#
        let xml = Array(#"<worksheet><sheetData><row r="40">\#(cell)"#.utf8)
        let start = try QuickRowsSheetTests.offset(
            of: "<c r=", in: String(decoding: xml, as: UTF8.self))
        for length in start...xml.count {
            let cut = String(decoding: xml.prefix(length), as: UTF8.self)
            let ending = "</row></sheetData></worksheet>" + String(repeating: " ", count: 64)
            QuickRowsTests.expectSame(cut)
            QuickRowsTests.expectSame(cut + ending)
        }
    }

    /// Pieces of markup and bytes that random edits put into the fixture's sheet.
    static let pieces = [
        "<", ">", "/", "\"", "'", "=", "&", " ", "r", "0", ":", "-", "\t", "\u{E9}", "&amp;",
        #" ht="1""#, #" r="3""#, #" x:r="4""#, "/>", "</row>", #"<row r="3">"#, "</c>", "<v>",
        #"<f aca="false">"#, "</f>",
    ]

    @Test func randomEditsOfTheLibreOfficeSheetReadAlike() throws {
        let folder = try #require(
            Bundle.module.resourceURL?.appendingPathComponent("Fixtures/workbook"))
        let data = try Data(contentsOf: folder.appendingPathComponent("zi-2021-libreoffice.xlsx"))
        let xml = Array(try WorkbookPackageEditing.part(data, QuickRowsSheetTests.sheet).utf8)
        let part = Array(try WorkbookPackageEditing.part(data, "xl/sharedStrings.xml").utf8)
        let strings = try SheetScanner.sharedStrings(part[...], limits: WorkbookLimits())
        let start = try QuickRowsSheetTests.offset(
            of: "<sheetData>", in: String(decoding: xml, as: UTF8.self))
        var generator = SplitMix64(seed: 61)
        var (read, refused) = (0, 0)
        for round in 0..<300 {
            var edited = xml
            for _ in 0..<Int.random(in: 1...3, using: &generator) {
                // Most edits within the first rows, where the row tags are dense.
                let end = round % 2 == 0 ? min(start + 4_000, edited.count) : edited.count
                let place = Int.random(in: start..<end, using: &generator)
                let piece = Array(Self.pieces.randomElement(using: &generator)!.utf8)
                switch Int.random(in: 0..<3, using: &generator) {
                case 0: edited.replaceSubrange(place..<place + 1, with: piece)
                case 1: edited.insert(contentsOf: piece, at: place)
                default:
                    let length = Int.random(in: 1...4, using: &generator)
                    edited.removeSubrange(place..<min(place + length, edited.count))
                }
            }
            let text = String(decoding: edited, as: UTF8.self)
            guard Array(text.utf8) == edited else { continue }
            let reading = QuickRowsTests.expectSame(text, strings: strings)
            if reading.hasPrefix("error") { refused += 1 } else { read += 1 }
        }
        // Edits of both kinds: sheets still read, and sheets refused.
        #expect(read > 30 && refused > 30, "\(read) read, \(refused) refused")
    }
}
