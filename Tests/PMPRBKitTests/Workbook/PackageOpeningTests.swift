import Foundation
import Testing

@testable import PMPRBKit

/// A package opened after another whose small parts (relationships, workbook part) have the
/// same bytes takes what the other's opening derived from them (`WorkbookPackage.Opening`):
/// it opens as it opens alone, and a package whose parts differ, or whose caps differ, is
/// read from its own parts.
@Suite struct PackageOpeningTests {
    typealias Equivalence = WorkbookFastReaderEquivalenceTests

    /// The sheets, defined names and shared strings of a package, or its refusal, as text.
    static func opened(
        _ data: Data, limits: WorkbookLimits = WorkbookLimits(),
        after last: WorkbookPackage.LastOpening = WorkbookPackage.LastOpening()
    ) -> String {
        do {
            let package = try WorkbookPackage([UInt8](data), limits: limits, remembering: last)
            let sheets = package.sheets.map { "\($0.name)=\($0.part)" }
            let names = package.definedNames.sorted { $0.key < $1.key }.map {
                "\($0.key)=\($0.value.sheet)!\($0.value.cell)"
            }
            let strings = package.sharedStrings[0].map { "first string \($0)" } ?? "no strings"
            return (sheets + names + [strings]).joined(separator: " ")
        } catch {
            return "refused \(error)"
        }
    }

    static func template(_ index: Int) throws -> Data {
        try Equivalence.template(try #require(BuiltinInstruments.instrument("zi-2021")), index)
    }

    static func editing(_ data: Data, _ part: String, _ edit: @escaping (String) -> String) throws -> Data {
        try WorkbookPackageEditing.edited(data) { name, text in name == part ? edit(text) : text }
    }

    @Test func sameSmallPartsOpenAsAlone() throws {
        let (first, second) = (try Self.template(0), try Self.template(1))
        // The template's one sheet and its six defined names without a sheet of their own
        // (the print titles are local to the sheet), as `SheetLayout` names them.
        let expected =
            "LKE=xl/worksheets/sheet1.xml instrumen=LKE!B2 kategori=LKE!C7 predikat=LKE!E4 "
            + "tahun=LKE!B4 total=LKE!C6 unit=LKE!B3 no strings"
        #expect(Self.opened(second) == expected)
        let last = WorkbookPackage.LastOpening()
        #expect(Self.opened(first, after: last) == expected)
        #expect(last.value?.sheets.map(\.part) == ["xl/worksheets/sheet1.xml"])
        #expect(Self.opened(second, after: last) == expected)
        // Strings are read from each package's own part.
        let shared = try Equivalence.sharingStrings(second)
        #expect(Self.opened(shared, after: last) == Self.opened(shared))
        #expect(Self.opened(shared, after: last).hasSuffix("first string Lembar Kerja Evaluasi: Lembar Kerja Evaluasi Zona Integritas menuju WBK/WBBM"))
    }

    /// Each changed part is parsed again, in either order of the two packages, and a part
    /// that does not read is refused as when the package is opened alone.
    @Test func changedPartsAreReadFromThePackage() throws {
        let plain = try Self.template(0)
        let workbook = "xl/workbook.xml"
        let edits = [
            try Self.editing(plain, workbook) {
                $0.replacingOccurrences(of: "name=\"LKE\"", with: "name=\"Lembar\"")
                    .replacingOccurrences(of: "LKE!$B$3", with: "Lembar!$C$3")
            },
            try Self.editing(plain, "xl/_rels/workbook.xml.rels") {
                $0.replacingOccurrences(of: "worksheets/sheet1.xml", with: "worksheets/other.xml")
            },
            try Self.editing(plain, "_rels/.rels") {
                $0.replacingOccurrences(of: "xl/workbook.xml", with: "xl/book.xml")
            },
            try Self.editing(plain, workbook) { $0.replacingOccurrences(of: "</workbook>", with: "") },
            try Self.editing(plain, "xl/_rels/workbook.xml.rels") { _ in "" },
        ]
        let outcomes = edits.map { Self.opened($0) }
        // The renamed sheet with the unit's cell moved; the sheet's part renamed; no workbook
        // part where the relationship points; a workbook part cut short; relationships empty.
        #expect(outcomes[0].hasPrefix("Lembar=xl/worksheets/sheet1.xml"))
        #expect(outcomes[0].contains("unit=Lembar!C3"))
        #expect(outcomes[1].hasPrefix("LKE=xl/worksheets/other.xml"))
        #expect(outcomes[2] == "refused notAWorkbook")
        #expect(outcomes[3].hasPrefix("refused xml(part: \"xl/workbook.xml\""))
        #expect(outcomes[4].hasPrefix("refused xml(part: \"xl/_rels/workbook.xml.rels\""))
        for (edit, alone) in zip(edits, outcomes) {
            let last = WorkbookPackage.LastOpening()
            _ = Self.opened(plain, after: last)
            #expect(Self.opened(edit, after: last) == alone)
            #expect(Self.opened(plain, after: last) == Self.opened(plain))
        }
    }

    /// An opening kept under one set of caps is not taken under another: the workbook part
    /// nests three deep (`workbook`, `sheets`, `sheet`), beyond a cap of two.
    @Test func openingsAreKeptWithTheirCaps() throws {
        let data = try Self.template(0)
        var shallow = WorkbookLimits()
        shallow.xmlDepth = 2
        let alone = Self.opened(data, limits: shallow)
        #expect(alone.hasPrefix("refused xml(part: \"_rels/.rels\"") || alone.hasPrefix("refused xml(part: \"xl/workbook.xml\""))
        let last = WorkbookPackage.LastOpening()
        #expect(Self.opened(data, after: last).hasPrefix("LKE="))
        #expect(Self.opened(data, limits: shallow, after: last) == alone)
    }
}
