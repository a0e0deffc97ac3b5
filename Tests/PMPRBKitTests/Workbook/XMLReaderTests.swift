import Testing

@testable import PMPRBKit

@Suite struct XMLReaderTests {
    private func events(_ text: String, depth: Int = 64) throws -> [XMLReader.Event] {
        var reader = XMLReader(Array(text.utf8), maxDepth: depth)
        var events: [XMLReader.Event] = []
        while let event = try reader.next() { events.append(event) }
        return events
    }

    @Test func readsElementsAttributesAndText() throws {
        let text = #"<?xml version="1.0"?><!-- note --><x:a x:k='1' v="&lt;&amp;&#233;&#x41;"><b/>t&gt;<![CDATA[<raw>]]></x:a>"#
        #expect(
            try events(text) == [
                .start("a", ["k": "1", "v": "<&éA"]), .start("b", [:]), .end("b"), .text("t>"),
                .text("<raw>"), .end("a"),
            ])
    }

    @Test func refusesWhatAWorkbookNeverHolds() throws {
        #expect(throws: XMLError.doctype) { try events(#"<!DOCTYPE a [<!ENTITY x "y">]><a/>"#) }
        #expect(throws: XMLError.tooDeep(limit: 3)) { try events("<a><b><c><d/></c></b></a>", depth: 3) }
        #expect(throws: XMLError.malformed(offset: 3)) { try events("<a></b>") }
        #expect(throws: XMLError.unexpectedEnd) { try events("<a><b>") }
        #expect(throws: XMLError.malformed(offset: 3)) { try events("<a>&bogus;</a>") }
    }

    /// The text of a shared string: plain, or its runs without phonetic hints; an empty item
    /// keeps its place, so that the items after it keep their indices.
    @Test func stringItems() throws {
        let part = "<sst><si><t>Ya</t></si><si><r><rPr><b/></rPr><t>Ti</t></r><r><t>dak</t></r>"
            + "<rPh sb=\"0\"><t>x</t></rPh></si><si><t/></si><si/><x:si><x:t>A &amp; B</x:t></x:si></sst>"
        let strings = try SheetScanner.sharedStrings(Array(part.utf8)[...], limits: WorkbookLimits())
        #expect(strings.all == ["Ya", "Tidak", "", "", "A & B"])
        #expect(throws: XMLError.self) {
            try SheetScanner.sharedStrings(Array("<sst><si><t>&bad;</t></si></sst>".utf8)[...], limits: WorkbookLimits())
        }
    }

    /// Texts in several pieces (around a comment or CDATA, in runs, a formula reopened after
    /// the value) are joined in order, and cells in one piece beside them keep their own text.
    @Test func textsInSeveralPiecesAreJoined() throws {
        let row =
            #"<c r="A1" t="inlineStr"><is><r><t>a &am</t></r><r><t>p; b</t></r></is></c>"#
            + #"<c r="B1"><f>SUM(</f><v>1<!-- x -->2</v><f><![CDATA[A1]]>)</f></c>"#
            + #"<c r="C1"><v>7</v></c>"#
        let sheet = "<worksheet><sheetData><row r=\"1\">\(row)</row></sheetData></worksheet>"
        let cells = try SheetCells(name: "S", xml: Array(sheet.utf8), sharedStrings: [], limits: WorkbookLimits())
        let values = cells.cells.map { cells.value(of: $0) }
        // "a &am" + "p; b" is "a &amp; b", which decodes to "a & b"; "1" + "2" is "12";
        // "SUM(" + "A1" + ")" is "SUM(A1)".
        #expect(values == ["a & b", "12", "7"])
        #expect(cells.cells.map { cells.formula(of: $0) } == [nil, "SUM(A1)", nil])
    }

    /// A cell whose text has an unknown or malformed reference is refused while the sheet is
    /// scanned, though its text is decoded only when read.
    @Test func unknownReferenceInACellIsRefused() {
        for cell in [#"<c r="A1" t="inlineStr"><is><t>a &bad; b</t></is></c>"#, #"<c r="B1"><v>&#xZZ;</v></c>"#] {
            let sheet = "<worksheet><sheetData><row r=\"1\">\(cell)</row></sheetData></worksheet>"
            #expect(throws: XMLError.self) {
                try SheetCells(name: "S", xml: Array(sheet.utf8), sharedStrings: [], limits: WorkbookLimits())
            }
        }
    }

    /// Random bytes and cut documents never trap: they read or they throw.
    @Test func randomInputFailsCleanly() {
        var random = SplitMix64(seed: 7)
        let alphabet = Array("<>/=\"'&;#x!?-[]abc: \n".utf8)
        var failures = 0
        for _ in 0..<2000 {
            let length = Int(random.next() % 40)
            let bytes = (0..<length).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }
            var reader = XMLReader(bytes, maxDepth: 8)
            do {
                var count = 0
                while try reader.next() != nil { count += 1 }
                #expect(count <= bytes.count)
            } catch {
                failures += 1
            }
        }
        #expect(failures > 1000)
    }
}
