import PMPRBPlatform

/// Reads CSV files saved by spreadsheets into a ``CSVTable``, strictly and with positions.
///
/// The reader follows RFC 4180 and what Excel and LibreOffice write:
///
/// - **Encoding.** A byte-order mark selects UTF-8 or UTF-16 (little- or big-endian) and is
///   removed. Without one, valid UTF-8 is read as UTF-8; anything else is read as Windows-1252,
///   with a warning in ``CSVTable/warnings``.
/// - **Delimiter.** Given, or detected from the header (the first non-blank record) and never
///   from data rows: of `,`, `;` and tab, the one whose split holds the most required columns
///   wins; on a tie, the one giving the most non-empty names; on a further tie, the first of
///   `,`, `;`, tab.
/// - **Quoting.** Quoted fields may hold the delimiter, line breaks and `""`. Spaces after a
///   closing quote are ignored, because some spreadsheets write them. A quote inside an
///   unquoted field is kept as written. Values are never trimmed.
/// - **Shape.** Blank records are skipped. Empty fields after the header's last named column
///   are dropped from the header and from rows; short rows are padded with empty fields.
///
/// ```swift
/// let reader = CSVReader(requiredColumns: ["kode", "jawaban"])
/// do {
///     let table = try reader.read(data)
///     let answer = table.columnIndex("jawaban").flatMap { table.rows[0].field($0) }
/// } catch {
///     print(reader.diagnostic(for: error, in: data, file: "unit.csv").rendered())
/// }
/// ```
public struct CSVReader: Sendable {
    /// The largest file read by default: 10 MiB.
    public static let defaultByteLimit = 10 * 1024 * 1024

    /// The delimiter to use, or `nil` to detect it from the header.
    public let delimiter: CSVDelimiter?
    /// The columns the header must have, as given.
    public let requiredColumns: [String]
    /// The largest number of bytes read.
    public let byteLimit: Int

    /// Creates a reader.
    ///
    /// - Parameters:
    ///   - delimiter: The delimiter to use, or `nil` to detect it from the header.
    ///   - requiredColumns: Columns the header must have; they also guide delimiter detection.
    ///     Names are normalised as ``CSVTable/columnNames`` are.
    ///   - byteLimit: The largest number of bytes read; larger files are refused unread.
    public init(
        delimiter: CSVDelimiter? = nil, requiredColumns: [String],
        byteLimit: Int = CSVReader.defaultByteLimit
    ) {
        self.delimiter = delimiter
        self.requiredColumns = requiredColumns
        self.byteLimit = byteLimit
    }

    /// Reads a CSV file's bytes.
    ///
    /// - Parameter data: The file's bytes.
    /// - Returns: The table, with every data row as wide as the header.
    /// - Throws: ``CSVError/tooLarge(bytes:limit:)`` before decoding;
    ///   ``CSVError/empty``; ``CSVError/binary(byteOffset:)``;
    ///   ``CSVError/unterminatedQuote(openedAt:)``;
    ///   ``CSVError/unexpectedCharacterAfterQuote(_:at:)``;
    ///   ``CSVError/unclosedQuote(openedAt:_:at:)``;
    ///   ``CSVError/missingColumns(_:headerLine:)``; ``CSVError/duplicateColumn(_:at:)``;
    ///   ``CSVError/raggedRow(line:expected:found:at:)``; ``CSVError/tooManyFields(line:limit:at:)``,
    ///   ``CSVError/fieldTooLong(characters:limit:at:)`` and
    ///   ``CSVError/tooManyRecords(line:limit:)`` beyond ``CSVLimits``. The reader stops at the
    ///   first error.
    /// - Complexity: O(*n*) in the size of the file.
    public func read(_ data: Data) throws(CSVError) -> CSVTable {
        guard data.count <= byteLimit else {
            throw .tooLarge(bytes: data.count, limit: byteLimit)
        }
        guard !data.isEmpty else { throw .empty }
        let decoded = try TextEncoding.decode([UInt8](data))
        var located = try locateHeader(in: decoded.source.bytes)
        let header = try makeHeader(located.header)
        var rows: [CSVRow] = []
        let width = header.fields.count
        while true {
            located.tokenizer.skipBlankLines()
            guard let record = try located.tokenizer.nextRecord() else { break }
            if record.isBlank { continue }
            guard rows.count + 1 < CSVLimits.records else {
                throw .tooManyRecords(line: record.line, limit: CSVLimits.records)
            }
            rows.append(try makeRow(record, width: width))
        }
        return CSVTable(
            header: header,
            columnNames: header.fields.map { CSVText.normalisedColumnName($0.value) },
            rows: rows, delimiter: located.delimiter, encoding: decoded.encoding,
            warnings: decoded.warnings, source: decoded.source)
    }

    /// Matches a data record to the header's width.
    private func makeRow(_ record: CSVRecord, width: Int) throws(CSVError) -> CSVRow {
        var fields = record.fields
        if fields.count > width {
            let extra = fields[width...]
            if let firstFilled = extra.firstIndex(where: { !CSVText.isBlank($0.value) }) {
                let lastFilled = extra.lastIndex(where: { !CSVText.isBlank($0.value) })
                throw .raggedRow(
                    line: record.line, expected: width, found: (lastFilled ?? firstFilled) + 1,
                    at: fields[firstFilled].position)
            }
            // A copy, so that the dropped fields' storage is not kept.
            fields = Array(fields[..<width])
        }
        return CSVRow(
            line: record.line, fields: fields, width: width, end: record.end,
            recordedFieldCount: record.fields.count)
    }

    /// Drops empty trailing names from the header record and checks its names.
    private func makeHeader(_ record: CSVRecord) throws(CSVError) -> CSVRow {
        var fields = record.fields
        while fields.count > 1, let last = fields.last, CSVText.isBlank(last.value) {
            fields.removeLast()
        }
        let names = fields.map { CSVText.normalisedColumnName($0.value) }
        let missing = normalisedRequiredColumns.filter { !names.contains($0) }
        guard missing.isEmpty else { throw .missingColumns(missing, headerLine: record.line) }
        var seen: Set<String> = []
        for (name, field) in zip(names, fields) where !name.isEmpty {
            guard seen.insert(name).inserted else {
                throw .duplicateColumn(name, at: field.position)
            }
        }
        return CSVRow(
            line: record.line, fields: fields, recordedFieldCount: record.fields.count)
    }

    /// The required columns normalised, without duplicates, in the order given.
    var normalisedRequiredColumns: [String] {
        var seen: Set<String> = []
        return requiredColumns.map(CSVText.normalisedColumnName).filter {
            !$0.isEmpty && seen.insert($0).inserted
        }
    }
}
