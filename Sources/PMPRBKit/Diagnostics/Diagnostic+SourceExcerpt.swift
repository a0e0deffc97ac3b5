extension Diagnostic {
    /// The most characters of a source line a diagnostic shows.
    static let sourceWindow = 160
    /// How many characters before the column a cut line keeps.
    static let sourceLead = 60

    /// A long line cut to the part around a column, with `…` where it was cut, and the column
    /// where the part starts; a line of at most ``sourceWindow`` characters is returned whole.
    ///
    /// - Complexity: O(*c*) in the column, never in the rest of the line.
    static func excerpt(of line: String, around column: Int?) -> (text: String, start: Int) {
        let scalars = line.unicodeScalars
        guard scalars.dropFirst(sourceWindow).first != nil else { return (line, 1) }
        let skipped = max(0, (column ?? 1) - 1 - sourceLead)
        let rest = scalars.dropFirst(skipped)
        var text = String.UnicodeScalarView()
        if skipped > 0 { text.append("…") }
        text.append(contentsOf: rest.prefix(sourceWindow))
        if rest.dropFirst(sourceWindow).first != nil { text.append("…") }
        // The leading `…` stands in the column before the first character kept.
        return (String(text), skipped > 0 ? skipped : 1)
    }

    /// The spaces (and tabs, where the line has them) that put a caret under the character
    /// `count` characters into `line`, as the line is shown.
    static func caretPadding(_ line: String, count: Int) -> String {
        var padding = String.UnicodeScalarView()
        for scalar in line.unicodeScalars.prefix(max(0, count)) {
            if scalar == "\t" {
                padding.append("\t")
            } else {
                padding.append(
                    contentsOf: repeatElement(" ", count: VisibleText.width(of: scalar)))
            }
        }
        return String(padding)
    }
}
