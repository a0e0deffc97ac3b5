/// A pull reader for the subset of XML 1.0 that SpreadsheetML parts use: elements, attributes,
/// text with the five predefined entities and character references, CDATA, comments and
/// processing instructions. Names are returned without their namespace prefix.
///
/// A document type declaration is refused (no entity expansion), and nesting is capped.
struct XMLReader {
    /// One step through the document.
    enum Event: Equatable {
        case start(String, [String: String])
        case end(String)
        case text(String)
    }

    private let bytes: [UInt8]
    private let maxDepth: Int
    private var offset = 0
    private var stack: [String] = []
    private var pendingEnd: String?

    init(_ bytes: [UInt8], maxDepth: Int = WorkbookLimits().xmlDepth) {
        self.bytes = bytes
        self.maxDepth = maxDepth
    }

    private static let lt = UInt8(ascii: "<")
    private static let gt = UInt8(ascii: ">")
    private static let slash = UInt8(ascii: "/")

    /// The next event, or `nil` at the end of the document.
    mutating func next() throws(XMLError) -> Event? {
        if let name = pendingEnd {
            pendingEnd = nil
            stack.removeLast()
            return .end(name)
        }
        while offset < bytes.count {
            if bytes[offset] != Self.lt {
                let start = offset
                while offset < bytes.count && bytes[offset] != Self.lt { offset += 1 }
                if stack.isEmpty { continue }
                return .text(try decode(start, offset))
            }
            if has("<?") {
                try skip(past: "?>")
            } else if has("<!--") {
                try skip(past: "-->")
            } else if has("<![CDATA[") {
                let start = offset + 9
                try skip(past: "]]>")
                if stack.isEmpty { continue }
                return .text(String(decoding: bytes[start..<offset - 3], as: UTF8.self))
            } else if has("<!") {
                throw .doctype
            } else if offset + 1 < bytes.count && bytes[offset + 1] == Self.slash {
                return try endTag()
            } else {
                return try startTag()
            }
        }
        guard stack.isEmpty else { throw .unexpectedEnd }
        return nil
    }

    private func has(_ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard offset + count <= bytes.count else { return false }
        let pointer = prefix.utf8Start
        for index in 0..<count where bytes[offset + index] != pointer[index] { return false }
        return true
    }

    private mutating func skip(past terminator: StaticString) throws(XMLError) {
        let count = terminator.utf8CodeUnitCount
        while offset + count <= bytes.count {
            if has(terminator) {
                offset += count
                return
            }
            offset += 1
        }
        throw .unexpectedEnd
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private mutating func skipSpace() {
        while offset < bytes.count && Self.isSpace(bytes[offset]) { offset += 1 }
    }

    /// A name, without its namespace prefix.
    private mutating func name() throws(XMLError) -> String {
        let start = offset
        var local = offset
        while offset < bytes.count {
            let byte = bytes[offset]
            if Self.isSpace(byte) || byte == Self.gt || byte == Self.slash || byte == UInt8(ascii: "=")
            {
                break
            }
            if byte == UInt8(ascii: ":") { local = offset + 1 }
            offset += 1
        }
        guard offset > start, local < offset else { throw .malformed(offset: start) }
        return String(decoding: bytes[local..<offset], as: UTF8.self)
    }

    private mutating func endTag() throws(XMLError) -> Event {
        let start = offset
        offset += 2
        let name = try name()
        skipSpace()
        guard offset < bytes.count, bytes[offset] == Self.gt, stack.last == name else {
            throw .malformed(offset: start)
        }
        offset += 1
        stack.removeLast()
        return .end(name)
    }

    private mutating func startTag() throws(XMLError) -> Event {
        let start = offset
        offset += 1
        let name = try name()
        var attributes: [String: String] = [:]
        while true {
            skipSpace()
            guard offset < bytes.count else { throw .unexpectedEnd }
            if bytes[offset] == Self.gt {
                offset += 1
                break
            }
            if bytes[offset] == Self.slash {
                guard offset + 1 < bytes.count, bytes[offset + 1] == Self.gt else {
                    throw .malformed(offset: offset)
                }
                offset += 2
                pendingEnd = name
                break
            }
            let key = try self.name()
            skipSpace()
            guard offset + 1 < bytes.count, bytes[offset] == UInt8(ascii: "=") else {
                throw .malformed(offset: offset)
            }
            offset += 1
            skipSpace()
            guard offset < bytes.count else { throw .unexpectedEnd }
            let quote = bytes[offset]
            guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else {
                throw .malformed(offset: offset)
            }
            offset += 1
            let valueStart = offset
            while offset < bytes.count && bytes[offset] != quote {
                if bytes[offset] == Self.lt { throw .malformed(offset: offset) }
                offset += 1
            }
            guard offset < bytes.count else { throw .unexpectedEnd }
            attributes[key] = try decode(valueStart, offset)
            offset += 1
        }
        guard stack.count < maxDepth else { throw .tooDeep(limit: maxDepth) }
        _ = start
        stack.append(name)
        return .start(name, attributes)
    }

    /// Text between two offsets with its entity and character references replaced.
    private func decode(_ start: Int, _ end: Int) throws(XMLError) -> String {
        let decoded = bytes.withUnsafeBufferPointer { XMLEntities.decode($0, start, end) }
        guard let decoded else { throw .malformed(offset: start) }
        return decoded
    }
}
