/// The messages of the CSV layer: reading bytes as text, quoting, the header and the limits.
///
/// Each case carries its values; the catalogue (`pesan.tsv`) holds its text in Indonesian and
/// English. Column names and cell text are the file's own and are never translated.
public enum CSVMessage: Hashable, Sendable {
    /// A character as a message names it.
    public enum Character: Hashable, Sendable {
        /// A printable character, as written: `character 'x'`.
        case printable(String)
        /// Any other, by its code point: `character U+0009`.
        case code(String)
    }

    /// A file without any bytes.
    case empty
    /// Note: what a worksheet starts with.
    case startsWithHeader
    /// A file above the size limit, both sizes as people read them.
    case tooLarge(size: String, limit: String)
    /// Note: check the file.
    case checkRightFile
    /// A file with a NUL byte.
    case binary(offset: Int)
    /// Note: how to save a worksheet.
    case saveAsWorkbookOrCSV
    /// A quoted field that runs to the end of the file.
    case unterminatedQuote
    /// Note: where the quoted field opened.
    case quotedFieldOpenedHere
    /// A character after a closing quote.
    case unexpectedAfterQuote(Character)
    /// Note: what follows a closing quote.
    case closingQuoteFollowedBy
    /// A quoted cell not closed on its line, running to a later line.
    case unclosedQuote(line: Int, Character)
    /// Note: close the quote.
    case closeTheQuote
    /// A row with another number of fields than the header.
    case raggedRow(found: Int, expected: Int)
    /// Note: a value holding the delimiter is quoted.
    case quoteTheDelimiter(CSVDelimiter?)
    /// Required columns missing from the header.
    case missingColumns([String])
    /// Note: the required columns.
    case requiredColumns([String])
    /// Note: the delimiter and how it was chosen.
    case delimiter(CSVDelimiter, detected: Bool)
    /// Note: the delimiter and the header as read with it (each name quoted and shortened).
    case delimiterAndHeader(CSVDelimiter, detected: Bool, names: [String])
    /// Note: a header cell that differs from a required column only by characters that cannot
    /// be seen.
    case invisibleInColumn(index: Int, name: String, required: String, [InvisibleCharacter])
    /// Note: how column names are compared.
    case columnNamesCompared
    /// A row with more fields than a spreadsheet holds.
    case tooManyFields(limit: Int)
    /// Note: a worksheet has a few columns.
    case fewColumns(limit: Int)
    /// A cell longer than a spreadsheet cell holds.
    case fieldTooLong(characters: Int, limit: Int)
    /// Note: the most a cell holds.
    case cellLimit(Int)
    /// A file with more rows than a worksheet has.
    case tooManyRecords(limit: Int)
    /// Note: an instrument has a few hundred items.
    case checkIsWorksheet
    /// A column named twice in the header (the name quoted).
    case duplicateColumn(String)
    /// Note: each column once.
    case columnOnce
    /// A file read as Windows-1252 because it is not UTF-8 (the byte in hexadecimal).
    case notUTF8(byte: String, offset: Int)
    /// Note: check accents and save as CSV UTF-8.
    case saveAsUTF8
    /// A UTF-16 file with unreadable characters.
    case invalidUTF16(TextEncoding, offset: Int)
    /// Note: characters that cannot be seen in a cell.
    case invisibleCharacters([InvisibleCharacter])
}
