/// What keeps a worksheet's check bounded and its refusals precise: one row per metadata key,
/// a cap on errors and on "did you mean" searches, and quoted fields that swallow rows.
extension WorksheetReader {
    /// The most errors and warnings collected from one worksheet; reading stops there, and the
    /// worksheet is refused.
    static let errorLimit = 1_000
    /// The most unknown codes of one worksheet that get a "did you mean" suggestion.
    static let suggestionLimit = 100

    /// Whether reading should stop: ``errorLimit`` diagnostics have been collected.
    var hasTooManyErrors: Bool {
        diagnostics.count >= Self.errorLimit
    }

    /// The instrument's code nearest to an unknown one, while suggestions are left.
    mutating func suggestion(for code: String) -> String? {
        guard suggestionsLeft > 0 else { return nil }
        suggestionsLeft -= 1
        let codes = self.codes ?? instrument.nodes.map(\.code)
        self.codes = codes
        return Suggestion.nearest(to: code, among: codes)
    }

    /// Records a metadata row; refuses it, naming both rows, when its key came before.
    ///
    /// - Returns: Whether this is the first row with the key.
    mutating func isFirstMetadataRow(_ key: String, at field: CSVField) -> Bool {
        guard let first = metadataPositions[key] else {
            metadataPositions[key] = field.position
            return true
        }
        report(
            .error, .duplicateMetadataRow(key), at: field,
            notes: [.metadataFirstGivenOn(line: first.line, column: first.column)])
        return false
    }

    /// Refuses each quoted field that holds whole rows of the worksheet: a quote left open
    /// in one cell that a later quote happens to close. The error points at the opening quote,
    /// where the fix is, rather than at the rows that seem to be missing.
    mutating func checkSwallowedRows() {
        // A workbook's cell never spans rows: there are no quotes to leave open.
        guard table.workbook == nil else { return }
        let delimiter = Character(table.delimiter.rawValue)
        // A row read on one line holds no line break, so no field of it swallows rows.
        for row in table.rows where row.mayHoldLineBreak {
            for column in 0..<table.columnNames.count {
                guard let field = row.field(column),
                    field.value.utf8.contains(where: { $0 == CSVByte.lf || $0 == CSVByte.cr })
                else { continue }
                let swallowed = field.value.split(whereSeparator: \.isNewline).dropFirst()
                    .compactMap { line -> String? in
                        guard let end = line.firstIndex(of: delimiter) else { return nil }
                        let code = String(line[..<end]).trimmed
                        return instrument.index(of: code) != nil ? code : nil
                    }
                guard let first = swallowed.first else { continue }
                report(
                    .error, .swallowedRows(swallowed.count, first: first), at: field,
                    notes: [.closeQuoteInRow])
            }
        }
    }
}
