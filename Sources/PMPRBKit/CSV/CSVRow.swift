/// One record of a CSV file.
///
/// A record may span several physical lines when a quoted field contains a line break; ``line``
/// is the line where it starts, and each field keeps its own position.
public struct CSVRow: Hashable, Sendable {
    /// The 1-based physical line where the record starts.
    public var line: Int
    /// The fields, in file order.
    public var fields: [CSVField]

    /// Creates a row.
    ///
    /// - Parameters:
    ///   - line: The physical line where the record starts.
    ///   - fields: The fields, in file order.
    public init(line: Int, fields: [CSVField]) {
        self.line = line
        self.fields = fields
    }

    /// Returns the field at `index`, or `nil` when the row has no such field.
    ///
    /// - Parameter index: A 0-based field index, usually from ``CSVTable/columnIndex(_:)``.
    /// - Returns: The field, or `nil` when `index` is out of range.
    public func field(_ index: Int) -> CSVField? {
        fields.indices.contains(index) ? fields[index] : nil
    }
}
