import Foundation
import Testing

@testable import PMPRBKit

/// The workbook reader of `compare` (``WorkbookFastReader``) gives what the plain reader gives
/// (the package, the sheet's cells, ``WorkbookTable`` and ``WorksheetReader``), or gives up: on
/// templates of every instrument, on a workbook saved by LibreOffice, on templates whose
/// strings are shared, on hostile edits and on random edits of a sheet's cells,
/// ``UnitSummary/reading(csv:file:instrument:delimiter:options:)`` returns exactly what the
/// plain reader returns, summary, warnings and refusal alike (decision 0021).
@Suite struct WorkbookFastReaderEquivalenceTests {
    static let sheet = "xl/worksheets/sheet1.xml"

    /// Checks that both ways agree, and returns whether the fast reader took the workbook.
    @discardableResult
    static func expectSame(
        _ data: Data, _ instrument: Instrument, sourceLocation: SourceLocation = #_sourceLocation
    ) -> Bool {
        FastPathCheck.expectSame(
            data, file: "w.xlsx", instrument: instrument, sourceLocation: sourceLocation)
    }

    static func template(_ instrument: Instrument, _ index: Int) throws -> Data {
        WorkbookTemplate(
            instrument: instrument, worksheet: try WorkbookTestSupport.worksheet(instrument, index)
        ).data()
    }

    /// The workbook with its sheet passed through `edit`.
    static func editingSheet(_ data: Data, _ edit: (String) -> String) throws -> Data {
        try WorkbookPackageEditing.edited(data) { name, text in name == sheet ? edit(text) : text }
    }

    /// The workbook with every inline string of its sheet moved to a shared-string part, as
    /// Excel and LibreOffice keep them.
    static func sharingStrings(_ data: Data) throws -> Data {
        var strings: [String] = []
        let pattern = /t="inlineStr"><is><t>([^<]*)<\/t><\/is>/
        let shared = try editingSheet(data) { text in
            text.replacing(pattern) { match in
                strings.append(String(match.output.1))
                return "t=\"s\"><v>\(strings.count - 1)</v>"
            }
        }
        let items = strings.map { "<si><t xml:space=\"preserve\">\($0)</t></si>" }.joined()
        let part =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"\(strings.count)\" uniqueCount=\"\(strings.count)\">"
            + items + "</sst>"
        return try WorkbookPackageEditing.edited(shared, adding: [("xl/sharedStrings.xml", part)])
    }

    @Test func templatesOfEveryInstrument() throws {
        for id in WorkbookTestSupport.instrumentIDs {
            let instrument = try #require(BuiltinInstruments.instrument(id))
            var taken = 0
            for index in 0..<6 where Self.expectSame(try Self.template(instrument, index), instrument) {
                taken += 1
            }
            // Most generated worksheets read without a word; those the fast reader takes must
            // be some of them at least.
            #expect(taken > 0, "\(id)")
        }
    }

    @Test func sharedStringsAndTheLibreOfficeFixture() throws {
        let instrument = try TestWorksheets.zi()
        var taken = 0
        for index in 0..<4 {
            let template = try Self.template(instrument, index)
            let data = try Self.sharingStrings(template)
            #expect(try WorkbookPackageEditing.part(data, Self.sheet).contains("t=\"s\""))
            // Shared or inline, the strings are the same: so is whether the fast reader reads.
            let fast = Self.expectSame(data, instrument)
            #expect(fast == Self.expectSame(template, instrument))
            if fast { taken += 1 }
        }
        #expect(taken > 0)
        let folder = try #require(Bundle.module.resourceURL?.appendingPathComponent("Fixtures/workbook"))
        let saved = try Data(contentsOf: folder.appendingPathComponent("zi-2021-libreoffice.xlsx"))
        // Its LHKPN and LHKASN totals disagree with their rows: a warning, so the plain way.
        #expect(!Self.expectSame(saved, instrument))
    }

