/// A value written in a road map or a realisation file: a number with optional category labels
/// in brackets (`68 (BB)`, `3,5 (B) (Baik)`, `85%`, `Level 3`), or a category written as text
/// (`WTP`, `BB`).
public struct RoadMapValue: Hashable, Sendable {
    /// The number, if the value is one.
    public var number: Double?
    /// Whether the number was written with `%`.
    public var isPercent: Bool = false
    /// The category, when the value is written as text rather than as a number.
    public var grade: String?
    /// The labels in brackets after a number, in order (`["B", "Baik"]`).
    public var labels: [String] = []
    /// The cell as written, trimmed.
    public var text: String
    /// Where the cell is.
    public var position: SourcePosition

    /// Why a cell cannot be read as a value of a kind.
    public enum Failure: Error, Hashable, Sendable {
        /// A number was expected.
        case notANumber
        /// A percentage was written where the kind is not a percentage.
        case percentForKind
        /// Text outside brackets follows the number.
        case trailingText(String)
        /// A bracket is not closed.
        case unclosedBracket

        /// The reason in English, to follow "value 'x' ..." in a message; the catalogue
        /// (``RoadMapMessage/Problem/unreadable(_:)``) has it in both languages.
        public var reason: String { RoadMapMessage.problem(.unreadable(self), .en) }
    }

    /// Whether a cell holds no value: empty, or a dash as road maps write for "no target".
    public static func isEmpty(_ text: String) -> Bool {
        ["", "-", "–", "—"].contains(text.trimmed)
    }

    /// Reads a non-empty cell as a value of a kind.
    ///
    /// A number may be followed by labels in brackets. `Level` before a number is dropped for
    /// ``IndicatorKind/level``. For ``IndicatorKind/predikat`` text that is not a number is the
    /// category itself.
    ///
    /// - Parameters:
    ///   - text: The cell.
    ///   - kind: The indicator's kind.
    ///   - position: Where the cell is.
    /// - Returns: The value, or why it cannot be read.
    public static func parse(
        _ text: String, kind: IndicatorKind, at position: SourcePosition
    ) -> Result<RoadMapValue, Failure> {
        let trimmed = text.trimmed
        var head = Substring(trimmed)
        if kind == .level, head.lowercased().hasPrefix("level") {
            head = head.dropFirst("level".count).drop { $0 == " " }
        }
        let bracket = head.firstIndex(of: "(")
        let numberText = String(head[..<(bracket ?? head.endIndex)]).trimmed
        var labels: [String] = []
        if let bracket {
            var rest = head[bracket...]
            while let open = rest.firstIndex(of: "(") {
                let before = rest[..<open].trimmed
                if !before.isEmpty { return .failure(.trailingText(before)) }
                guard let close = rest[open...].firstIndex(of: ")") else {
                    return .failure(.unclosedBracket)
                }
                labels.append(rest[rest.index(after: open)..<close].trimmed)
                rest = rest[rest.index(after: close)...]
            }
            if !rest.trimmed.isEmpty { return .failure(.trailingText(rest.trimmed)) }
        }
        guard let parsed = LocaleNumber.parse(numberText) else {
            if kind == .predikat && !numberText.isEmpty {
                return .success(
                    RoadMapValue(
                        grade: numberText, labels: labels, text: trimmed, position: position))
            }
            if let space = numberText.firstIndex(of: " "),
                LocaleNumber.parse(String(numberText[..<space])) != nil
            {
                return .failure(.trailingText(numberText[space...].trimmed))
            }
            return .failure(.notANumber)
        }
        if parsed.isPercent && kind != .persen { return .failure(.percentForKind) }
        return .success(
            RoadMapValue(
                number: parsed.value, isPercent: parsed.isPercent, labels: labels, text: trimmed,
                position: position))
    }
}
