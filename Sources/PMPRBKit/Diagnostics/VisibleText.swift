/// Text from a file made fit for a message: at most a few hundred characters, and every
/// character that cannot be seen shown by name.
///
/// A cell may hold megabytes, or a byte order mark, a zero width space or a non-breaking space
/// that makes `kode` differ from `kode` on screen. Messages quote cells through ``quoted(_:limit:)``:
///
/// ```swift
/// VisibleText.quoted("\u{FEFF}kode")  // "'<U+FEFF>kode'"
/// VisibleText.quoted(String(repeating: "A", count: 5000))  // "'AAA…AAA…' (5000 characters)"
/// ```
public enum VisibleText {
    /// The most characters of a value a message quotes.
    public static let quoteLimit = 200

    /// A value in single quotes, for a message: cut after `limit` characters (Unicode scalars)
    /// with `…` and the full length, and each invisible character written as `<U+XXXX>`.
    ///
    /// - Parameters:
    ///   - text: The value, as read.
    ///   - limit: The most characters shown.
    /// - Returns: The quoted value.
    public static func quoted(_ text: String, limit: Int = quoteLimit) -> String {
        let (shown, count) = prefix(of: text, limit: limit)
        guard count > limit else { return "'" + shown + "'" }
        return "'" + shown + "…' (\(count) characters)"
    }

    /// A value for a message that puts its own quotes around it: as ``quoted(_:limit:)``,
    /// without the quotes (`AAA… (5000 characters)`).
    public static func clipped(_ text: String, limit: Int = quoteLimit) -> String {
        let (shown, count) = prefix(of: text, limit: limit)
        guard count > limit else { return shown }
        return shown + "… (\(count) characters)"
    }

    /// The first `limit` scalars of `text` with invisible ones named, and the scalar count.
    private static func prefix(of text: String, limit: Int) -> (String, Int) {
        var shown = String.UnicodeScalarView()
        var count = 0
        for scalar in text.unicodeScalars {
            count += 1
            guard count <= limit else { continue }
            append(scalar, to: &shown, keepingTabs: false)
        }
        return (String(shown), count)
    }

    /// A line of text with each invisible character but the tab written as `<U+XXXX>`.
    static func shown(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { isInvisible($0) && $0 != "\t" }) else {
            return text
        }
        var shown = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { append(scalar, to: &shown, keepingTabs: true) }
        return String(shown)
    }

    /// How many columns a scalar takes once shown: the length of its name, or 1.
    static func width(of scalar: Unicode.Scalar) -> Int {
        isInvisible(scalar) && scalar != "\t" ? tag(scalar).unicodeScalars.count : 1
    }

    /// A note naming each kind of invisible character in `text`, or `nil` when it has none.
    ///
    /// - Parameter text: A value that a message quotes.
    /// - Returns: For example `'<U+FEFF>' is U+FEFF (byte order mark, …); it cannot be seen in
    ///   a spreadsheet: retype the cell`, in the reader's language.
    public static func invisibleNote(for text: String) -> Message? {
        let characters = invisibleCharacters(in: text)
        return characters.isEmpty ? nil : .csv(.invisibleCharacters(characters))
    }

    /// The first five kinds of invisible character in `text`, in order.
    static func invisibleCharacters(in text: String) -> [InvisibleCharacter] {
        var seen: [Unicode.Scalar] = []
        for scalar in text.unicodeScalars where isInvisible(scalar) && !seen.contains(scalar) {
            seen.append(scalar)
            if seen.count == 5 { break }
        }
        return seen.map(InvisibleCharacter.init)
    }

    /// Whether a scalar shows nothing on screen: a control or format character, or a space
    /// other than U+0020.
    public static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value >= 0x21 && scalar.value < 0x7F { return false }
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator: return true
        case .spaceSeparator: return scalar != " "
        default: return false
        }
    }

    /// `<U+FEFF>`.
    static func tag(_ scalar: Unicode.Scalar) -> String {
        "<" + code(scalar) + ">"
    }

    /// `U+FEFF`.
    static func code(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    private static func append(
        _ scalar: Unicode.Scalar, to view: inout String.UnicodeScalarView, keepingTabs: Bool
    ) {
        if isInvisible(scalar) && !(keepingTabs && scalar == "\t") {
            view.append(contentsOf: tag(scalar).unicodeScalars)
        } else {
            view.append(scalar)
        }
    }
}
