import PMPRBPlatform

extension Instrument {
    /// The regulation an instrument's source names first: the text before the first `;` outside
    /// parentheses, which is what a printed header shows (`PermenPANRB 9/2023`); the rest of the
    /// source (databases, tables consulted) stays in the JSON report and the instrument file.
    public static func regulation(of source: String) -> String {
        var depth = 0
        for index in source.indices {
            switch source[index] {
            case "(": depth += 1
            case ")": depth = max(0, depth - 1)
            case ";" where depth == 0:
                return String(source[..<index]).trimmingInlineWhitespace
            default: continue
            }
        }
        return source
    }
}
