import Foundation
import PMPRBKit
import Testing

/// Columns in messages count Unicode scalars (`docs/decisions/0003-columns-count-unicode-scalars.md`).
@Suite struct PositionTests {
    /// The column of the error for a wrong answer to `A.1.i.a`, whose title is `title`.
    func column(title: String) throws -> Int? {
        let instrument = try APIFixture.instrument()
        let text = APIFixture.worksheetText(
            unit: "Dinas", answers: ["Mungkin", "A", "Ya", "4"], title: title)
        let error = #expect(throws: DiagnosticError.self) {
            try Worksheet(csv: Data(text.utf8), file: "x.csv", instrument: instrument)
        }
        return error?.diagnostics.first { $0.severity == .error }?.position?.column
    }

    @Test func accentsAndCJKCountOneColumnPerScalar() throws {
        // "A.1.i.a," is 8 scalars, then the title, then ",,Ya/Tidak," (11): the answer starts
        // at 8 + title + 11 + 1. "Tim ZI é 東京" is 11 scalars: column 31.
        #expect(try column(title: "Tim ZI é 東京") == 31)
        // With é as e and a combining accent, the title is 12 scalars: column 32.
        #expect(try column(title: "Tim ZI e\u{301} 東京") == 32)
        // The same title in ASCII letters gives the same column as the precomposed one.
        #expect(try column(title: "Tim ZI e ab") == 31)
    }
}
