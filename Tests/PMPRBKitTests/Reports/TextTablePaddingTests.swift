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

    /// A report's text titled `T`, with no subtitle: its head, then `lines`, each ended by a
    /// line break.
    private static func text(_ lines: [String]) -> String {
        (["T", "=", ""] + lines).joined(separator: "\n") + "\n"
    }

    @Test func nonASCIICellsArePaddedByCharacters() {
        // By hand: column 0 is max("Unit" 4, "Cémpaka" 7, "東京" 2, "éx" 2) = 7 wide; column 1
        // (numeric, right-aligned) max("Nilai" 5, 3, 2, 1) = 5. "東京": 7 - 2 = 5 spaces, the
        // 2-space gap, 5 - 2 = 3 spaces before "10": 10 spaces. "éx" (e + combining accent, 2
        // characters): 5 + 2 + 4 = 11 spaces before "7".
        let expected = Self.text([
            "Unit     Nilai",
            "-------  -----",
            "Cémpaka    1,5",
            "東京" + String(repeating: " ", count: 10) + "10",
            "e\u{301}x" + String(repeating: " ", count: 11) + "7",
        ])
        #expect(document().renderedText() == expected)
    }

    @Test func nonASCIICellsAreCutByCharacters() {
        // By hand: with cells of at most 5, column 0 is max(4, 5, 2, 2) = 5; "Cémpaka" is cut to
        // 4 characters and "…". "東京": 3 + 2 + 3 = 8 spaces before "10"; "éx": 3 + 2 + 4 = 9.
        let expected = Self.text([
            "Unit   Nilai",
            "-----  -----",
            "Cémp…    1,5",
            "東京" + String(repeating: " ", count: 8) + "10",
            "e\u{301}x" + String(repeating: " ", count: 9) + "7",
        ])
        #expect(document().renderedText(maxCellWidth: 5) == expected)
    }

    @Test func asciiCellsAreCutOnTheirBytes() {
        // By hand: cells of at most 5; column 0 is max("Unit" 4, "Kecamatan" 9 → 5, "Desa" 4) = 5
        // and "Kecamatan" is cut to "Keca" and "…", so 0 spaces; column 1 (left-aligned text)
        // max("Nama" 4, "Utara Jauh" 10 → 5, "Ok" 2) = 5, "Utara Jauh" cut to "Utar…"; "Desa"
        // gets 1 space, then "Ok" and no trailing spaces.
        let table = ReportDocument.Table(
            columns: ["Unit", "Nama"], numeric: [],
            rows: [["Kecamatan", "Utara Jauh"], ["Desa", "Ok"]])
        let document = ReportDocument(
            title: "T", subtitle: [], alerts: [],
            sections: [ReportDocument.Section(heading: "", table: table)])
        let expected = Self.text([
            "Unit   Nama",
            "-----  -----",
            "Keca…  Utar…",
            "Desa   Ok",
        ])
        #expect(document.renderedText(maxCellWidth: 5) == expected)
    }

    /// Trailing spaces are cut on the bytes after ASCII text, and by characters where a space
    /// may belong to the character before it.
    @Test func trailingSpacesAreCutAsCharacters() {
        #expect("abc   ".trimmingTrailingSpaces == "abc")
        #expect("   ".trimmingTrailingSpaces == "")
        #expect("".trimmingTrailingSpaces == "")
        #expect("x\r  ".trimmingTrailingSpaces == "x\r")
        // After a non-ASCII letter, by characters: the spaces are their own characters.
        #expect("Cémpaka  ".trimmingTrailingSpaces == "Cémpaka")
        // A combining acute accent after the space joins it: the last character is not " ".
        #expect("a \u{301}".trimmingTrailingSpaces == "a \u{301}")
        // U+0600 (a prepended concatenation mark) joins the space after it into one character.
        #expect("\u{600} ".trimmingTrailingSpaces == "\u{600} ")
        #expect("\u{600} ".count == 1)
    }

    /// A table's line is written as bytes and cut of its trailing spaces as
    /// ``Swift/StringProtocol/trimmingTrailingSpaces`` cuts the same text.
    @Test func linesWrittenAsBytesAreCutAsTheirText() {
        let texts = [
            "abc   ", "   ", "", "x\r  ", "Cémpaka  ", "a \u{301}", "\u{600} ", "\u{600}  x  ",
            "東京  ", "é", "a b  c", "\u{301}  ",
        ]
        for text in texts {
            let cut = ReportDocument.stringCuttingTrailingSpaces(Array(text.utf8))
            #expect(cut == text.trimmingTrailingSpaces, "\(Array(text.unicodeScalars))")
            #expect(Array(cut.utf8) == Array(text.trimmingTrailingSpaces.utf8))
        }
        // By hand: "abc" and three spaces keep 3 bytes; "\u{600} " is one character, kept.
        #expect(ReportDocument.stringCuttingTrailingSpaces(Array("abc   ".utf8)) == "abc")
        #expect(ReportDocument.stringCuttingTrailingSpaces(Array("\u{600} ".utf8)) == "\u{600} ")
    }
}
