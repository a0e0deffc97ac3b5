import Foundation
import Testing

@testable import PMPRBKit

/// Whole sheets read with and without the quick reading of rows and cells
/// (`SheetScanner.quickRows`): templates of every instrument, the LibreOffice fixture, and
/// random edits of a template's sheet, byte by byte and by pieces of markup.
@Suite struct QuickRowsSheetTests {
    static let sheet = "xl/worksheets/sheet1.xml"

    /// Where `quickRows` stops when it starts at the sheet's first cell, and the cells it read.
    static func reach(
        _ xml: String, strings: SharedStrings = ["a"]
    ) throws -> (at: Int, cells: Int) {
        let bytes = Array(xml.utf8)
        let start = SheetScanner.QuickRows(
            at: try offset(of: "<c r=", in: xml), depth: 3, row: 0, column: 0)
        return try bytes.withUnsafeBufferPointer { buffer in
            var cells: [SheetCells.Cell] = []
            let read = try SheetScanner.quickRows(
                buffer.baseAddress!, buffer.count, start, WorkbookLimits(), strings, &cells)
            return (read.at, cells.count)
        }
    }

    static func offset(of text: String, in xml: String) throws -> Int {
        let found = try #require(xml.utf8.firstRange(of: text.utf8)).lowerBound
        return xml.utf8.distance(from: xml.utf8.startIndex, to: found)
    }

    @Test func templatesOfEveryInstrument() throws {
        for id in WorkbookTestSupport.instrumentIDs {
            let instrument = try #require(BuiltinInstruments.instrument(id))
            for index in 0..<2 {
                let worksheet = try WorkbookTestSupport.worksheet(instrument, index)
                let data = WorkbookTemplate(instrument: instrument, worksheet: worksheet).data()
                let xml = try WorkbookPackageEditing.part(data, Self.sheet)
                QuickRowsTests.expectSame(xml)
                // Every row and cell of a template has the writers' form: the quick reading
                // goes from the first cell to the end of the sheet's data.
                #expect(try Self.reach(xml).at == Self.offset(of: "</sheetData>", in: xml), "\(id)")
            }
        }
    }

    @Test func theLibreOfficeFixture() throws {
        let folder = try #require(
            Bundle.module.resourceURL?.appendingPathComponent("Fixtures/workbook"))
        let data = try Data(contentsOf: folder.appendingPathComponent("zi-2021-libreoffice.xlsx"))
        let xml = try WorkbookPackageEditing.part(data, Self.sheet)
        let part = Array(try WorkbookPackageEditing.part(data, "xl/sharedStrings.xml").utf8)
        let strings = try SheetScanner.sharedStrings(part[...], limits: WorkbookLimits())
        let read = QuickRowsTests.expectSame(xml, strings: strings)
        #expect(!read.hasPrefix("error"))
        // Its first row's cells, a shared string and nine cells without content, read quickly.
        #expect(try Self.reach(xml, strings: strings).cells > 0)
    }

    /// Pieces of markup and bytes that random edits put into a sheet.
    static let pieces = [
        "<", ">", "/", "\"", "&", " ", "c", "v", "t", "r", "0", "9", "A", ";", "&amp;", "&x;",
        "&#65;", "</c>", "<v>", "</v>", "<f>", "</f>", "<is>", "</is>", "<t>", "</t>", "/>",
        "<row r=\"3\">", "</row>", "<c r=\"A1\">", "<c r=\"B2\" t=\"s\">", "<![CDATA[x]]>",
        "<!-- -->", "<rPh>", "</rPh>", "<?x?>", "<!DOCTYPE x>", "\t", "\u{E9}",
    ]

    /// `bytes` with one to three random edits after `start`: a piece put in place of a byte or
    /// inserted, one to four bytes removed, or, in one round of ten, the rest cut off.
    static func edited(
        _ bytes: [UInt8], from start: Int, _ pieces: [String], round: Int,
        _ generator: inout SplitMix64
    ) -> [UInt8] {
        var edited = bytes
        for _ in 0..<Int.random(in: 1...3, using: &generator) {
            let place = Int.random(in: start..<edited.count, using: &generator)
            let piece = Array(pieces.randomElement(using: &generator)!.utf8)
            switch Int.random(in: 0..<4, using: &generator) {
            case 0: edited.replaceSubrange(place..<place + 1, with: piece)
            case 1: edited.insert(contentsOf: piece, at: place)
            case 2:
                let length = Int.random(in: 1...4, using: &generator)
                edited.removeSubrange(place..<min(place + length, edited.count))
            default: if round % 10 == 0 { edited.removeSubrange(place...) }
            }
        }
        return edited
    }

    @Test func randomEditsReadAlike() throws {
        let instrument = try TestWorksheets.zi()
        let worksheet = try WorkbookTestSupport.worksheet(instrument, 1)
        let data = WorkbookTemplate(instrument: instrument, worksheet: worksheet).data()
        let xml = Array(try WorkbookPackageEditing.part(data, Self.sheet).utf8)
        let start = try Self.offset(of: "<sheetData>", in: String(decoding: xml, as: UTF8.self))
        var generator = SplitMix64(seed: 53)
        var (read, refused) = (0, 0)
        for round in 0..<300 {
            let edited = Self.edited(xml, from: start, Self.pieces, round: round, &generator)
            var limits = WorkbookLimits()
            if round % 7 == 0 { limits.xmlDepth = Int.random(in: 2...6, using: &generator) }
            if round % 11 == 0 { limits.cellCount = Int.random(in: 0...1_900, using: &generator) }
            let text = String(decoding: edited, as: UTF8.self)
            guard Array(text.utf8) == edited else { continue }
            let reading = QuickRowsTests.expectSame(text, strings: ["a", "b"], limits: limits)
            if reading.hasPrefix("error") { refused += 1 } else { read += 1 }
        }
        // Edits of both kinds: sheets still read, and sheets refused.
        #expect(read > 30 && refused > 30, "\(read) read, \(refused) refused")
    }
}
