extension CSVTable {
    /// A diagnostic at a place in this table, quoting the place's source line so that the
    /// rendered diagnostic draws a caret under its column: how every reader of a table
    /// (instrument, worksheet, proposal, RATL and realisation files) reports a cell.
    func diagnostic(
        _ severity: Diagnostic.Severity, _ content: Message, file: String?,
        at position: SourcePosition, notes: [Message] = []
    ) -> Diagnostic {
        Diagnostic(
            severity, content, file: file, position: position, notes: notes,
            sourceLine: sourceLine(position.line))
    }
}
