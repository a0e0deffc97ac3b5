import PMPRBPlatform

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
        func error(_ message: CSVMessage, at position: SourcePosition?, notes: [CSVMessage])
            -> Diagnostic
        {
            Diagnostic.error(
                .csv(message), file: file, at: position, notes: notes.map(Message.csv),
                sourceLine: position.flatMap { source?.line($0.line) })
        }
        switch self {
        case .empty:
            return error(.empty, at: nil, notes: [.startsWithHeader])
        case .tooLarge(let bytes, let limit):
            let (size, limitSize) = CSVError.sizes(bytes, limit)
            return error(.tooLarge(size: size, limit: limitSize), at: nil, notes: [.checkRightFile])
        case .binary(let offset):
            return error(.binary(offset: offset), at: nil, notes: [.saveAsWorkbookOrCSV])
        case .unterminatedQuote(let opening):
            return error(.unterminatedQuote, at: opening, notes: [.quotedFieldOpenedHere])
        case .unexpectedCharacterAfterQuote(let scalar, let position):
            return error(
                .unexpectedAfterQuote(.init(scalar)), at: position,
                notes: [.closingQuoteFollowedBy])
        case .unclosedQuote(let opening, let scalar, let position):
            return error(
                .unclosedQuote(line: position.line, .init(scalar)), at: opening,
                notes: [.closeTheQuote])
        case .raggedRow(_, let expected, let found, let position):
            return error(
                .raggedRow(found: found, expected: expected), at: position,
                notes: [.quoteTheDelimiter(context?.delimiter)])
        case .missingColumns(let missing, let headerLine):
            return Diagnostic.error(
                .csv(.missingColumns(missing)), file: file, at: SourcePosition(line: headerLine),
                notes: CSVError.missingColumnsNotes(context))
        case .tooManyFields(_, let limit, let position):
            return error(
                .tooManyFields(limit: limit), at: position, notes: [.fewColumns(limit: limit)])
        case .fieldTooLong(let characters, let limit, let position):
            return error(
                .fieldTooLong(characters: characters, limit: limit), at: position,
                notes: [.cellLimit(limit)])
        case .tooManyRecords(let line, let limit):
            return error(
                .tooManyRecords(limit: limit), at: SourcePosition(line: line),
                notes: [.checkIsWorksheet])
        case .duplicateColumn(let name, let position):
            return error(.duplicateColumn(name), at: position, notes: [.columnOnce])
        }
    }

    /// Notes for missing columns: what was required and how the header was read.
    private static func missingColumnsNotes(_ context: Context?) -> [Message] {
        var notes: [CSVMessage] = []
        if let context, !context.requiredColumns.isEmpty {
            notes.append(.requiredColumns(context.requiredColumns))
        }
        if let context, let delimiter = context.delimiter {
            let detected = context.delimiterWasDetected
            if let names = context.headerNames {
                notes.append(.delimiterAndHeader(delimiter, detected: detected, names: names))
            } else {
                notes.append(.delimiter(delimiter, detected: detected))
            }
            notes += invisibleCharacterNotes(context)
        }
        notes.append(.columnNamesCompared)
        return notes.map(Message.csv)
    }

    /// For each required column missing only because of characters that cannot be seen, a
    /// note that names them.
    private static func invisibleCharacterNotes(_ context: Context) -> [CSVMessage] {
        guard let names = context.headerNames else { return [] }
        var notes: [CSVMessage] = []
        for required in context.requiredColumns where !names.contains(required) {
            guard
                let (index, name) = names.enumerated().first(where: { _, name in
                    name.unicodeScalars.contains(where: VisibleText.isInvisible)
                        && CSVText.normalisedColumnName(
                            String(name.unicodeScalars.filter { !VisibleText.isInvisible($0) }))
                            == required
                })
            else { continue }
            notes.append(
                .invisibleInColumn(
                    index: index + 1, name: name, required: required,
                    VisibleText.invisibleCharacters(in: name)))
        }
        return notes
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
        return bytes == 1 ? "1 byte" : "\(bytes) bytes"
    }
}
