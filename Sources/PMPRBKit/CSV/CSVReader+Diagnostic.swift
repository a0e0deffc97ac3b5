import PMPRBPlatform

extension CSVReader {
    /// Returns the diagnostic for an error this reader threw, with notes that name the required
    /// columns and the delimiter, and the source line for a caret.
    ///
    /// This is ``CSVError/diagnostic(file:source:)`` with what the reader knows added: for a
    /// missing column, the required columns, the delimiter (and whether it was detected) and the
    /// header as read; for a ragged row, the delimiter.
    ///
    /// - Parameters:
    ///   - error: An error thrown by ``read(_:)`` for `source`.
    ///   - source: The bytes given to ``read(_:)``.
    ///   - file: The file as the user named it, or `nil`.
    /// - Returns: An error diagnostic.
    public func diagnostic(
        for error: CSVError, in source: Data, file: String? = nil
    ) -> Diagnostic {
        let text = error.decodedSource(source)
        var context = CSVError.Context(
            delimiter: nil, delimiterWasDetected: delimiter == nil,
            requiredColumns: normalisedRequiredColumns, headerNames: nil)
        if let text, let located = try? locateHeader(in: text.bytes) {
            context.delimiter = located.delimiter
            var names = located.header.fields.map { CSVText.normalisedColumnName($0.value) }
            while names.count > 1, names.last == "" { names.removeLast() }
            context.headerNames = names
        } else {
            context.delimiter = delimiter
        }
        return error.diagnostic(file: file, source: text, context: context)
    }

    /// Reads a table, or throws the located diagnostic of why it cannot be read.
    ///
    /// - Parameters:
    ///   - source: The file's bytes.
    ///   - file: The file as the user named it, or `nil`.
    /// - Throws: ``DiagnosticError`` holding ``diagnostic(for:in:file:)`` of the failure.
    public func read(_ source: Data, file: String?) throws(DiagnosticError) -> CSVTable {
        do {
            return try read(source)
        } catch {
            throw DiagnosticError(diagnostic(for: error, in: source, file: file))
        }
    }
}
