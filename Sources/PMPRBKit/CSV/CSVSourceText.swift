/// Decoded text as UTF-8 bytes, with the start of every physical line.
///
/// Whatever the file's encoding, the reader works on UTF-8: every character the CSV grammar
/// gives meaning to is ASCII, and in UTF-8 an ASCII byte never occurs inside a multi-byte
/// character, so the tokenizer can scan bytes and slice fields without decoding them.
///
/// A physical line ends at LF, CR or CRLF, wherever they occur (inside quoted fields too), so
/// line numbers match what an editor shows.
struct CSVSourceText: Sendable {
    /// The text, as valid UTF-8.
    let bytes: [UInt8]
    /// Where each physical line starts: line `n` starts at byte `lineStarts[n - 1]`.
    let lineStarts: [Int]

    /// Creates source text from valid UTF-8 and finds its line starts.
    init(utf8 bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if byte == CSVByte.cr, index < bytes.count, bytes[index] == CSVByte.lf {
                index += 1
            }
            if (byte == CSVByte.cr || byte == CSVByte.lf) && index < bytes.count {
                starts.append(index)
            }
        }
        self.lineStarts = starts
    }

    /// The text of physical line `number` (1-based) without its line ending, or `nil` when the
    /// text has no such line.
    func line(_ number: Int) -> String? {
        guard number >= 1, number <= lineStarts.count, !bytes.isEmpty else { return nil }
        let start = lineStarts[number - 1]
        var end = number < lineStarts.count ? lineStarts[number] : bytes.count
        while end > start, bytes[end - 1] == CSVByte.lf || bytes[end - 1] == CSVByte.cr {
            end -= 1
        }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// The line and column (in Unicode scalars) of the character starting at byte `offset`.
    func position(ofByte offset: Int) -> SourcePosition {
        // Binary search for the last line start at or before `offset`.
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        let start = lineStarts[low]
        let column = 1 + bytes[start..<max(start, offset)].count { !CSVByte.isContinuation($0) }
        return SourcePosition(line: low + 1, column: column)
    }
}

/// The bytes the CSV grammar gives meaning to, named as in RFC 4180; all are ASCII.
enum CSVByte {
    /// Line feed, U+000A.
    static let lf = UInt8(ascii: "\n")
    /// Carriage return, U+000D.
    static let cr = UInt8(ascii: "\r")
    /// Double quote, U+0022.
    static let dquote = UInt8(ascii: "\"")
    /// Space, U+0020.
    static let space = UInt8(ascii: " ")

    /// Whether a UTF-8 byte continues a character rather than starting one.
    static func isContinuation(_ byte: UInt8) -> Bool {
        byte & 0xC0 == 0x80
    }
}
