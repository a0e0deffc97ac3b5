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
    ///
    /// Offsets are kept in 32 bits, which halves the memory of a file of empty lines; the text
    /// of a file under the size limit is far below 4 GiB.
    let lineStarts: [UInt32]

    /// Creates source text from valid UTF-8 and finds its line starts.
    init(utf8 bytes: [UInt8]) {
        self.bytes = bytes
        self.lineStarts = bytes.withUnsafeBufferPointer { bytes in
            var starts: [UInt32] = [0]
            var index = 0
            while index < bytes.count {
                index = CSVByte.firstControl(in: bytes, from: index)
                guard index < bytes.count else { break }
                let byte = bytes[index]
                index += 1
                if byte == CSVByte.cr, index < bytes.count, bytes[index] == CSVByte.lf {
                    index += 1
                }
                if (byte == CSVByte.cr || byte == CSVByte.lf) && index < bytes.count {
                    starts.append(UInt32(truncatingIfNeeded: index))
                }
            }
            return starts
        }
    }

    /// The text of physical line `number` (1-based) without its line ending, or `nil` when the
    /// text has no such line.
    func line(_ number: Int) -> String? {
        guard number >= 1, number <= lineStarts.count, !bytes.isEmpty else { return nil }
        let start = Int(lineStarts[number - 1])
        var end = number < lineStarts.count ? Int(lineStarts[number]) : bytes.count
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
            if Int(lineStarts[middle]) <= offset { low = middle } else { high = middle - 1 }
        }
        let start = Int(lineStarts[low])
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

    // The scans below read eight bytes at a time as one `UInt64` ("SWAR": SIMD within a
    // register) and look at single bytes only in a word that may hold what they seek. They are
    // the loops every byte of a file goes through.

    /// `0x01` in every byte of a word.
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    /// `0x80` in every byte of a word.
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// Whether two buffers of the same length hold the same bytes. The codes and labels a
    /// worksheet's rows are compared with are short: compared here eight bytes at a time (the
    /// last eight overlapping), rather than through a call of `memcmp` for every row.
    static func same(_ left: UnsafeBufferPointer<UInt8>, _ right: UnsafeBufferPointer<UInt8>)
        -> Bool
    {
        let count = left.count
        precondition(right.count == count, "buffers of one length")
        guard count >= 8 else {
            for offset in 0..<count where left[offset] != right[offset] { return false }
            return true
        }
        let one = UnsafeRawPointer(left.baseAddress!)
        let other = UnsafeRawPointer(right.baseAddress!)
        var offset = 0
        while true {
            // From the last full word on, the final eight bytes, overlapping those compared.
            let start = min(offset, count - 8)
            guard one.loadUnaligned(fromByteOffset: start, as: UInt64.self)
                == other.loadUnaligned(fromByteOffset: start, as: UInt64.self)
            else { return false }
            if start == count - 8 { return true }
            offset += 8
        }
    }

    /// Whether some byte of `word` is below `limit` (at most 128); exact, never a false answer.
    private static func hasByte(below limit: UInt8, in word: UInt64) -> Bool {
        (word &- ones &* UInt64(limit)) & ~word & highBits != 0
    }

    /// Whether some byte of `word` equals `byte`; exact, never a false answer.
    private static func hasByte(_ byte: UInt8, in word: UInt64) -> Bool {
        hasByte(below: 1, in: word ^ (ones &* UInt64(byte)))
    }

    /// The offset of the first byte at or after `start` that is an ASCII control character
    /// below U+000E (which includes LF and CR), or `buffer.count`.
    static func firstControl(in buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var offset = start
        if let base = buffer.baseAddress {
            while offset + 8 <= buffer.count {
                let word = UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)
                if hasByte(below: 0x0E, in: word) { break }
                offset += 8
            }
        }
        while offset < buffer.count, buffer[offset] >= 0x0E { offset += 1 }
        return offset
    }

    /// The offset of the first byte at or after `start` that ends an unquoted field: the
    /// delimiter, LF or CR; or `buffer.count`.
    static func firstFieldEnd(
        in buffer: UnsafeBufferPointer<UInt8>, from start: Int, delimiter: UInt8
    ) -> Int {
        var offset = start
        if let base = buffer.baseAddress {
            while offset + 8 <= buffer.count {
                let word = UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)
                if hasByte(below: 0x0E, in: word) || hasByte(delimiter, in: word) { break }
                offset += 8
            }
        }
        while offset < buffer.count {
            let byte = buffer[offset]
            if byte == delimiter || byte == lf || byte == cr { break }
            offset += 1
        }
        return offset
    }

    /// Whether every byte is ASCII.
    static func isASCII(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer(isASCII)
    }

    /// Whether every byte of a buffer is ASCII.
    static func isASCII(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        // OR-ing every byte, with no early exit, is a loop the compiler vectorises.
        var union: UInt8 = 0
        for byte in buffer { union |= byte }
        return union < 0x80
    }

    /// The number of characters (bytes that are not UTF-8 continuation bytes) in a range.
    static func characterCount(in buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var offset = range.lowerBound
        var count = 0
        if let base = buffer.baseAddress {
            while offset + 8 <= range.upperBound {
                let word = UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)
                // A continuation byte has its top bit set and the next one clear.
                let continuations = word & ~(word << 1) & highBits
                count += 8 - continuations.nonzeroBitCount
                offset += 8
            }
        }
        while offset < range.upperBound {
            if !isContinuation(buffer[offset]) { count += 1 }
            offset += 1
        }
        return count
    }
}
