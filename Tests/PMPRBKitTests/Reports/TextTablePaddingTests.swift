import Testing

@testable import PMPRBKit

/// Text tables pad and cut by characters, also for accented and wide text.
@Suite struct TextTablePaddingTests {
    private func document() -> ReportDocument {
        let table = ReportDocument.Table(
            columns: ["Unit", "Nilai"], numeric: [1],
            rows: [["Cémpaka", "1,5"], ["東京", "10"], ["e\u{301}x", "7"]])
        return ReportDocument(
            title: "T", subtitle: [], alerts: [],
            sections: [ReportDocument.Section(heading: "", table: table)])
    }

    @Test func nonASCIICellsArePaddedByCharacters() {
        // By hand: column 0 is max("Unit" 4, "Cémpaka" 7, "東京" 2, "éx" 2) = 7 wide; column 1
        // (numeric, right-aligned) max("Nilai" 5, 3, 2, 1) = 5. "東京": 7 - 2 = 5 spaces, the
        // 2-space gap, 5 - 2 = 3 spaces before "10": 10 spaces. "éx" (e + combining accent, 2
        // characters): 5 + 2 + 4 = 11 spaces before "7".
        let expected = [
            "T", "=", "",
            "Unit     Nilai",
            "-------  -----",
            "Cémpaka    1,5",
            "東京" + String(repeating: " ", count: 10) + "10",
            "e\u{301}x" + String(repeating: " ", count: 11) + "7",
        ].joined(separator: "\n") + "\n"
        #expect(document().renderedText() == expected)
    }

    @Test func nonASCIICellsAreCutByCharacters() {
        // By hand: with cells of at most 5, column 0 is max(4, 5, 2, 2) = 5; "Cémpaka" is cut to
        // 4 characters and "…". "東京": 3 + 2 + 3 = 8 spaces before "10"; "éx": 3 + 2 + 4 = 9.
        let expected = [
            "T", "=", "",
            "Unit   Nilai",
            "-----  -----",
            "Cémp…    1,5",
            "東京" + String(repeating: " ", count: 8) + "10",
            "e\u{301}x" + String(repeating: " ", count: 9) + "7",
        ].joined(separator: "\n") + "\n"
        #expect(document().renderedText(maxCellWidth: 5) == expected)
    }
}
