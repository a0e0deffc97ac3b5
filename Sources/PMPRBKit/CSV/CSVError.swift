/// Why ``CSVReader`` could not read a file.
///
/// Each case carries positions, not prose; ``diagnostic(file:source:)`` turns it into a
/// message for people. Columns count Unicode scalars and byte offsets start at 0.
public enum CSVError: Error, Equatable, Sendable {
    /// The file has no bytes, or only whitespace and blank lines.
    case empty
    /// The file has more bytes than the reader's limit; nothing was decoded.
    case tooLarge(bytes: Int, limit: Int)
    /// The file contains a NUL byte (or, in UTF-16, a U+0000), so it is not a text file.
    case binary(byteOffset: Int)
    /// A quoted field is still open at the end of the file.
    case unterminatedQuote(openedAt: SourcePosition)
    /// A closing quote is followed by something other than spaces, the delimiter or a line end.
    case unexpectedCharacterAfterQuote(Unicode.Scalar, at: SourcePosition)
    /// A quoted field runs over lines to a quote followed by something other than spaces, the
    /// delimiter or a line end: most likely its own closing quote is missing, and the quote
    /// found is the opening quote of a later cell. `openedAt` is where the field opened, `at`
    /// the character after the quote that ended it.
    case unclosedQuote(openedAt: SourcePosition, Unicode.Scalar, at: SourcePosition)
    /// A record has non-empty fields beyond the header's last column.
    ///
    /// `found` counts the record's fields up to its last non-empty one; `at` is the first
    /// non-empty field beyond the header.
    case raggedRow(line: Int, expected: Int, found: Int, at: SourcePosition)
    /// The header lacks required columns, listed normalised in the order they were required.
    case missingColumns([String], headerLine: Int)
    /// A column name, normalised, appears more than once; `at` is its second appearance.
    case duplicateColumn(String, at: SourcePosition)
    /// A record has more fields than ``CSVLimits/fieldsPerRecord``; `at` is the first field
    /// beyond the limit.
    case tooManyFields(line: Int, limit: Int, at: SourcePosition)
    /// A field has more characters than ``CSVLimits/fieldLength``; `at` is where it starts.
    case fieldTooLong(characters: Int, limit: Int, at: SourcePosition)
    /// The file has more records than ``CSVLimits/records``; `line` starts the first one beyond.
    case tooManyRecords(line: Int, limit: Int)
}
