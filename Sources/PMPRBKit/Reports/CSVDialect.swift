/// How a CSV report is written: for programs (the default) or for a spreadsheet in an
/// Indonesian locale.
///
/// Excel and LibreOffice in an Indonesian locale read `;` as the list separator and `,` as the
/// decimal mark, and Excel takes a file for UTF-8 only when it starts with a byte order mark.
/// ``excelIndonesia`` writes exactly that, so that a double click opens the report with names
/// intact and numbers as numbers (`docs/cli.md`, "CSV for Excel and LibreOffice").
public struct CSVDialect: Hashable, Sendable {
    /// The delimiter between fields.
    public var delimiter: CSVDelimiter
    /// Whether numbers are written with a decimal comma.
    public var decimalComma: Bool
    /// Whether the text starts with a UTF-8 byte order mark (U+FEFF).
    public var byteOrderMark: Bool
    /// The text after each row.
    public var lineEnding: String

    /// Creates a dialect.
    public init(
        delimiter: CSVDelimiter, decimalComma: Bool, byteOrderMark: Bool, lineEnding: String
    ) {
        self.delimiter = delimiter
        self.decimalComma = decimalComma
        self.byteOrderMark = byteOrderMark
        self.lineEnding = lineEnding
    }

    /// Comma-delimited, decimal points, LF, no byte order mark: stable for programs.
    public static let standard = CSVDialect(
        delimiter: .comma, decimalComma: false, byteOrderMark: false, lineEnding: "\n")

    /// Semicolon-delimited, decimal commas, CRLF and a byte order mark: for Excel and
    /// LibreOffice in an Indonesian locale.
    public static let excelIndonesia = CSVDialect(
        delimiter: .semicolon, decimalComma: true, byteOrderMark: true, lineEnding: "\r\n")

    /// A number with a fixed number of decimals in this dialect's decimal mark.
    public func number(_ value: Double, decimals: Int = 2) -> String {
        LocaleNumber.format(value, decimals: decimals, decimalComma: decimalComma)
    }

    /// The CSV text of rows: the byte order mark if any, then each row.
    ///
    /// Cells are written as given; pass every cell that came from a worksheet through
    /// ``CSVWriter/neutralisingFormula(_:)`` first.
    public func text(_ rows: [[String]]) -> String {
        let writer = CSVWriter(delimiter: delimiter, lineEnding: lineEnding)
        return (byteOrderMark ? "\u{FEFF}" : "") + rows.map(writer.row).joined()
    }
}
