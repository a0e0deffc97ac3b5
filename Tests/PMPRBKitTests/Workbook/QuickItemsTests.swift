import Foundation
import Testing

@testable import PMPRBKit

/// Shared-string items read in the writers' forms (`SheetScanner.quickItems`) against the
/// general reading (`shortcuts: false`): the same items, joined bytes and error on hand-written
/// parts, the LibreOffice fixture and random edits; the reading itself on hand-counted items.
@Suite struct QuickItemsTests {
    /// Both readings of a shared-string part, expected alike; the reading.
    @discardableResult
    static func expectSame(
        _ xml: String, limits: WorkbookLimits = .init(),
        sourceLocation: SourceLocation = #_sourceLocation
    ) -> String {
        let bytes = Array(xml.utf8)[...]
        let quick = SheetScanner.sharedSummary(bytes, limits: limits, shortcuts: true)
        let general = SheetScanner.sharedSummary(bytes, limits: limits, shortcuts: false)
        #expect(quick == general, "\(xml)", sourceLocation: sourceLocation)
        return quick
    }

    /// A part of the given items, with room after them for the word reading.
    static func part(_ items: String) -> String {
        "<sst>" + items + "</sst>" + String(repeating: "<x/>", count: 10)
    }

    @Test func itemsCountedByHand() throws {
        let items =
            #"<si><t xml:space="preserve">Ya</t></si><si><t>a&amp;b</t></si><si><t></t></si>"#
        let xml = Self.part(items)
        // `<sst>` is 5 bytes, `<si><t xml:space="preserve">` 4 + 2 + 21 + 1 = 28: `Ya` is
        // 33..<35; `</t></si>` ends at 44, `<si><t>` at 51: `a&amp;b` is 51..<58; `</t></si>`
        // ends at 67, `<si><t>` at 74: an empty text (0-0); `</t></si>` ends at 83.
        #expect(Self.expectSame(xml) == "33-35 51-58 0-0 | []")
        let bytes = Array(xml.utf8)
        let (end, read) = bytes.withUnsafeBufferPointer { buffer in
            var items: [SheetText] = []
            let end = SheetScanner.quickItems(
                buffer.baseAddress!, buffer.count, at: 5, depth: 1, WorkbookLimits(), &items)
            return (end, items.count)
        }
        #expect(end == 83 && read == 3)
    }

