import PMPRBPlatform

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
    /// A number too large for a `Double` (hundreds of digits) is refused rather than read as
    /// infinity, and `-0` is read as 0.
    public static func parse(_ text: String) -> (value: Double, isPercent: Bool)? {
        let trimmed = text.trimmed
        guard let parsed = parseSimple(trimmed) ?? parseGeneral(trimmed), parsed.value.isFinite
        else { return nil }
        return (parsed.value == 0 ? 0 : parsed.value, parsed.isPercent)
    }

    /// ``parse(_:)`` for any trimmed text, scalar by scalar.
    static func parseGeneral(_ trimmed: String) -> (value: Double, isPercent: Bool)? {
        var scalars = Substring(trimmed).unicodeScalars
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

    /// 10⁰ to 10¹⁵, each exact in a `Double`.
    private static let exactPowersOfTen: [Double] = (0...15).map { exponent in
        (0..<exponent).reduce(1) { power, _ in power * 10 }
    }

    /// Reads the common forms of ``parse(_:)`` on ASCII bytes, or returns `nil` for the general
    /// reader to decide.
    ///
    /// The common forms: an optional sign, digits with at most one separator (the decimal
    /// mark), an optional `%`. Every grouped number is left to the general reader.
    ///
    /// The value is the one `Double(_:)` gives for the text the general reader would build.
    static func parseSimple(_ trimmed: String) -> (value: Double, isPercent: Bool)? {
        let parsed = trimmed.utf8.withContiguousStorageIfAvailable(parseSimple(bytes:))
        return parsed ?? nil
    }

    /// ``parse(_:)`` of the text of these bytes, already trimmed; most numbers are read without
    /// making a string.
    static func parse(
        trimmed bytes: UnsafeBufferPointer<UInt8>
    ) -> (value: Double, isPercent: Bool)? {
        guard let parsed = parseSimple(bytes: bytes) else {
            return parse(String(decoding: bytes, as: UTF8.self))
        }
        guard parsed.value.isFinite else { return nil }
        return (parsed.value == 0 ? 0 : parsed.value, parsed.isPercent)
    }

    /// ``parseSimple(_:)`` on the text's UTF-8 bytes.
    static func parseSimple(
        bytes: UnsafeBufferPointer<UInt8>
    ) -> (value: Double, isPercent: Bool)? {
        var start = 0
        var end = bytes.count
        var isPercent = false
        if end > 0, bytes[end - 1] == UInt8(ascii: "%") {
            isPercent = true
            end -= 1
            while end > 0, bytes[end - 1].isASCIIWhitespace { end -= 1 }
        }
        var isNegative = false
        if start < end, bytes[start] == UInt8(ascii: "-") || bytes[start] == UInt8(ascii: "+") {
            isNegative = bytes[start] == UInt8(ascii: "-")
            start += 1
        }
        guard start < end else { return nil }
        var separator: Int?
        for offset in start..<end {
            switch bytes[offset] {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): continue
            case UInt8(ascii: "."), UInt8(ascii: ","):
                guard separator == nil else { return nil }
                separator = offset
            default: return nil
            }
        }
        if let separator, separator + 1 == end { return nil }
        // Up to 15 digits, the digits as an integer are exact in a `Double`, and so is the
        // power of ten; one division rounds correctly, as `strtod` does ("Clinger's fast
        // path"), so the value is the one `Double(_:)` gives for the text below.
        if end - start <= 15 {
            var significand: UInt64 = 0
            for offset in start..<end where offset != separator {
                significand = significand * 10 + UInt64(bytes[offset] - UInt8(ascii: "0"))
            }
            let scale = exactPowersOfTen[separator.map { end - $0 - 1 } ?? 0]
            let magnitude = Double(significand) / scale
            return (isNegative ? -magnitude : magnitude, isPercent)
        }
        // The text the general reader builds: sign, whole part (`0` when empty), `.`,
        // fraction; written on the stack.
        let text = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: end - start + 2) {
            number in
            var count = 0
            func append(_ byte: UInt8) {
                number[count] = byte
                count += 1
            }
            if isNegative { append(UInt8(ascii: "-")) }
            if separator == start { append(UInt8(ascii: "0")) }
            for offset in start..<end {
                append(offset == separator ? UInt8(ascii: ".") : bytes[offset])
            }
            return String(decoding: number[..<count], as: UTF8.self)
        }
        guard let value = Double(text) else { return nil }
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
        let places = max(0, decimals)
        var bytes =
            roundedDigits(value, decimals: places) ?? exactlyRoundedDigits(value, decimals: places)
            ?? printed(value, decimals: places)
        if bytes.first == UInt8(ascii: "-"),
            bytes.allSatisfy({
                $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "0") || $0 == UInt8(ascii: ".")
            })
        {
            bytes.removeFirst()
        }
        if decimalComma, let point = bytes.firstIndex(of: UInt8(ascii: ".")) {
            bytes[point] = UInt8(ascii: ",")
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// What ``printed(_:decimals:)`` writes, computed with integer arithmetic when the rounding
    /// cannot be in doubt; `nil` otherwise.
    ///
    /// `value × 10^decimals` is rounded once, so for a product below 10^12 it is within 1,2e-4
    /// of the exact one. When the product's fraction is further than 10^-3 from one half, the
    /// exact value and the computed one round to the same integer, which is what `printf`
    /// prints. Near a half, and for large values, `printf` decides.
    static func roundedDigits(_ value: Double, decimals: Int) -> [UInt8]? {
        guard value.isFinite, decimals >= 0, decimals <= 6 else { return nil }
        let scaled = value.magnitude * exactPowersOfTen[decimals]
        guard scaled < 1e12 else { return nil }
        let whole = scaled.rounded(.down)
        let fraction = scaled - whole
        guard abs(fraction - 0.5) > 1e-3 else { return nil }
        let integer = UInt64(whole) + (fraction > 0.5 ? 1 : 0)
        return digits(integer, decimals: decimals, negative: value.sign == .minus)
    }

    /// A finite value as C's `printf("%.*f")` writes it, in the C locale's digits and point.
    ///
    /// `vsnprintf` is called directly: `String(format:)` goes through Foundation's formatter,
    /// which costs about a hundred times more, and reports format thousands of numbers.
    static func printed(_ value: Double, decimals: Int) -> [UInt8] {
        cPrinted(value, precision: decimals, format: "%.*f")
    }

    /// A value as C's `printf("%.15g")` writes it (`0.1`, `1e+21`, `123456789.123457`, `inf`):
    /// what `String(format: "%.15g", value)` gives, without Foundation.
    static func printedFifteenSignificant(_ value: Double) -> String {
        String(decoding: cPrinted(value, precision: 15, format: "%.*g"), as: UTF8.self)
    }

    /// `value` written by `vsnprintf` with `format`, which takes a precision (`*`) and a double.
    private static func cPrinted(_ value: Double, precision: Int, format: String) -> [UInt8] {
        var capacity = 32
        while true {
            var bytes = [UInt8](repeating: 0, count: capacity)
            let count = bytes.withUnsafeMutableBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { characters in
                    withVaList([Int32(clamping: precision), value]) { arguments in
                        vsnprintf(characters.baseAddress, capacity, format, arguments)
                    }
                }
            }
            guard count >= capacity else {
                bytes.removeSubrange(Int(max(0, count))...)
                return bytes
            }
            capacity = Int(count) + 1
        }
    }
}