    /// Edits a person or a program might make, each read both ways.
    static var edits: [(String, (String) -> String)] { [
        ("answer", { $0.replacingOccurrences(of: "<is><t>Ya</t></is>", with: "<is><t>Tidak</t></is>") }),
        ("answer lower case, spaces", { $0.replacingOccurrences(of: "<is><t>A</t></is>", with: "<is><t> a </t></is>") }),
        ("answer by reference", { $0.replacingOccurrences(of: "<is><t>B</t></is>", with: "<is><t>&#66;</t></is>") }),
        ("unknown answer", { $0.replacingOccurrences(of: "<is><t>B</t></is>", with: "<is><t>Z</t></is>") }),
        ("bad reference", { $0.replacingOccurrences(of: "<is><t>B</t></is>", with: "<is><t>&bogus;</t></is>") }),
        ("CDATA", { $0.replacingOccurrences(of: "<is><t>C</t></is>", with: "<is><t><![CDATA[C]]></t></is>") }),
        ("rich text", { $0.replacingOccurrences(of: "<is><t>C</t></is>", with: "<is><r><t>C</t></r></is>") }),
        ("formula answer", { $0.replacingOccurrences(of: "t=\"inlineStr\"><is><t>Ya</t></is>", with: "t=\"str\"><f>\"Ya\"</f><v>Ya</v>") }),
        ("weight", { $0.replacingOccurrences(of: "<v>0.5</v>", with: "<v>0.75</v>") }),
        ("weight written long", { $0.replacingOccurrences(of: "<v>0.5</v>", with: "<v>0.50000000000000001</v>") }),
        ("other instrument", { $0.replacingOccurrences(of: "<t>zi-2021</t>", with: "<t>zi-2023</t>") }),
        ("no instrument", { $0.replacingOccurrences(of: "<t>zi-2021</t>", with: "<t></t>") }),
        ("year", { $0.replacingOccurrences(of: "<v>2026</v>", with: "<v>1999</v>") }),
        ("year with a point", { $0.replacingOccurrences(of: "<v>2026</v>", with: "<v>2026.0</v>") }),
        ("held predicate", { $0.replacingOccurrences(of: "<c r=\"E4\" s=\"6\"/>", with: "<c r=\"E4\" t=\"inlineStr\"><is><t>WBK 2025</t></is></c>") }),
        ("bad predicate", { $0.replacingOccurrences(of: "<c r=\"E4\" s=\"6\"/>", with: "<c r=\"E4\" t=\"inlineStr\"><is><t>WBKX</t></is></c>") }),
        ("metadata row", { $0.replacingOccurrences(of: "<t>A.I.1.i.a</t>", with: "<t>#unit</t>") }),
        ("unknown code", { $0.replacingOccurrences(of: "<t>A.I.1.i.a</t>", with: "<t>A.I.1.i.z</t>") }),
        ("repeated code", { $0.replacingOccurrences(of: "<t>A.I.1.i.b</t>", with: "<t>A.I.1.i.a</t>") }),
        ("code with spaces", { $0.replacingOccurrences(of: "<t>A.I.1.i.b</t>", with: "<t> A.I.1.i.b\u{A0}</t>") }),
        ("code with ASCII spaces", replacing("<t>A.I.1.i.b</t>", "<t> A.I.1.i.b\t</t>")),
        ("code by reference", replacing("<t>A.I.1.i.b</t>", "<t>A.I.1.i&#46;b</t>")),
        ("code in lower case", replacing("<t>A.I.1.i.b</t>", "<t>a.i.1.i.b</t>")),
        ("code as a formula", replacing(
            "t=\"inlineStr\"><is><t>A.I.1.i.b</t></is>",
            "t=\"str\"><f>\"A.I.1.i.b\"</f><v>A.I.1.i.b</v>")),
        ("code as a number", replacing("t=\"inlineStr\"><is><t>A.I.1.i.b</t></is>", "><v>7</v>")),
        ("answer with spaces", replacing("<is><t>Ya</t></is>", "<is><t> Ya\n</t></is>")),
        ("code without content", { $0.replacingOccurrences(of: "<t>A.I.1.i.b</t>", with: "<t>\u{200B}</t>") }),
        ("no column name", { $0.replacingOccurrences(of: "<t>Bobot</t>", with: "<t>Bobot lama</t>") }),
        ("columns repeated", { $0.replacingOccurrences(of: "<t>Catatan</t>", with: "<t>Jawaban</t>") }),
        ("note in a row", { $0.replacingOccurrences(of: "<c r=\"J40\" s=\"6\"/>", with: "<c r=\"J40\" t=\"inlineStr\"><is><t>catatan</t></is></c>") }),
        ("cell right of the header", { $0.replacingOccurrences(of: "<c r=\"J40\" s=\"6\"/>", with: "<c r=\"J40\" s=\"6\"/><c r=\"K40\"><v>5</v></c>") }),
        ("cells out of order", { $0.replacingOccurrences(of: "<c r=\"J41\" s=\"6\"/>", with: "<c r=\"J41\" s=\"6\"/><c r=\"A41\" t=\"inlineStr\"><is><t>A.I.1.i.a</t></is></c>") }),
        ("header named cell moved", { $0.replacingOccurrences(of: "<c r=\"B3\"", with: "<c r=\"B5\"") }),
        ("unbalanced", { $0.replacingOccurrences(of: "</sheetData>", with: "</sheetData></x>") }),
    ] }

