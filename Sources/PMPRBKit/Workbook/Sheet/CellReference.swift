/// A cell's place in a sheet, as a spreadsheet names it: `F44` is column 6, row 44.
public struct CellReference: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The 1-based row.
    public var row: Int
    /// The 1-based column (1 for `A`).
    public var column: Int

    /// The largest column a workbook may have (`XFD`, ECMA-376 Part 1, 18.3.1.4).
    public static let maximumColumn = 16_384
    /// The largest row a workbook may have.
    public static let maximumRow = 1_048_576

    /// Creates a reference from a row and a column, both 1-based.
    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    /// Parses `F44` (or `$F$44`); `nil` when the text is not a cell reference in range.
    public init?(_ text: some StringProtocol) {
        let utf8 = Array(String(text).utf8)
        guard let parsed = utf8.withUnsafeBufferPointer({ CellReference($0) }) else { return nil }
        self = parsed
    }

    /// Parses `F44` (or `$F$44`) from UTF-8 bytes; `nil` when they are not a cell reference
    /// in range.
    @inline(__always)
    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        // Read for every cell of every sheet: a pointer loop, its arithmetic kept in range by
        // the limits checked on each step.
        guard let base = bytes.baseAddress else { return nil }
        var column = 0
        var row = 0
        var sawDigit = false
        for index in 0..<bytes.count {
            let byte = base[index]
            let digit = Int(byte) &- 48
            if digit >= 0 && digit <= 9 {
                sawDigit = true
                row = row &* 10 &+ digit
                guard row <= Self.maximumRow else { return nil }
                continue
            }
            if byte == UInt8(ascii: "$") { continue }
            let letter = Int(byte | 0x20) &- 96
            guard letter >= 1 && letter <= 26, !sawDigit else { return nil }
            column = column &* 26 &+ letter
            guard column <= Self.maximumColumn else { return nil }
        }
        guard column >= 1, row >= 1 else { return nil }
        self.init(row: row, column: column)
    }

    /// The column's letters: 1 is `A`, 27 is `AA`.
    public static func columnName(_ column: Int) -> String {
        var number = max(1, column)
        var letters: [Character] = []
        while number > 0 {
            let remainder = (number - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(65 + remainder))))
            number = (number - 1) / 26
        }
        return String(letters.reversed())
    }

    /// `F44`.
    public var description: String { Self.columnName(column) + String(row) }

    /// `$F$44`, for formulas and defined names that must not move.
    public var absolute: String { "$" + Self.columnName(column) + "$" + String(row) }

    /// Orders by row, then column, as a sheet is read.
    public static func < (lhs: CellReference, rhs: CellReference) -> Bool {
        (lhs.row, lhs.column) < (rhs.row, rhs.column)
    }
}
