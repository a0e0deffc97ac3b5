import PMPRBPlatform

/// A field of a record as a range of bytes, for a reader that decodes only the cells it keeps.
struct CSVByteField {
    /// The first byte of the value (after the opening quote of a quoted field).
    var start: Int
    /// The byte after the value (the closing quote of a quoted field).
    var end: Int
    /// Whether the value holds `""`, which stands for one quote.
    var hasDoubledQuotes = false
}

/// Splits plain CSV text into records of byte ranges, without making a string of any field.
///
/// It reads what ``CSVTokenizer`` reads, in the same way, as long as the text is simple: every
/// quoted field closes on its own line and is followed, after any spaces, by the delimiter or
/// the end of the line. Anything else (a line break inside quotes, a quote left open, text
/// after a closing quote, a field longer than ``CSVLimits/fieldLength`` bytes) makes it give
/// up, and the caller reads the file with ``CSVReader``, which says what is wrong and where
/// (decision 0021). Line ends are LF, CRLF or CR.
struct CSVByteScanner {
    /// What ``next(into:)`` found.
    enum Step {
        /// A record, whose fields are this many at the front of the array passed in.
        case record(Int)
        /// The end of the text.
        case end
        /// Text the scanner does not judge; the plain reader must read the file.
        case giveUp
    }

    let bytes: UnsafeBufferPointer<UInt8>
    let delimiter: UInt8
    /// The offset of the next byte to read.
    private(set) var index: Int

    init(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, delimiter: UInt8) {
        self.bytes = bytes
        self.delimiter = delimiter
        self.index = start
    }

    /// Reads the next record over the front of `fields`, whose count is the most fields a record
    /// may have: the array is written, never emptied or grown, for one record after another.
    mutating func next(into fields: inout [CSVByteField]) -> Step {
        guard index < bytes.count else { return .end }
        var count = 0
        while true {
            guard count < fields.count, let field = nextField() else { return .giveUp }
            fields[count] = field
            count += 1
            guard index < bytes.count else { return .record(count) }
            let byte = bytes[index]
            index += 1
            if byte == delimiter { continue }
            // A line end: CR, LF or CRLF (a field stops only at one of the three).
            if byte == CSVByte.cr, index < bytes.count, bytes[index] == CSVByte.lf { index += 1 }
            return .record(count)
        }
    }

    /// One field, stopping before the delimiter or line end after it; `nil` to give up.
    private mutating func nextField() -> CSVByteField? {
        let start = index
        let field: CSVByteField
        if start < bytes.count, bytes[start] == CSVByte.dquote {
            var doubled = false
            var offset = start + 1
            while true {
                guard offset < bytes.count else { return nil }
                let byte = bytes[offset]
                if byte == CSVByte.cr || byte == CSVByte.lf { return nil }
                if byte == CSVByte.dquote {
                    guard offset + 1 < bytes.count, bytes[offset + 1] == CSVByte.dquote else { break }
                    doubled = true
                    offset += 2
                    continue
                }
                offset += 1
            }
            field = CSVByteField(start: start + 1, end: offset, hasDoubledQuotes: doubled)
            index = offset + 1
            while index < bytes.count, bytes[index] == CSVByte.space { index += 1 }
            if index < bytes.count {
                let byte = bytes[index]
                guard byte == delimiter || byte == CSVByte.lf || byte == CSVByte.cr else {
                    return nil
                }
            }
        } else {
            index = CSVByte.firstFieldEnd(in: bytes, from: start, delimiter: delimiter)
            field = CSVByteField(start: start, end: index)
        }
        // Bytes are at least as many as characters; a long field is left to the plain reader.
        guard field.end - field.start <= CSVLimits.fieldLength else { return nil }
        return field
    }

    /// The value of a field as a string (with `""` read as one quote); `bytes` must be UTF-8.
    func string(_ field: CSVByteField) -> String {
        let raw = UnsafeBufferPointer(rebasing: bytes[field.start..<field.end])
        guard field.hasDoubledQuotes else { return String(decoding: raw, as: UTF8.self) }
        var value: [UInt8] = []
        value.reserveCapacity(raw.count)
        var offset = 0
        while offset < raw.count {
            value.append(raw[offset])
            // In a quoted field every quote is doubled.
            offset += raw[offset] == CSVByte.dquote ? 2 : 1
        }
        return String(decoding: value, as: UTF8.self)
    }

    /// The value of a field trimmed as ``String/trimmed`` trims it, without making a string of
    /// the white space: ASCII white space is dropped on the bytes, and a value that then starts
    /// and ends with ASCII is what ``String/trimmed`` gives; anything else is left to it.
    func trimmedString(_ field: CSVByteField) -> String {
        guard let trimmed = trimmedBytes(field) else { return string(field).trimmed }
        return trimmed.isEmpty ? "" : String(decoding: trimmed, as: UTF8.self)
    }

    /// The bytes of a field trimmed as ``trimmedString(_:)`` trims it, when they are that
    /// string's bytes (no doubled quote, ASCII at both ends); `nil` otherwise.
    func trimmedBytes(_ field: CSVByteField) -> UnsafeBufferPointer<UInt8>? {
        let kept = bytes.trimmingASCIIWhitespace(field.start..<field.end)
        let (start, end) = (kept.lowerBound, kept.upperBound)
        guard !field.hasDoubledQuotes, start == end || (bytes[start] < 0x80 && bytes[end - 1] < 0x80)
        else { return nil }
        return UnsafeBufferPointer(rebasing: bytes[start..<end])
    }

    /// Whether a field, trimmed of ASCII white space, is these bytes; `nil` when it cannot tell
    /// without ``trimmedString(_:)`` (non-ASCII at an end, or a doubled quote).
    func trimmedEquals(_ field: CSVByteField, _ expected: String.UTF8View) -> Bool? {
        guard let trimmed = trimmedBytes(field) else { return nil }
        return Self.equal(trimmed, expected)
    }

    /// Whether bytes are a string's UTF-8 bytes. Compared on the string's own storage:
    /// iterating a `String.UTF8View` generically costs several times more, on every row.
    static func equal(_ bytes: UnsafeBufferPointer<UInt8>, _ expected: String.UTF8View) -> Bool {
        guard expected.count == bytes.count else { return false }
        return expected.withContiguousStorageIfAvailable { code in
            CSVByte.same(code, bytes)
        } ?? bytes.elementsEqual(expected)
    }

    /// Whether a field is empty or only ASCII white space, without making a string; `nil`
    /// when it holds a non-ASCII byte (which may be white space such as U+00A0).
    func isASCIIBlank(_ field: CSVByteField) -> Bool? {
        for offset in field.start..<field.end {
            let byte = bytes[offset]
            if byte >= 0x80 { return nil }
            if !byte.isASCIIWhitespace { return false }
        }
        return true
    }

    /// Whether a field is empty or only white space, as ``CSVText/isBlank(_:)`` decides.
    func isBlank(_ field: CSVByteField) -> Bool {
        isASCIIBlank(field) ?? CSVText.isBlank(string(field))
    }
}
