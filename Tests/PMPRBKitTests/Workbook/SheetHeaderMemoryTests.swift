import Foundation
import Testing

@testable import PMPRBKit

/// A header found after another sheet's (`SheetHeader.Known`) is the header found alone: a
/// header row with the same cells is taken from memory, and one whose cells differ in any way
/// that could change the header (text, type, a formula, a shared string) is read again.
@Suite struct SheetHeaderMemoryTests {
    typealias Equivalence = WorkbookFastReaderEquivalenceTests

    /// Everything a header holds, as text.
    static func described(_ header: SheetHeader?) -> String {
        guard let header else { return "none" }
        return "\(header.number) \(header.range) \(header.first)...\(header.last) "
            + "\(header.columnNames) \(header.computed) \(header.unread) \(header.kodeColumn ?? 0)"
    }

    static func cells(_ data: Data) throws -> SheetCells {
        var package = try WorkbookPackage([UInt8](data), remembering: WorkbookPackage.LastOpening())
        return try package.cells(of: try #require(package.sheets.first))
    }

    /// The template's `Nilai` header cell, which the edits replace.
    static let nilai = "t=\"inlineStr\"><is><t>Nilai</t></is>"

    @Test func headersAfterOtherHeadersAreTheHeadersAlone() throws {
        let instrument = try TestWorksheets.zi()
        let template = try Equivalence.template(instrument, 0)
        let sheets: [(String, Data)] = [
            ("template", template),
            ("formula", try Equivalence.editingSheet(template) {
                $0.replacingOccurrences(
                    of: Self.nilai, with: "t=\"str\"><f>\"Nilai\"</f><v>Nilai</v>")
            }),
            ("no formula", try Equivalence.editingSheet(template) {
                $0.replacingOccurrences(of: Self.nilai, with: "t=\"str\"><v>Nilai</v>")
            }),
            ("inline one", try Equivalence.editingSheet(template) {
                $0.replacingOccurrences(of: Self.nilai, with: "t=\"inlineStr\"><is><t>1</t></is>")
            }),
            ("true", try Equivalence.editingSheet(template) {
                $0.replacingOccurrences(of: Self.nilai, with: "t=\"b\"><v>1</v>")
            }),
            ("renamed", try Equivalence.editingSheet(template) {
                $0.replacingOccurrences(of: "<t>Catatan</t>", with: "<t>Jawaban</t>")
            }),
            ("shared strings", try Equivalence.sharingStrings(template)),
        ]
        let alone = try sheets.map { try Self.described(SheetHeader(Self.cells($0.1))) }
        // Same bytes, another formula or type: another header, or the test would test nothing.
        // A `Nilai` with a formula is left unread; `1` is `TRUE` as a boolean.
        #expect(alone[1] != alone[2] && alone[2] == alone[0], "\(alone)")
        #expect(alone[3] != alone[4] && alone[3] != alone[0], "\(alone)")
        #expect(alone[5] != alone[0] && alone[6] == alone[0], "\(alone)")
        for (first, (_, before)) in sheets.enumerated() {
            for (second, (name, after)) in sheets.enumerated() {
                let last = SheetHeader.LastHeader()
                _ = SheetHeader(try Self.cells(before), remembering: last)
                let remembered = SheetHeader(try Self.cells(after), remembering: last)
                #expect(Self.described(remembered) == alone[second], "\(name) after \(first)")
            }
        }
    }
}
