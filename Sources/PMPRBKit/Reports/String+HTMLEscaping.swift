extension String {
    /// The text with `&`, `<`, `>`, `"` and `'` written as character references, so that it is
    /// shown as text in HTML content and in quoted attribute values, never read as markup.
    ///
    /// Every text that a worksheet or an instrument file supplies goes through it.
    public var htmlEscaped: String {
        var result = ""
        result.reserveCapacity(utf8.count)
        for scalar in unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\u{0}": result += "\u{FFFD}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
