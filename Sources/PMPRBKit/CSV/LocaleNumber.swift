import Foundation

/// Numbers as people type them in an Indonesian or an English spreadsheet, read and written
/// without consulting the system locale.
public enum LocaleNumber {
    /// Parses a number typed with a decimal comma or a decimal point, optionally as a percentage.
    ///
    /// Surrounding whitespace is ignored, and a leading `-` or `+` is allowed. Digits are ASCII.
    ///
    /// - One kind of separator, once: it is the decimal mark (`"3,29"` and `"3.29"` are 3.29;
    ///   `"1,234"` is 1.234).
    /// - One kind of separator, several times: it groups thousands, so every group after the
    ///   first must have exactly 3 digits (`"1.234.567"` is 1234567; `"1,2,3"` is `nil`).
    /// - Both kinds: the last separator is the decimal mark and occurs once; the other groups
    ///   thousands in groups of exactly 3 digits (`"1.234,5"` and `"1,234.5"` are 1234.5;
    ///   `"3,2.1"` is `nil`).
    /// - A trailing `%`, with optional spaces before it, sets `isPercent`; the value stays as
    ///   typed (`"75%"` is 75 with `isPercent` true).
    ///
    /// The first group has 1 to 3 digits when there is grouping; a decimal mark needs digits
    /// after it and may have none before it (`",5"` is 0.5). Exponents, spaces inside the
    /// number, `NaN` and infinities are refused.
    ///
    /// - Parameter text: The text of a cell.
    /// - Returns: The value and whether it was written as a percentage, or `nil` when `text` is
    ///   not a number in these forms.
    public static func parse(_ text: String) -> (value: Double, isPercent: Bool)? {
        var scalars = Substring(CSVText.trimmed(text)).unicodeScalars
        var isPercent = false
        if scalars.last == "%" {
            isPercent = true
            scalars.removeLast()
            while let last = scalars.last, CSVText.isWhitespace(last) { scalars.removeLast() }
        }
        var sign = ""
        if let first = scalars.first, first == "-" || first == "+" {
            sign = first == "-" ? "-" : ""
            scalars.removeFirst()
        }
        guard let magnitude = normalisedMagnitude(Array(scalars)),
            let value = Double(sign + magnitude)
        else { return nil }
        return (value, isPercent)
    }

    /// Digits with separators, rewritten as `1234.5` for `Double(_:)`, or `nil` when the
    /// separators do not follow the rules of ``parse(_:)``.
    private static func normalisedMagnitude(_ scalars: [Unicode.Scalar]) -> String? {
        let separators: Set<Unicode.Scalar> = [",", "."]
        guard !scalars.isEmpty,
            scalars.allSatisfy({ ("0"..."9").contains($0) || separators.contains($0) })
        else { return nil }
        let kinds = Set(scalars.filter(separators.contains))
        let decimalMark: Unicode.Scalar?
        switch kinds.count {
        case 0: decimalMark = nil
        case 1: decimalMark = scalars.count(where: separators.contains) == 1 ? kinds.first : nil
        default: decimalMark = scalars.last(where: separators.contains)
        }
        var integerPart = scalars[...]
        var fraction: ArraySlice<Unicode.Scalar> = []
        if let decimalMark, let markIndex = scalars.lastIndex(of: decimalMark) {
            integerPart = scalars[..<markIndex]
            fraction = scalars[(markIndex + 1)...]
            guard !fraction.isEmpty, !fraction.contains(where: separators.contains) else {
                return nil
            }
        }
        guard let digits = ungrouped(integerPart, allowEmpty: decimalMark != nil) else {
            return nil
        }
        let whole = String(String.UnicodeScalarView(digits))
        let decimals = String(String.UnicodeScalarView(fraction))
        return decimals.isEmpty ? whole : (whole.isEmpty ? "0" : whole) + "." + decimals
    }

    /// The digits of an integer part, with its thousands separators (all of one kind) removed,
    /// or `nil` when the groups are not 1–3 digits followed by groups of exactly 3.
    private static func ungrouped(
        _ part: ArraySlice<Unicode.Scalar>, allowEmpty: Bool
    ) -> [Unicode.Scalar]? {
        let groups = part.split(separator: ",", omittingEmptySubsequences: false)
            .flatMap { $0.split(separator: ".", omittingEmptySubsequences: false) }
        if groups.count == 1 {
            return groups[0].isEmpty && !allowEmpty ? nil : Array(groups[0])
        }
        guard let first = groups.first, (1...3).contains(first.count),
            groups.dropFirst().allSatisfy({ $0.count == 3 }),
            Set(part.filter { $0 == "," || $0 == "." }).count == 1
        else { return nil }
        return groups.flatMap { $0 }
    }

    /// Formats a number with a fixed number of decimals and no grouping, without the locale.
    ///
    /// `format(1234.5)` is `"1234,50"`; `format(1234.5, decimalComma: false)` is `"1234.50"`.
    /// Rounding is that of C's `printf` on the binary value. A result that rounds to zero has no
    /// minus sign. Non-finite values are written `nan`, `inf` and `-inf`.
    ///
    /// - Parameters:
    ///   - value: The number.
    ///   - decimals: Digits after the decimal mark; negative counts as 0.
    ///   - decimalComma: Whether the decimal mark is a comma (Indonesian) or a point.
    /// - Returns: The formatted number.
    public static func format(_ value: Double, decimals: Int = 2, decimalComma: Bool = true)
        -> String
    {
        guard value.isFinite else { return value.isNaN ? "nan" : (value < 0 ? "-inf" : "inf") }
        var text = String(format: "%.\(max(0, decimals))f", value)
        if text.hasPrefix("-"), text.allSatisfy({ $0 == "-" || $0 == "0" || $0 == "." }) {
            text.removeFirst()
        }
        return decimalComma ? text.replacingOccurrences(of: ".", with: ",") : text
    }
}
