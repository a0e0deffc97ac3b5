import Testing

@testable import PMPRBKit

/// Messages quote a few hundred characters at most, show what cannot be seen by name, and cut
/// long source lines around the caret.
@Suite struct VisibleTextTests {
    @Test(arguments: [
        ("kode", "'kode'"),
        ("\u{FEFF}kode", "'<U+FEFF>kode'"),
        ("A.1\u{200B}", "'A.1<U+200B>'"),
        ("Ya\u{00A0}", "'Ya<U+00A0>'"),
        ("a\tb", "'a<U+0009>b'"),
        ("a\u{1}b", "'a<U+0001>b'"),
        ("Kabupatén ", "'Kabupatén '"),
    ])
    func quotesWithInvisibleCharactersNamed(text: String, quoted: String) {
        #expect(VisibleText.quoted(text) == quoted)
    }

    @Test func quotesAtMostTheLimit() {
        let text = String(repeating: "é", count: 5_000)
        #expect(
            VisibleText.quoted(text)
                == "'" + String(repeating: "é", count: 200) + "…' (5000 characters)")
        #expect(VisibleText.quoted(String(repeating: "x", count: 200)).count == 202)
    }

    @Test func namesEachKindOfInvisibleCharacterOnce() {
        let note = VisibleText.invisibleNote(for: "\u{FEFF}a\u{00A0}\u{FEFF}")
        #expect(
            note?.rendered(.en)
                == "'<U+FEFF>' is U+FEFF (byte order mark, a zero width no-break space); "
                + "'<U+00A0>' is U+00A0 (non-breaking space); it cannot be seen in a "
                + "spreadsheet: retype the cell")
        #expect(
            note?.rendered(.id)
                == "'<U+FEFF>' adalah U+FEFF (penanda urutan byte, spasi lebar nol tanpa "
                + "pemutus); '<U+00A0>' adalah U+00A0 (spasi tanpa pemutus); karakter itu tidak "
                + "terlihat di spreadsheet: ketik ulang selnya")
        #expect(VisibleText.invisibleNote(for: "A.I.1 a") == nil)
    }

    @Test func aLongSourceLineIsCutAroundTheCaret() {
        // Column 5,000 holds the X; the window keeps 60 characters before it.
        let line = String(repeating: "a", count: 4_999) + "X" + String(repeating: "b", count: 5_000)
        let diagnostic = Diagnostic(
            .error, "bad", file: "f.csv", position: SourcePosition(line: 1, column: 5_000),
            sourceLine: line)
        let lines = diagnostic.rendered().split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        let shown = Array(lines[1])
        let caret = Array(lines[2]).count - 1
        #expect(shown[caret] == "X")
        #expect(shown.first == "…" && shown.last == "…")
        #expect(shown.count == 1 + 160 + 1)
    }

    @Test func theCaretStaysUnderItsCharacterAfterANamedOne() {
        let diagnostic = Diagnostic(
            .error, "bad", position: SourcePosition(line: 1, column: 3), sourceLine: "a\u{FEFF}b")
        #expect(diagnostic.rendered() == "1:3: error: bad\na<U+FEFF>b\n         ^")
    }

    @Test func aShortLineIsShownWhole() {
        let diagnostic = Diagnostic(
            .error, "bad", position: SourcePosition(line: 2, column: 4), sourceLine: "x,\ty,z")
        #expect(diagnostic.rendered() == "2:4: error: bad\nx,\ty,z\n  \t^")
    }
}
