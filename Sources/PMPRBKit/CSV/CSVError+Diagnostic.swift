import Foundation

extension CSVError {
    /// Returns the diagnostic for this error: the message, notes on the expected form, and the
    /// source line for a caret when the error has a column.
    ///
    /// The error itself holds only positions. To draw the caret, pass the bytes that were read:
    /// they are decoded again (the same way, so the lines match) only to fetch the line. For
    /// notes that also name the required columns and the delimiter, use
    /// ``CSVReader/diagnostic(for:in:file:)``.
    ///
    /// ```swift
    /// do {
    ///     table = try reader.read(data)
    /// } catch {
    ///     throw DiagnosticError(error.diagnostic(file: path, source: data))
    /// }
    /// ```
    ///
    /// - Parameters:
    ///   - file: The file as the user named it, or `nil`.
    ///   - source: The bytes that were read, or `nil` to leave out the source line.
    /// - Returns: An error diagnostic.
    public func diagnostic(file: String? = nil, source: Data? = nil) -> Diagnostic {
        diagnostic(file: file, source: source.flatMap(decodedSource), context: nil)
    }

    /// What the reader knew when it failed, for richer notes.
    struct Context {
        /// The delimiter used, if known.
        var delimiter: CSVDelimiter?
        /// Whether the delimiter was detected rather than given.
        var delimiterWasDetected: Bool
        /// The required columns, normalised.
        var requiredColumns: [String]
        /// The header's names, normalised, if the header could be read.
        var headerNames: [String]?
    }

    /// Decodes bytes for their source lines, ignoring errors; `nil` without decoding when this
    /// error is about the whole file (which may be huge or binary) rather than a place in it.
    func decodedSource(_ data: Data) -> CSVSourceText? {
        switch self {
        case .empty, .tooLarge, .binary: nil
        default: try? TextEncoding.decode([UInt8](data)).source
        }
    }

    /// Builds the diagnostic from the decoded source and what the reader knew.
    func diagnostic(file: String?, source: CSVSourceText?, context: Context?) -> Diagnostic {
        func error(_ message: String, at position: SourcePosition?, notes: [String]) -> Diagnostic {
            Diagnostic.error(
                message, file: file, at: position, notes: notes,
                sourceLine: position.flatMap { source?.line($0.line) })
        }
        switch self {
        case .empty:
            return error(
                "the file is empty", at: nil,
                notes: ["a worksheet starts with a header row that names its columns"])
        case .tooLarge(let bytes, let limit):
            let (size, limitSize) = CSVError.sizes(bytes, limit)
            return error(
                "the file is \(size); the limit for a worksheet is \(limitSize)", at: nil,
                notes: ["check that this is the right file, or remove unused rows and columns"])
        case .binary(let offset):
            return error(
                "the file looks binary (NUL byte at offset \(offset)); "
                    + "a worksheet must be a CSV text file or an .xlsx workbook",
                at: nil,
                notes: [
                    "in the spreadsheet choose 'Save As' and the type 'Excel Workbook (.xlsx)' "
                        + "or 'CSV UTF-8'"
                ])
        case .unterminatedQuote(let opening):
            return error(
                "unterminated quoted field", at: opening,
                notes: [
                    "a quoted field must end with '\"' before the end of the file; "
                        + "the field opened here"
                ])
        case .unexpectedCharacterAfterQuote(let scalar, let position):
            return error(
                "unexpected \(CSVError.describe(scalar)) after a closing quote", at: position,
                notes: [
                    "a closing quote must be followed by the delimiter or the end of the line; "
                        + "inside a quoted field, write a quote as '\"\"'"
                ])
        case .unclosedQuote(let opening, let scalar, let position):
            return error(
                "the quoted cell opened here is not closed on its line; it runs to line "
                    + "\(position.line), where a quote is followed by \(CSVError.describe(scalar))",
                at: opening,
                notes: [
                    "a quote that opens a cell must close it; add the missing '\"', "
                        + "or write a quote inside a cell as '\"\"'"
                ])
        case .raggedRow(_, let expected, let found, let position):
            return error(
                "row has \(CSVError.count(found, "field")); "
                    + "the header has \(expected)",
                at: position, notes: [CSVError.quotingNote(context?.delimiter)])
        case .missingColumns(let missing, let headerLine):
            let list = missing.map { "'\($0)'" }.joined(separator: ", ")
            let noun = missing.count == 1 ? "column" : "columns"
            return error(
                "missing required \(noun) \(list)", at: SourcePosition(line: headerLine),
                notes: CSVError.missingColumnsNotes(context))
        case .tooManyFields(_, let limit, let position):
            return error(
                "the row has more than \(limit) fields", at: position,
                notes: [
                    "a worksheet has a few columns; \(limit) is the most a spreadsheet holds "
                        + "(docs/worksheet-format.md, Limits)"
                ])
        case .fieldTooLong(let characters, let limit, let position):
            return error(
                "the cell has \(characters) characters; the limit is \(limit)", at: position,
                notes: [
                    "\(limit) characters is the most a spreadsheet cell holds; "
                        + "an unclosed quote can also make one cell of many lines"
                ])
        case .tooManyRecords(let line, let limit):
            return error(
                "the file has more than \(limit) rows", at: SourcePosition(line: line),
                notes: ["an instrument has a few hundred items; check that this is a worksheet"])
        case .duplicateColumn(let name, let position):
            return error(
                "duplicate column \(VisibleText.quoted(name))", at: position,
                notes: [
                    "each column may appear once in the header; names are compared ignoring "
                        + "case and surrounding spaces"
                ])
        }
    }

