import PMPRBPlatform

/// Reads an answer as people type it and checks it against an answer type.
enum AnswerReading {
    /// Why an answer does not fit; the text is in the message catalogue.
    typealias Failure = AnswerProblem

    /// Reads `text` (already trimmed) as an answer of `type`.
    ///
    /// Options are matched without regard to case, after dropping a trailing `.` or `)`
    /// (`a.`, `B)`); an unambiguous prefix is accepted (`Y` for `Ya`, `T` for `Tidak`).
    static func read(_ text: String, as type: AnswerType) -> Result<Worksheet.Answer, Failure> {
        read(text, as: type.conversion)
    }

    /// Reads `text` (already trimmed) as an answer of a type with this conversion, as the
    /// variant that takes the answer type does.
    static func read(
        _ text: String, as conversion: AnswerType.Conversion
    ) -> Result<Worksheet.Answer, Failure> {
        switch conversion {
        case .options(let options):
            // An option written exactly as the instrument spells it, as most are. Labels are
            // unique without regard to case (`AnswerTypeRule`), so it is the one match.
            if text.utf8.last != UInt8(ascii: ".") && text.utf8.last != UInt8(ascii: ")"),
                let exact = options.first(where: { $0.label == text })
            {
                return .success(.option(exact.label))
            }
            var key = text.lowercased()
            while let last = key.last, last == "." || last == ")" { key.removeLast() }
            key = key.trimmed
            if let exact = options.first(where: { $0.label.lowercased() == key }) {
                return .success(.option(exact.label))
            }
            let prefixed = options.filter { !key.isEmpty && $0.label.lowercased().hasPrefix(key) }
            if prefixed.count == 1, let only = prefixed.first { return .success(.option(only.label)) }
            return .failure(.notAnOption)
        case .scale(let minimum, let maximum):
            guard let number = LocaleNumber.parse(text), !number.isPercent else {
                return .failure(.notANumber)
            }
            guard number.value >= minimum && number.value <= maximum else {
                return .failure(.outOfRange(minimum: minimum, maximum: maximum))
            }
            return .success(.number(number.value))
        case .count:
            if isAmbiguousGrouping(text) { return .failure(.ambiguousCount) }
            guard let number = LocaleNumber.parse(text), !number.isPercent,
                number.value >= 0, number.value.rounded() == number.value
            else { return .failure(.notACount) }
            guard number.value <= largestCount else { return .failure(.countTooLarge) }
            return .success(.number(number.value))
        case .percent:
            return .failure(.computed)
        }
    }

    /// ``read(_:as:)`` of a number answer from the UTF-8 bytes of its trimmed text, when that
    /// reads it without a problem; `nil` for ``read(_:as:)`` to decide, and to say why. The
    /// caller has checked that the text is not the not-applicable mark.
    static func number(
        _ bytes: UnsafeBufferPointer<UInt8>, as conversion: AnswerType.Conversion
    ) -> Worksheet.Answer? {
        switch conversion {
        case .scale(let minimum, let maximum):
            guard let number = LocaleNumber.parse(trimmed: bytes), !number.isPercent,
                number.value >= minimum && number.value <= maximum
            else { return nil }
            return .number(number.value)
        case .count:
            guard !isAmbiguousGrouping(bytes: bytes),
                let number = LocaleNumber.parse(trimmed: bytes), !number.isPercent, number.value >= 0, number.value.rounded() == number.value,
                number.value <= largestCount
            else { return nil }
            return .number(number.value)
        case .options, .percent:
            return nil
        }
    }

    /// ``isAmbiguousGrouping(_:)`` on the text's UTF-8 bytes: a byte of a non-ASCII character
    /// is neither a digit nor a mark, as the character is not, so both give the same answer.
    static func isAmbiguousGrouping(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let isMark = { (byte: UInt8) in byte == UInt8(ascii: ",") || byte == UInt8(ascii: ".") }
        guard let mark = bytes.firstIndex(where: isMark) else { return false }
        let isDigit = { (byte: UInt8) in (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
        let head = bytes[..<mark]
        let tail = bytes[(mark + 1)...]
        return (1...3).contains(head.count) && tail.count == 3 && head.allSatisfy(isDigit)
            && tail.allSatisfy(isDigit)
    }

    /// The largest count read: 2^53 − 1, the largest whole number below which every whole
    /// number is exact in a `Double` (a count of 20 digits would be rounded silently).
    static let largestCount = 9_007_199_254_740_991.0
    /// ``largestCount`` as the message writes it.
    static let largestCountText = "9007199254740991"

    /// Whether a count is written as 1 to 3 digits, one `,` or `.`, and exactly 3 digits
    /// (`1,000`, `2.500`): in an English spreadsheet that is a thousand, in an Indonesian one a
    /// decimal; a count is refused rather than guessed.
    static func isAmbiguousGrouping(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard let mark = scalars.firstIndex(where: { $0 == "," || $0 == "." }) else {
            return false
        }
        let isDigit = { (scalar: Unicode.Scalar) in ("0"..."9").contains(scalar) }
        let head = scalars[..<mark]
        let tail = scalars[(mark + 1)...]
        return (1...3).contains(head.count) && tail.count == 3 && head.allSatisfy(isDigit)
            && tail.allSatisfy(isDigit)
    }
}