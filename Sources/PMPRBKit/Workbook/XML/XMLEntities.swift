import Foundation

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
            var semicolon = index + 1
            while semicolon < end && bytes[semicolon] != UInt8(ascii: ";") && semicolon - index < 12 {
                semicolon += 1
            }
            guard semicolon < end, bytes[semicolon] == UInt8(ascii: ";"),
                let scalar = self.scalar(
                    String(decoding: UnsafeBufferPointer(rebasing: bytes[index + 1..<semicolon]),
                        as: UTF8.self))
            else { return nil }
            result += Array(String(Character(scalar)).utf8)
            index = semicolon + 1
        }
        return String(decoding: result, as: UTF8.self)
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
