/// One record of a CSV file.
///
/// A record may span several physical lines when a quoted field contains a line break; ``line``
/// is the line where it starts, and each field keeps its own position.
public struct CSVRow: Hashable, Sendable {
    /// The 1-based physical line where the record starts.
    public var line: Int
    /// The fields, in file order.
    public var fields: [CSVField]
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
    public init(line: Int, fields: [CSVField], recordedFieldCount: Int? = nil) {
        self.line = line
        self.fields = fields
        self.recordedFieldCount = recordedFieldCount ?? fields.count
    }

    /// Returns the field at `index`, or `nil` when the row has no such field.
    ///
    /// - Parameter index: A 0-based field index, usually from ``CSVTable/columnIndex(_:)``.
    /// - Returns: The field, or `nil` when `index` is out of range.
    public func field(_ index: Int) -> CSVField? {
        fields.indices.contains(index) ? fields[index] : nil
    }
}
