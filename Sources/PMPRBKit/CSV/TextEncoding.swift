/// A text encoding that ``CSVReader`` recognises.
///
/// The reader looks for a byte-order mark first (UTF-8, UTF-16 little- or big-endian). Without
/// one, the bytes are read as UTF-8 when they are valid UTF-8 and as Windows-1252 otherwise,
/// which is what Excel writes for "CSV (Comma delimited)" on a Windows machine in Western and
/// Indonesian locales.
public enum TextEncoding: String, Sendable {
    /// UTF-8 without a byte-order mark.
    case utf8
    /// UTF-8 starting with the byte-order mark `EF BB BF` (Excel's "CSV UTF-8").
    case utf8WithBOM
    /// UTF-16, little-endian, starting with the byte-order mark `FF FE` (Excel's "Unicode text").
    case utf16LittleEndian
    /// UTF-16, big-endian, starting with the byte-order mark `FE FF`.
    case utf16BigEndian
    /// Windows-1252, used when the bytes are not valid UTF-8.
    case windows1252

    /// How the encoding is named in messages.
    var displayName: String {
        switch self {
        case .utf8: "UTF-8"
        case .utf8WithBOM: "UTF-8 with a byte-order mark"
        case .utf16LittleEndian: "UTF-16 little-endian"
        case .utf16BigEndian: "UTF-16 big-endian"
        case .windows1252: "Windows-1252"
        }
    }
}
