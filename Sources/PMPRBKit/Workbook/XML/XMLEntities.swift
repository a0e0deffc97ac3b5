import PMPRBPlatform

/// The entity and character references of XML text (`&lt;`, `&#233;`, `&#xE9;`).
enum XMLEntities {
    /// Text with its references replaced, or `nil` for an unknown or malformed reference.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String? {
        var index = end
        if let base = bytes.baseAddress, end > start,
            let found = memchr(base + start, Int32(UInt8(ascii: "&")), end - start)
        {
            index = UnsafeRawPointer(found) - UnsafeRawPointer(base)
        }
        if index == end {
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }
        var result = Array(bytes[start..<index])
        while index < end {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "&") else {
                result.append(byte)
                index += 1
                continue
            }
            guard let semicolon = referenceEnd(bytes, index, end),
                let scalar = scalar(bytes, index + 1, semicolon)
            else { return nil }
            result += Array(String(Character(scalar)).utf8)
            index = semicolon + 1
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Whether every reference in text is known and well formed, without decoding the text.
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        var index = start
        while index < end, let found = memchr(base + index, Int32(UInt8(ascii: "&")), end - index) {
            let ampersand = UnsafeRawPointer(found) - UnsafeRawPointer(base)
            guard let semicolon = referenceEnd(bytes, ampersand, end),
                scalar(bytes, ampersand + 1, semicolon) != nil
            else { return false }
            index = semicolon + 1
        }
        return true
    }

    /// The `;` that ends the reference starting at `ampersand`, if within twelve bytes.
    private static func referenceEnd(
        _ bytes: UnsafeBufferPointer<UInt8>, _ ampersand: Int, _ end: Int
    ) -> Int? {
        var semicolon = ampersand + 1
        while semicolon < end && bytes[semicolon] != UInt8(ascii: ";") && semicolon - ampersand < 12 {
            semicolon += 1
        }
        return semicolon < end && bytes[semicolon] == UInt8(ascii: ";") ? semicolon : nil
    }

    private static func scalar(
        _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int
    ) -> Unicode.Scalar? {
        scalar(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
    }

    private static func scalar(_ entity: String) -> Unicode.Scalar? {
        switch entity {
        case "lt": return "<"
        case "gt": return ">"
        case "amp": return "&"
        case "quot": return "\""
        case "apos": return "'"
        default:
            guard entity.hasPrefix("#") else { return nil }
            let digits = entity.dropFirst()
            let value =
                digits.hasPrefix("x") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            return value.flatMap(Unicode.Scalar.init)
        }
    }
}
