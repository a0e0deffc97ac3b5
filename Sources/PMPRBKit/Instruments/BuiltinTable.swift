import PMPRBPlatform

extension CSVTable {
    /// A built-in instrument's embedded text read on its UTF-8 bytes, as ``CSVReader`` with the
    /// instrument's required columns reads it, for the plain shape every embedded text has:
    /// comma-separated, LF line ends, the header on its line without `;` or tab before it ends,
    /// quoted fields closed by a quote before a comma, a line end or the end of the text.
    ///
    /// The text is a Swift string, so it is valid UTF-8; the reader's decoding, its header
    /// search under three delimiters and its per-field checks are left out. Anything else the
    /// reader would report or read differently (a byte-order mark, a NUL, a CR, a header that
    /// misses a column or repeats one, a row wider than the header with content past it, a
    /// field longer than the limit) gives `nil`, and the caller reads the text with
    /// ``CSVReader``. `BuiltinTableTests` compares both tables (decision 0021).
    init?(builtinText text: String) {
        let bytes = Array(text.utf8)
        guard let records = bytes.withUnsafeBufferPointer(BuiltinRecords.read) else { return nil }
        var remaining = records[...]
        guard let first = remaining.popFirst() else { return nil }
        var headerFields = first.fields
        while headerFields.count > 1, let last = headerFields.last, CSVText.isBlank(last.value) {
            headerFields.removeLast()
        }
        let names = headerFields.map { CSVText.normalisedColumnName($0.value) }
        var seen: Set<String> = []
        for name in names where !name.isEmpty {
            guard seen.insert(name).inserted else { return nil }
        }
        guard Instrument.requiredColumns.allSatisfy(seen.contains),
            records.count < CSVLimits.records
        else { return nil }
        let width = headerFields.count
        var rows: [CSVRow] = []
        rows.reserveCapacity(remaining.count)
        for record in remaining {
            var fields = record.fields
            if fields.count > width {
                guard fields[width...].allSatisfy({ CSVText.isBlank($0.value) }) else {
                    return nil
                }
                fields = Array(fields[..<width])
            }
            rows.append(
                CSVRow(
                    line: record.line, fields: fields, width: width, end: record.end,
                    recordedFieldCount: record.fields.count))
        }
        self.init(
            header: CSVRow(
                line: first.line, fields: headerFields, recordedFieldCount: first.fields.count),
            columnNames: names, rows: rows, delimiter: .comma, encoding: .utf8, warnings: [],
            source: CSVSourceText(utf8: bytes))
    }
}

/// The records of a built-in instrument's text, blank ones left out, as ``CSVTokenizer`` with
/// a comma finds them; `nil` for any text outside the shape ``CSVTable/init(builtinText:)``
/// takes.
private struct BuiltinRecords {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0
    var line = 1
    /// The byte up to which the current line's characters have been counted, and the column
    /// there.
    var countedIndex = 0
    var countedColumn = 1
    /// Whether every byte is ASCII, so that a column is a byte count.
    let isASCII: Bool
    /// Storage for a quoted field that holds `""`.
    var buffer: [UInt8] = []

    static let comma = UInt8(ascii: ",")

    static func read(_ bytes: UnsafeBufferPointer<UInt8>) -> [CSVRecord]? {
        // A byte-order mark, a NUL or a CR is left to the reader.
        guard let base = bytes.baseAddress, !bytes.isEmpty, bytes[0] != 0xEF,
            memchr(base, 0, bytes.count) == nil,
            memchr(base, Int32(CSVByte.cr), bytes.count) == nil
        else { return nil }
        var reader = BuiltinRecords(bytes: bytes, isASCII: CSVByte.isASCII(bytes))
        var records: [CSVRecord] = []
        var width = 8
        while reader.index < bytes.count {
            guard let record = reader.nextRecord(capacity: width) else { return nil }
            width = record.fields.count
            // The header decides the delimiter: no `;` or tab up to its end.
            if records.isEmpty && !record.isBlank
                && bytes[..<reader.index].contains(where: { $0 == 0x3B || $0 == 0x09 })
            {
                return nil
            }
            if !Self.startsWithContent(record), record.isBlank { continue }
            records.append(record)
        }
        return records
    }

    /// Whether a record surely has content: its first field starts with a printable ASCII
    /// character.
    private static func startsWithContent(_ record: CSVRecord) -> Bool {
        guard let first = record.fields.first?.value.utf8.first else { return false }
        return first > 0x20 && first < 0x7F
    }

    /// The position of the byte at `index`, counting characters from where counting stopped.
    private mutating func position() -> SourcePosition {
        if countedIndex < index {
            countedColumn +=
                isASCII
                ? index - countedIndex
                : CSVByte.characterCount(in: bytes, countedIndex..<index)
            countedIndex = index
        }
        return SourcePosition(line: line, column: countedColumn)
    }

    /// Starts a new physical line after the LF at `offset`.
    private mutating func newLine(after offset: Int) {
        line += 1
        countedIndex = offset + 1
        countedColumn = 1
    }

    private mutating func nextRecord(capacity: Int) -> CSVRecord? {
        let recordLine = line
        var fields: [CSVField] = []
        fields.reserveCapacity(min(capacity, 64))
        while true {
            guard fields.count < CSVLimits.fieldsPerRecord, let field = nextField() else {
                return nil
            }
            fields.append(field)
            guard index < bytes.count else {
                return CSVRecord(line: recordLine, fields: fields, end: position())
            }
            if bytes[index] == Self.comma {
                index += 1
                continue
            }
            // Only LF is left: a field ends at a comma, LF or CR, and CR was refused.
            guard bytes[index] == CSVByte.lf else { return nil }
            let end = position()
            newLine(after: index)
            index += 1
            return CSVRecord(line: recordLine, fields: fields, end: end)
        }
    }

    private mutating func nextField() -> CSVField? {
        let start = index
        let opening = position()
        guard index < bytes.count, bytes[index] == CSVByte.dquote else {
            index = CSVByte.firstFieldEnd(in: bytes, from: start, delimiter: Self.comma)
            return field(start..<index, at: opening)
        }
        index += 1
        var segmentStart = index
        buffer.removeAll(keepingCapacity: true)
        while true {
            guard index < bytes.count else { return nil }
            let byte = bytes[index]
            if byte == CSVByte.dquote {
                guard index + 1 < bytes.count, bytes[index + 1] == CSVByte.dquote else { break }
                buffer.append(contentsOf: bytes[segmentStart...index])
                index += 2
                segmentStart = index
                continue
            }
            if byte == CSVByte.lf { newLine(after: index) }
            index += 1
        }
        let value: CSVField?
        if buffer.isEmpty {
            value = field(segmentStart..<index, at: opening)
        } else {
            buffer.append(contentsOf: bytes[segmentStart..<index])
            value =
                buffer.count > CSVLimits.fieldLength
                ? nil : CSVField(value: String(decoding: buffer, as: UTF8.self), position: opening)
        }
        index += 1
        while index < bytes.count, bytes[index] == CSVByte.space { index += 1 }
        guard index == bytes.count || bytes[index] == Self.comma || bytes[index] == CSVByte.lf
        else { return nil }
        return value
    }

    /// A field of the bytes in `range`; `nil` when it may be longer than the reader takes.
    private func field(_ range: Range<Int>, at position: SourcePosition) -> CSVField? {
        guard range.count <= CSVLimits.fieldLength else { return nil }
        let value =
            range.isEmpty
            ? "" : String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        return CSVField(value: value, position: position)
    }
}
