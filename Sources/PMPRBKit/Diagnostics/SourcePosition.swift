/// A place in a source file: a 1-based line and, when known, a 1-based column.
///
/// Columns count Unicode scalars, not bytes or grapheme clusters, so `é` written as one scalar
/// is one column and a CJK character is one column (see `docs/worksheet-format.md`).
public struct SourcePosition: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The 1-based line number.
    public var line: Int
    /// The 1-based column, counted in Unicode scalars, or `nil` when only the line is known.
    public var column: Int?
    /// For a cell of a workbook, the name of its sheet: ``line`` is then the cell's row and
    /// ``column`` its column (1 for `A`).
    public var sheet: String?

    /// Creates a position.
    public init(line: Int, column: Int? = nil) {
        self.line = line
        self.column = column
    }

    /// Creates the position of a workbook cell: its sheet, row and column (1 for `A`).
    public init(sheet: String, row: Int, column: Int) {
        self.line = row
        self.column = column
        self.sheet = sheet
    }

    /// `line:column`, or `line` when the column is unknown; for a workbook cell, the cell as a
    /// spreadsheet names it: `LKE!F44`.
    public var description: String {
        if let sheet {
            let cell = CellReference.columnName(column ?? 1) + String(line)
            return sheet + "!" + cell
        }
        if let column { return "\(line):\(column)" }
        return "\(line)"
    }

    /// Orders by line, then by column; an unknown column comes first.
    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        if lhs.line != rhs.line { return lhs.line < rhs.line }
        return (lhs.column ?? 0) < (rhs.column ?? 0)
    }
}
