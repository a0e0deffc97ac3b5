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

    /// Whether an ASCII byte is white space: tab, line feed, vertical tab, form feed, carriage
    /// return or space, the ASCII members of Unicode's `White_Space`.
    fileprivate static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }

    /// The text without trailing spaces.
    var trimmingTrailingSpaces: String {
        let whole = String(self)
        // Spaces after an ASCII byte are characters of their own, so they are cut on the bytes;
        // after other text a space may belong to the character before it.
        let cut = whole.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            var end = bytes.count
            while end > 0 && bytes[end - 1] == 0x20 { end -= 1 }
            guard end == 0 || bytes[end - 1] < 0x80 else { return nil }
            if end == bytes.count { return whole }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[..<end]), as: UTF8.self)
        }
        if let cut = cut ?? nil { return cut }
        var text = whole
        while text.last == " " { text.removeLast() }
        return text
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
            var start = 0
            var end = bytes.count
            while start < end, Self.isASCIIWhitespace(bytes[start]) { start += 1 }
            while end > start, Self.isASCIIWhitespace(bytes[end - 1]) { end -= 1 }
            guard start == end || (bytes[start] < 0x80 && bytes[end - 1] < 0x80) else {
                return nil
            }
            if start == 0 && end == bytes.count { return text }
            let kept = UnsafeBufferPointer(rebasing: bytes[start..<end])
            return String(decoding: kept, as: UTF8.self)
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
