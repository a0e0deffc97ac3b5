/// Escaping of text and attribute values written into XML.
enum XMLText {
    /// The text with `&`, `<`, `>` and, for an attribute value, `"` escaped, and control
    /// characters XML 1.0 forbids dropped (a worksheet cell cannot hold them). Element text
    /// keeps its quotes, which makes a formula such as `IF(F40="","",…)` a third shorter.
    static func escaped(_ text: String, inAttribute: Bool = true) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"" where inAttribute: result += "&quot;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            default:
                if scalar.value >= 0x20 && scalar.value != 0xFFFE && scalar.value != 0xFFFF {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }
}
