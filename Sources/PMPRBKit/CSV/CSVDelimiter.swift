/// The character that separates the fields of a CSV record.
///
/// Worksheets saved by Excel or LibreOffice in an Indonesian locale use `;`, because the comma is
/// the decimal mark there; in an English locale they use `,`; Excel's "Unicode text" uses a tab.
/// ``CSVReader`` detects the delimiter from the header row unless one is given.
public enum CSVDelimiter: String, CaseIterable, Sendable {
    /// A comma, `,`.
    case comma = ","
    /// A semicolon, `;`.
    case semicolon = ";"
    /// A horizontal tab, U+0009.
    case tab = "\t"

    /// The delimiter as a UTF-8 byte (every delimiter is ASCII).
    var byte: UInt8 {
        UInt8(scalar.value)
    }

    /// The delimiter as a single Unicode scalar.
    var scalar: Unicode.Scalar {
        switch self {
        case .comma: ","
        case .semicolon: ";"
        case .tab: "\t"
        }
    }

    /// How the delimiter is named in messages: `','`, `';'` or `tab`.
    var displayName: String {
        switch self {
        case .comma: "','"
        case .semicolon: "';'"
        case .tab: "tab"
        }
    }
}
