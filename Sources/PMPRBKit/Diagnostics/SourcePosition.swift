/// A place in a source file: a 1-based line and, when known, a 1-based column.
///
/// Columns count Unicode scalars, not bytes or grapheme clusters, so `é` written as one scalar
/// is one column and a CJK character is one column (see `docs/worksheet-format.md`).
public struct SourcePosition: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The 1-based line number.
    public var line: Int
    /// The 1-based column, counted in Unicode scalars, or `nil` when only the line is known.
    public var column: Int?

    /// Creates a position.
    public init(line: Int, column: Int? = nil) {
        self.line = line
        self.column = column
    }

    /// `line:column`, or `line` when the column is unknown.
    public var description: String {
        if let column { return "\(line):\(column)" }
        return "\(line)"
    }

    /// Orders by line, then by column; an unknown column comes first.
    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        if lhs.line != rhs.line { return lhs.line < rhs.line }
        return (lhs.column ?? 0) < (rhs.column ?? 0)
    }
}