    @Test func theLibreOfficeFixture() throws {
        let folder = try #require(
            Bundle.module.resourceURL?.appendingPathComponent("Fixtures/workbook"))
        let data = try Data(contentsOf: folder.appendingPathComponent("zi-2021-libreoffice.xlsx"))
        let xml = try WorkbookPackageEditing.part(data, "xl/sharedStrings.xml")
        let read = Self.expectSame(xml)
        #expect(!read.hasPrefix("error") && read.contains("-"))
        // Every item has LibreOffice's form: the quick reading goes from the first to `</sst>`.
        let bytes = Array(xml.utf8)
        let first = try QuickRowsSheetTests.offset(of: "<si>", in: xml)
        let end = bytes.withUnsafeBufferPointer { buffer in
            var items: [SheetText] = []
            return SheetScanner.quickItems(
                buffer.baseAddress!, buffer.count, at: first, depth: 1, WorkbookLimits(), &items)
        }
        #expect(end == (try QuickRowsSheetTests.offset(of: "</sst>", in: xml)))
    }

    /// Items the general reading refuses or reads otherwise, in several places and limits.
    @Test func itemsAtTheEdges() {
        let items = [
            "<si><t>a&bad;</t></si>", "<si><t>&</t></si>", "<si><t>x&#0;</t></si>",
            "<si><t>a&#65;&lt;</t></si>", "<si><r><t>a</t></r><r><t>b</t></r></si>",
            "<si><t>a</t><rPh><t>b</t></rPh></si>", #"<si><t xml:space="preserve"></t></si>"#,
            #"<si><t xml:space="default">a</t></si>"#, #"<si><t xml:space="preserve"/></si>"#,
            "<si><t>a</t></si >", "<si><t>a</t></si", "<si><t>a<!-- -->b</t></si>",
            "<si><t><![CDATA[a]]></t></si>", "<si/>", "<si><t/></si>", "<si><t>a</t>",
            "<si><t>a</t></si></si>", "<x:si><t>a</t></x:si>", "<si><t>a</t></t></si>",
            "<si><t>a</t><t>b</t></si>", #"<si><t xml:space="preserve">a</t><t>b</t></si>"#,
            "<si><t>" + String(repeating: "y", count: 40) + "&amp;</t></si>",
            "<si><t>" + String(repeating: "y", count: 40) + "&bad;</t></si>",
        ]
        for item in items {
            for context in [
                "\(item)", "\(item)\(item)", "<rPh>\(item)</rPh>", "<t>\(item)</t>",
                "<si>\(item)</si>", "<si><t>z</t></si>\(item)<si><t>z</t></si>",
            ] {
                for (depth, cells) in [(1, 5), (2, 5), (3, 5), (4, 5), (16, 0), (16, 1), (16, 2)] {
                    var limits = WorkbookLimits()
                    (limits.xmlDepth, limits.cellCount) = (depth, cells)
                    Self.expectSame(Self.part(context), limits: limits)
                }
            }
        }
    }

    /// A part of three items cut at every length: refused alike at the same place.
    @Test func everyCutOfAPart() {
        let xml =
            #"<sst><si><t xml:space="preserve">Ya</t></si><si><t>a&amp;b</t></si><si><t>c</t></si>"#
            + "</sst>"
        var refused = 0
        for length in 0...xml.utf8.count {
            let cut = String(decoding: Array(xml.utf8).prefix(length), as: UTF8.self)
            if Self.expectSame(cut).hasPrefix("error") { refused += 1 }
        }
        // Only the whole part is read: every shorter one ends inside an element or `<sst>`.
        #expect(refused == xml.utf8.count)
    }

    /// Pieces of markup and bytes that random edits put into a part.
    static let pieces = [
        "<", ">", "/", "\"", "&", " ", "s", "i", "t", "0", "&amp;", "&x;", "&#65;", "<si>",
        "</si>", "<t>", "</t>", #"<t xml:space="preserve">"#, "<r>", "</r>", "<rPh>", "</rPh>",
        "<![CDATA[x]]>", "<!-- -->", "<?x?>", "<!DOCTYPE x>", "\t", "\u{E9}", "/>",
    ]

    @Test func randomEditsReadAlike() throws {
        let folder = try #require(
            Bundle.module.resourceURL?.appendingPathComponent("Fixtures/workbook"))
        let data = try Data(contentsOf: folder.appendingPathComponent("zi-2021-libreoffice.xlsx"))
        let xml = Array(try WorkbookPackageEditing.part(data, "xl/sharedStrings.xml").utf8)
        var generator = SplitMix64(seed: 59)
        var (read, refused) = (0, 0)
        for round in 0..<300 {
            let edited = QuickRowsSheetTests.edited(
                xml, from: 0, Self.pieces, round: round, &generator)
            var limits = WorkbookLimits()
            if round % 7 == 0 { limits.xmlDepth = Int.random(in: 1...4, using: &generator) }
            if round % 11 == 0 { limits.cellCount = Int.random(in: 0...600, using: &generator) }
            let text = String(decoding: edited, as: UTF8.self)
            guard Array(text.utf8) == edited else { continue }
            if Self.expectSame(text, limits: limits).hasPrefix("error") {
                refused += 1
            } else {
                read += 1
            }
        }
        // Edits of both kinds: parts still read, and parts refused.
        #expect(read > 30 && refused > 30, "\(read) read, \(refused) refused")
    }
}
