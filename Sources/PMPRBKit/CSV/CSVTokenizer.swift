/// One record as the tokenizer found it, before it is matched against the header.
struct CSVRecord: Sendable {
    /// The physical line where the record starts.
    var line: Int
    /// The fields, in file order; at least one.
    var fields: [CSVField]
    /// The position just after the record's last character, where a missing trailing field
    /// would have been.
    var end: SourcePosition

    /// Whether every field is empty after trimming whitespace.
    var isBlank: Bool {
        fields.allSatisfy { CSVText.isBlank($0.value) }
    }
}

/// Splits decoded text into records and fields, following RFC 4180 with the leniencies
/// spreadsheets need.
///
/// - Line ends are LF, CRLF or CR, mixed freely.
/// - A field that starts with `"` is quoted: it may contain the delimiter, line breaks and `""`
///   for one quote, and must be closed before the end of the file. After the closing quote,
///   spaces are skipped (some spreadsheets write them); anything else but the delimiter or a
///   line end is an error.
/// - A quote inside an unquoted field is kept as written (Excel writes `5"` for five inches).
/// - Nothing is trimmed.
///
/// It scans UTF-8 bytes (see ``CSVSourceText``) and counts columns in Unicode scalars by
/// skipping continuation bytes.
///
/// - Complexity: O(*n*) in the size of the text.
struct CSVTokenizer {
    private let bytes: [UInt8]
    private let delimiter: UInt8
    private var index = 0
    private var line = 1
    /// The byte up to which columns on the current line have been counted.
    private var countedIndex = 0
    /// The column of the character at `countedIndex`.
    private var countedColumn = 1
    /// Reused storage for quoted fields that contain `""` or span segments.
    private var buffer: [UInt8] = []
    /// The number of fields of the last record, to size the next one's storage.
    private var lastFieldCount = 8
    /// Whether every byte is ASCII, so that a column is a byte count.
    private let isASCII: Bool

    /// Creates a tokenizer at the start of `bytes`, which must be valid UTF-8.
    init(_ bytes: [UInt8], delimiter: CSVDelimiter) {
        self.bytes = bytes
        self.delimiter = delimiter.byte
        isASCII = CSVByte.isASCII(bytes)
    }

    /// The offset of the next byte to read.
    var offset: Int { index }

    /// The position of the next byte to read.
    ///
    /// Counting resumes where it last stopped, so positions cost O(1) amortised as the
    /// tokenizer moves forward.
    private mutating func position() -> SourcePosition {
        if countedIndex < index {
            let range = countedIndex..<index
            countedColumn +=
                isASCII
                ? range.count
                : bytes.withUnsafeBufferPointer { buffer in
                    CSVByte.characterCount(in: buffer, range)
                }
            countedIndex = index
        }
        return SourcePosition(line: line, column: countedColumn)
    }

    /// Reads the next record, or returns `nil` at the end of the text.
    mutating func nextRecord() throws(CSVError) -> CSVRecord? {
        guard index < bytes.count else { return nil }
        let recordLine = line
        var fields: [CSVField] = []
        // Capped, so that one wide record does not make every later one reserve its width.
        fields.reserveCapacity(min(lastFieldCount, 64))
        while true {
            guard fields.count < CSVLimits.fieldsPerRecord else {
                throw .tooManyFields(
                    line: recordLine, limit: CSVLimits.fieldsPerRecord, at: position())
            }
            fields.append(try nextField())
            guard index < bytes.count else {
                lastFieldCount = fields.count
                return CSVRecord(line: recordLine, fields: fields, end: position())
            }
            if bytes[index] == delimiter {
                index += 1
                continue
            }
            let end = position()
            consumeLineBreak()
            lastFieldCount = fields.count
            return CSVRecord(line: recordLine, fields: fields, end: end)
        }
    }

    /// Steps over whole lines that hold nothing but delimiters, spaces and tabs, without
    /// building their fields: they are blank records, and spreadsheets save thousands of rows
    /// such as `,,,,,,` after the last one filled.
    ///
    /// Must be called at the start of a line. A line with anything else (a quote, a letter, a
    /// non-breaking space) is left to ``nextRecord()``.
    mutating func skipBlankLines() {
        while index < bytes.count {
            var end = index
            while end < bytes.count,
                bytes[end] == delimiter || bytes[end] == CSVByte.space || bytes[end] == 0x09
            {
                end += 1
            }
            guard end < bytes.count, bytes[end] == CSVByte.lf || bytes[end] == CSVByte.cr else {
                return
            }
            index = end
            consumeLineBreak()
        }
    }

    /// Reads records up to and including the first one that is not blank.
    mutating func firstNonBlankRecord() throws(CSVError) -> CSVRecord? {
        while true {
            skipBlankLines()
            guard let record = try nextRecord() else { return nil }
            if !record.isBlank { return record }
        }
    }

