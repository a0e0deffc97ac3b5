extension StringProtocol {
    /// The text without leading and trailing white space (spaces, tabs, line breaks and the
    /// other Unicode white space), done in Swift without bridging to Foundation's `NSString`.
    ///
    /// Text that starts and ends with ASCII, as worksheet cells almost always do, is trimmed on
    /// its UTF-8 bytes without decoding; other text is trimmed scalar by scalar.
    var trimmed: String { String(self).trimmed }

    /// ``trimmed`` for text that starts or ends with a non-ASCII character.
    fileprivate var unicodeTrimmed: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }

    /// The text without trailing spaces.
    var trimmingTrailingSpaces: String {
        let whole = String(self)
        // Spaces after an ASCII byte are characters of their own, so they are cut on the bytes;
        // after other text a space may belong to the character before it.
        let cut = whole.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            guard let end = bytes.endWithoutTrailingSpaces else { return nil }
            if end == bytes.count { return whole }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[..<end]), as: UTF8.self)
        }
        if let cut = cut ?? nil { return cut }
        var text = whole
        while text.last == " " { text.removeLast() }
        return text
    }
}

extension UInt8 {
    /// Whether the byte is ASCII white space: tab, line feed, vertical tab, form feed, carriage
    /// return or space, the ASCII members of Unicode's `White_Space`, which ``String/trimmed``
    /// cuts.
    var isASCIIWhitespace: Bool {
        self == 0x20 || (0x09...0x0D).contains(self)
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// A range of these bytes without the ASCII white space at its ends (tab, line feed,
    /// vertical tab, form feed, carriage return and space): what ``String/trimmed`` cuts from
    /// text that is ASCII at both ends.
    func trimmingASCIIWhitespace(_ range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound
        var end = range.upperBound
        while start < end, self[start].isASCIIWhitespace { start += 1 }
        while end > start, self[end - 1].isASCIIWhitespace { end -= 1 }
        return start..<end
    }

    /// The end of these bytes without their trailing spaces, as ``String/trimmingTrailingSpaces``
    /// cuts them: `nil` when the byte before the spaces is not ASCII, where a space may belong
    /// to the character before it.
    var endWithoutTrailingSpaces: Int? {
        var end = count
        while end > 0 && self[end - 1] == 0x20 { end -= 1 }
        return end == 0 || self[end - 1] < 0x80 ? end : nil
    }
}

extension String {
    /// The text without leading and trailing white space (spaces, tabs, line breaks and the
    /// other Unicode white space), done in Swift without bridging to Foundation's `NSString`.
    ///
    /// Text that starts and ends with ASCII, as worksheet cells almost always do, is trimmed on
    /// its UTF-8 bytes without decoding; other text is trimmed scalar by scalar.
    var trimmed: String {
        let text = self
        // `nil`: not contiguous; .some(nil): a non-ASCII character at an end.
        let ascii = text.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            let kept = bytes.trimmingASCIIWhitespace(0..<bytes.count)
            let (start, end) = (kept.lowerBound, kept.upperBound)
            guard start == end || (bytes[start] < 0x80 && bytes[end - 1] < 0x80) else {
                return nil
            }
            if start == 0 && end == bytes.count { return text }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[kept]), as: UTF8.self)
        }
        return (ascii ?? nil) ?? text.unicodeTrimmed
    }
}

extension String {
    /// The text without leading and trailing spaces and tabs: what Foundation's
    /// `trimmingCharacters(in: .whitespaces)` gives, without Foundation.
    ///
    /// The set is Foundation's: tab, space, no-break space, U+1680, U+2000 to U+200B (the zero
    /// width space included), U+202F, U+205F and U+3000; line breaks are kept. It is trimmed
    /// scalar by scalar, so a space before a combining mark goes and the mark stays.
    package var trimmingInlineWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !Self.isInlineWhitespace($0) }),
            let last = scalars.lastIndex(where: { !Self.isInlineWhitespace($0) })
        else { return "" }
        if first == scalars.startIndex && last == scalars.index(before: scalars.endIndex) {
            return self
        }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }

    /// Whether a scalar is in Foundation's `CharacterSet.whitespaces`.
    package static func isInlineWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }
}
