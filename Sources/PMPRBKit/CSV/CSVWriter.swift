/// Writes CSV text that spreadsheets and ``CSVReader`` read back unchanged.
///
/// ```swift
/// let writer = CSVWriter(delimiter: .semicolon)
/// let text = writer.row(["kode", "nilai"]) + writer.row(["1.1", LocaleNumber.format(3.29)])
/// // kode;nilai
/// // 1.1;3,29
/// ```
public struct CSVWriter: Sendable {
    /// The delimiter written between fields.
    public var delimiter: CSVDelimiter
    /// The text written after each row, usually `"\n"` or `"\r\n"`.
    public var lineEnding: String

    /// Creates a writer.
    ///
    /// - Parameters:
    ///   - delimiter: The delimiter written between fields.
    ///   - lineEnding: The text written after each row.
    public init(delimiter: CSVDelimiter = .comma, lineEnding: String = "\n") {
        self.delimiter = delimiter
        self.lineEnding = lineEnding
    }

    /// Returns a field as it must be written: quoted when it contains a quote, CR, LF or any
    /// of the delimiters `,`, `;` and tab (not only the one in use), with each quote doubled.
    ///
    /// RFC 4180 asks for quotes only around the delimiter in use; quoting all three lets a
    /// spreadsheet that splits at every one of them (LibreOffice's import dialog has comma,
    /// semicolon and tab ticked) open the file intact, so that `0,50` in a semicolon file stays
    /// one cell.
    ///
    /// - Parameter value: The field's text, written as is otherwise.
    /// - Returns: The text to write.
    public func field(_ value: String) -> String {
        let needsQuotes = value.utf8.contains {
            $0 == CSVByte.dquote || $0 == CSVByte.cr || $0 == CSVByte.lf
                || $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: "\t")
        }
        guard needsQuotes else { return value }
        var quoted = String.UnicodeScalarView()
        quoted.append("\"")
        for scalar in value.unicodeScalars {
            if scalar == "\"" { quoted.append(scalar) }
            quoted.append(scalar)
        }
        quoted.append("\"")
        return String(quoted)
    }

    /// Returns a row: each field as ``field(_:)`` writes it, joined by the delimiter, followed
    /// by the line ending.
    ///
    /// - Parameter fields: The fields' texts.
    /// - Returns: The text to write.
    public func row(_ fields: [String]) -> String {
        fields.map(field).joined(separator: delimiter.rawValue) + lineEnding
    }

    /// Neutralises text that a spreadsheet would run as a formula, by prefixing an apostrophe.
    ///
    /// Text starting with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`
    /// (CSV injection). Use it for text that came from users, such as names and remarks; numbers
    /// the program writes itself, like `"-2,50"`, must not go through it.
    ///
    /// - Parameter value: Text from a user.
    /// - Returns: `value`, prefixed with `'` when it could start a formula.
    public static func neutralisingFormula(_ value: String) -> String {
        guard let first = value.unicodeScalars.first,
            ["=", "+", "-", "@", "\t", "\r"].contains(first)
        else { return value }
        return "'" + value
    }
}