    /// Reads one field and stops before the delimiter or line end that follows it.
    private mutating func nextField() throws(CSVError) -> CSVField {
        let start = index
        let startPosition = position()
        if index < bytes.count, bytes[index] == CSVByte.dquote {
            return try quotedField(openedAt: startPosition)
        }
        // The scan that every byte of an unquoted field goes through, on the raw buffer.
        index = bytes.withUnsafeBufferPointer { [delimiter] buffer in
            CSVByte.firstFieldEnd(in: buffer, from: start, delimiter: delimiter)
        }
        try checkLength(bytes[start..<index], at: startPosition)
        return CSVField(value: string(bytes[start..<index]), position: startPosition)
    }

    /// Refuses a field longer than ``CSVLimits/fieldLength`` characters.
    private func checkLength(_ field: ArraySlice<UInt8>, at position: SourcePosition)
        throws(CSVError)
    {
        // Bytes are at least as many as characters: short fields are not counted.
        guard field.count > CSVLimits.fieldLength else { return }
        let characters = field.count { !CSVByte.isContinuation($0) }
        guard characters > CSVLimits.fieldLength else { return }
        throw .fieldTooLong(characters: characters, limit: CSVLimits.fieldLength, at: position)
    }

    /// Reads a quoted field; `index` is at its opening quote.
    private mutating func quotedField(
        openedAt opening: SourcePosition
    ) throws(CSVError) -> CSVField {
        index += 1
        buffer.removeAll(keepingCapacity: true)
        var segmentStart = index
        while true {
            guard index < bytes.count else { throw .unterminatedQuote(openedAt: opening) }
            let byte = bytes[index]
            if byte == CSVByte.dquote {
                if index + 1 < bytes.count, bytes[index + 1] == CSVByte.dquote {
                    buffer.append(contentsOf: bytes[segmentStart...index])
                    index += 2
                    segmentStart = index
                    continue
                }
                break
            }
            if byte == CSVByte.cr || byte == CSVByte.lf {
                consumeLineBreak()
            } else {
                index += 1
            }
        }
        let value: String
        if buffer.isEmpty {
            try checkLength(bytes[segmentStart..<index], at: opening)
            value = string(bytes[segmentStart..<index])
        } else {
            buffer.append(contentsOf: bytes[segmentStart..<index])
            try checkLength(buffer[...], at: opening)
            value = string(buffer[...])
        }
        index += 1
        while index < bytes.count, bytes[index] == CSVByte.space {
            index += 1
        }
        if index < bytes.count {
            let byte = bytes[index]
            if byte != delimiter && byte != CSVByte.lf && byte != CSVByte.cr {
                let found = position()
                guard found.line == opening.line else {
                    throw .unclosedQuote(openedAt: opening, scalar(at: index), at: found)
                }
                throw .unexpectedCharacterAfterQuote(scalar(at: index), at: found)
            }
        }
        return CSVField(value: value, position: opening)
    }

    /// Steps over the LF, CR or CRLF at `index` and starts a new physical line.
    private mutating func consumeLineBreak() {
        if bytes[index] == CSVByte.cr, index + 1 < bytes.count, bytes[index + 1] == CSVByte.lf {
            index += 1
        }
        index += 1
        line += 1
        countedIndex = index
        countedColumn = 1
    }

    /// The character starting at byte `offset`.
    private func scalar(at offset: Int) -> Unicode.Scalar {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes[offset...].makeIterator()
        if case .valid(let encoded) = parser.parseScalar(from: &iterator) {
            return UTF8.decode(encoded)
        }
        return "\u{FFFD}"
    }

    /// Bytes of valid UTF-8 as a string.
    private func string(_ slice: ArraySlice<UInt8>) -> String {
        slice.isEmpty ? "" : String(decoding: slice, as: UTF8.self)
    }
}

/// Whitespace rules shared by the reader.
enum CSVText {
    /// Whether `text` is empty or only whitespace.
    static func isBlank(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy(isWhitespace)
    }

    /// Whether a scalar is whitespace, answering ASCII without a property lookup.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20: true
        case 0..<0x80: false
        default: scalar.properties.isWhitespace
        }
    }

    /// `text` without leading and trailing whitespace.
    static func trimmed(_ text: String) -> String {
        text.trimmed
    }

    /// A column name as the reader compares it: trimmed, lowercased, and with each run of
    /// inner whitespace replaced by `_`.
    static func normalisedColumnName(_ name: String) -> String {
        // Names such as `kode` or `bukti_dukung` are already normal: ASCII without capitals
        // or whitespace.
        if name.utf8.allSatisfy({ $0 < 0x80 && !(0x41...0x5A).contains($0) && $0 > 0x20 }) {
            return name
        }
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in trimmed(name).lowercased().unicodeScalars {
            if isWhitespace(scalar) {
                pendingSpace = true
                continue
            }
            if pendingSpace {
                result.append("_")
                pendingSpace = false
            }
            result.append(scalar)
        }
        return String(result)
    }
}
