/// One record of a CSV file.
///
/// A record may span several physical lines when a quoted field contains a line break; ``line``
/// is the line where it starts, and each field keeps its own position.
public struct CSVRow: Hashable, Sendable {
    /// The 1-based physical line where the record starts.
    public var line: Int
    /// The fields as the file holds them, before padding.
    private var stored: [CSVField]
    /// The number of fields in ``fields``: the header's width for a data row.
    private var width: Int
    /// Where the padding fields of a short row are placed: the end of the record.
    private var end: SourcePosition
    /// How many fields the record had in the file, before empty trailing fields beyond the
    /// header were dropped or missing ones padded. A record with more fields than the header
    /// may be a number whose decimal comma split it (`3,48` unquoted in a comma-separated file).
    public var recordedFieldCount: Int

    /// Creates a row.
    ///
    /// - Parameters:
    ///   - line: The physical line where the record starts.
    ///   - fields: The fields, in file order.
    ///   - recordedFieldCount: How many fields the record had in the file; by default,
    ///     `fields.count`.
    init(line: Int, fields: [CSVField], recordedFieldCount: Int? = nil) {
        self.line = line
        self.stored = fields
        self.width = fields.count
        self.end = SourcePosition(line: line)
        self.recordedFieldCount = recordedFieldCount ?? fields.count
    }

    /// Creates a row padded to `width` with empty fields at `end`, without storing them: a
    /// short row of a wide table costs only the fields it has.
    init(line: Int, fields: [CSVField], width: Int, end: SourcePosition, recordedFieldCount: Int) {
        self.line = line
        self.stored = fields
        self.width = max(width, fields.count)
        self.end = end
        self.recordedFieldCount = recordedFieldCount
    }

    /// The fields, in file order; a data row has as many as the header.
    public var fields: [CSVField] {
        get {
            // A row as long as its table's header (every workbook row) is returned as stored.
            if stored.count == width { return stored }
            return (0..<width).map { field($0) ?? CSVField(value: "", position: end) }
        }
        set {
            stored = newValue
            width = newValue.count
            end = SourcePosition(line: line)
        }
    }

    /// Returns the field at `index`, or `nil` when the row has no such field.
    ///
    /// - Parameter index: A 0-based field index, usually from ``CSVTable/columnIndex(_:)``.
    /// - Returns: The field, or `nil` when `index` is out of range.
    public func field(_ index: Int) -> CSVField? {
        if stored.indices.contains(index) { return stored[index] }
        return index >= 0 && index < width ? CSVField(value: "", position: end) : nil
    }

    /// The field in a column, or an empty field at the row's line when the table has no such
    /// column (`nil`) or the row no such field: what a reader checks a cell with, so that a
    /// missing cell reads as a blank one at its row.
    func cell(_ column: Int?) -> CSVField {
        column.flatMap(field) ?? CSVField(value: "", position: SourcePosition(line: line))
    }

    /// Whether a field may hold a line break: the record was read across more than one line, or
    /// the row was made without the position of its end (the header, a workbook's row), or
    /// changed since. A row that ``CSVReader`` read on one line holds none.
    var mayHoldLineBreak: Bool {
        end.column == nil || end.line != line
    }

    /// Whether any field holds more than whitespace.
    var hasContent: Bool {
        stored.contains { !CSVText.isBlank($0.value) }
    }

    /// Rows are equal when they have the same line, fields and recorded count.
    public static func == (lhs: CSVRow, rhs: CSVRow) -> Bool {
        lhs.line == rhs.line && lhs.recordedFieldCount == rhs.recordedFieldCount
            && lhs.fields == rhs.fields
    }

    /// Hashes what ``==`` compares.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(line)
        hasher.combine(recordedFieldCount)
        hasher.combine(fields)
    }
}