    /// Notes for missing columns: what was required and how the header was read.
    private static func missingColumnsNotes(_ context: Context?) -> [String] {
        var notes: [String] = []
        if let context, !context.requiredColumns.isEmpty {
            let required = context.requiredColumns.map { "'\($0)'" }.joined(separator: ", ")
            notes.append("the required columns are \(required)")
        }
        if let context, let delimiter = context.delimiter {
            let how = context.delimiterWasDetected ? "detected" : "given"
            var note = "the delimiter is \(delimiter.displayName) (\(how))"
            if let names = context.headerNames {
                var list = names.prefix(12).map { VisibleText.quoted($0, limit: 40) }
                    .joined(separator: ", ")
                if names.count > 12 { list += ", …" }
                note += "; the header reads as \(count(names.count, "column")): \(list)"
            }
            notes.append(note)
            notes += invisibleCharacterNotes(context)
        }
        notes.append(
            "column names are compared ignoring case and surrounding spaces, "
                + "with inner spaces read as '_'")
        return notes
    }

    /// For each required column missing only because of characters that cannot be seen, a
    /// note that names them.
    private static func invisibleCharacterNotes(_ context: Context) -> [String] {
        guard let names = context.headerNames else { return [] }
        var notes: [String] = []
        for required in context.requiredColumns where !names.contains(required) {
            guard
                let (index, name) = names.enumerated().first(where: { _, name in
                    name.unicodeScalars.contains(where: VisibleText.isInvisible)
                        && CSVText.normalisedColumnName(
                            String(name.unicodeScalars.filter { !VisibleText.isInvisible($0) }))
                            == required
                }), let named = VisibleText.invisibleNote(for: name)
            else { continue }
            notes.append(
                "column \(index + 1) of the header is \(VisibleText.quoted(name)), not "
                    + "'\(required)': " + named)
        }
        return notes
    }

    /// A note explaining that a value containing the delimiter must be quoted.
    private static func quotingNote(_ delimiter: CSVDelimiter?) -> String {
        switch delimiter {
        case .comma:
            "the delimiter is ','; a value containing ',' must be enclosed in double quotes, "
                + "as in '\"3,29\"'"
        case .semicolon:
            "the delimiter is ';'; a value containing ';' must be enclosed in double quotes, "
                + "as in '\"a; b\"'"
        case .tab:
            "the delimiter is tab; a value containing a tab must be enclosed in double quotes"
        case nil:
            "a value containing the delimiter must be enclosed in double quotes, as in '\"3,29\"'"
        }
    }

    /// `1 field`, `2 fields`.
    private static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }

    /// A scalar for a message: `character 'x'` when printable, `character U+0009` otherwise.
    private static func describe(_ scalar: Unicode.Scalar) -> String {
        switch scalar.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator,
            .paragraphSeparator, .spaceSeparator:
            let hex = String(scalar.value, radix: 16, uppercase: true)
            return "character U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        default:
            return "character '\(scalar)'"
        }
    }

    /// Human sizes for a file and a limit, in bytes when the rounded sizes would look equal.
    private static func sizes(_ bytes: Int, _ limit: Int) -> (String, String) {
        let size = humanSize(bytes)
        let limitSize = humanSize(limit)
        return size == limitSize ? ("\(bytes) bytes", "\(limit) bytes") : (size, limitSize)
    }

    /// `12.3 MB`, `10 MB`, `1.5 KB` or `900 bytes`, with 1 KB = 1024 bytes.
    private static func humanSize(_ bytes: Int) -> String {
        let units: [(String, Double)] = [("MB", 1024 * 1024), ("KB", 1024)]
        for (unit, scale) in units where Double(bytes) >= scale {
            var text = LocaleNumber.format(Double(bytes) / scale, decimals: 1, decimalComma: false)
            if text.hasSuffix(".0") { text.removeLast(2) }
            return "\(text) \(unit)"
        }
        return count(bytes, "byte")
    }
}