    /// An edit that replaces every `old` with `new`.
    static func replacing(_ old: String, _ new: String) -> (String) -> String {
        { $0.replacingOccurrences(of: old, with: new) }
    }

    @Test func hostileEditsReadAsThePlainReaderReadsThem() throws {
        let instrument = try TestWorksheets.zi()
        let template = try Self.template(instrument, 1)
        #expect(Self.expectSame(template, instrument))
        for (name, edit) in Self.edits {
            let edited = try Self.editingSheet(template, edit)
            #expect(edited != template, "\(name)")
            Self.expectSame(edited, instrument)
            Self.expectSame(try Self.sharingStrings(edited), instrument)
        }
        // Without the defined names, the labels above the header name the metadata.
        let unnamed = try WorkbookPackageEditing.edited(template) { name, text in
            name == "xl/workbook.xml"
                ? text.replacing(/<definedNames>.*<\/definedNames>/, with: "") : text
        }
        #expect(Self.expectSame(unnamed, instrument))
    }

    /// Cells of the rows below the header given random values, one or two at a time.
    @Test func randomCellEdits() throws {
        let instrument = try TestWorksheets.zi()
        let template = try Self.template(instrument, 2)
        let sheet = try WorkbookPackageEditing.part(template, Self.sheet)
        let values = [
            "", "<v>1</v>", "<v>0.5</v>", "<v>3.5600000000000001</v>", "<v>1E+3</v>",
            "<is><t>A</t></is>", "<is><t> b</t></is>", "<is><t>Ya</t></is>", "<is><t>TB</t></is>",
            "<is><t>A.I.1.i.a</t></is>", "<is><t>#tahun</t></is>", "<is><t>  </t></is>",
            "<is><t>x&amp;y</t></is>", "<f>1+1</f><v>2</v>", "<is><t> A.I.1.i.a\t</t></is>",
            "<is><t>0,5</t></is>", "<is><t>&#65;</t></is>", "<v> 1</v>", "<v>-0</v>",
        ]
        var generator = SplitMix64(seed: 21)
        var taken = 0
        for _ in 0..<120 {
            var edited = sheet
            for _ in 0..<Int.random(in: 1...2, using: &generator) {
                let row = Int.random(in: 36...234, using: &generator)
                let column = ["A", "C", "F", "G", "I", "B"].randomElement(using: &generator)!
                let value = values.randomElement(using: &generator)!
                let type = value.hasPrefix("<is>") ? " t=\"inlineStr\"" : ""
                let element = value.isEmpty ? "" : "<c r=\"\(column)\(row)\"\(type)>\(value)</c>"
                edited = WorkbookPackageEditing.replacingCell(edited, "\(column)\(row)", with: element)
            }
            let data = try Self.editingSheet(template) { _ in edited }
            if Self.expectSame(data, instrument) { taken += 1 }
            // Shared, the same strings are read from the shared strings' bytes.
            #expect(
                Self.expectSame(try Self.sharingStrings(data), instrument)
                    == Self.expectSame(data, instrument))
        }
        #expect(taken > 0)
    }
}
