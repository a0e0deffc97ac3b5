extension InstrumentBuilder {
    /// Reads the `penjelasan` cell of every node against its answer type, so that a criterion
    /// can only name an option the item has.
    ///
    /// Runs after ``checkTree()``, when the answer types are known; a node whose type is
    /// unknown has already been reported and is skipped.
    mutating func readGuides() {
        guard columns[.penjelasan] != nil else { return }
        let types = Dictionary(answerTypes.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        // The options' labels in lower case, made once per answer type rather than per cell.
        var labels: [String: [String]] = [:]
        for offset in nodes.indices {
            let cells = self.cells(table.rows[nodeRows[offset]])
            guard let field = cells.field(.penjelasan), !field.value.trimmed.isEmpty else {
                continue
            }
            guard nodes[offset].kind == .butir else {
                error(
                    .guideOnNonItem(kind: nodes[offset].kind.rawValue, code: nodes[offset].code),
                    at: field.position, notes: [.guidesOnItems])
                continue
            }
            guard let type = nodes[offset].answerTypeID.flatMap({ types[$0] }) else { continue }
            if labels[type.id] == nil, case .options(let options) = type.conversion {
                labels[type.id] = AnswerGuide.loweredLabels(options)
            }
            do {
                nodes[offset].guide = try AnswerGuide.parse(
                    field.value, for: type, labels: labels[type.id])
            } catch {
                self.error(
                    error.message, at: position(in: field, offset: error.offset),
                    notes: error.notes)
            }
        }
    }

    /// The position of a scalar inside a cell, when it can be told from the source line (the
    /// cell's text up to there has no quote or line break); otherwise the cell's start.
    private func position(in field: CSVField, offset: Int) -> SourcePosition {
        guard let column = field.position.column,
            let line = table.sourceLine(field.position.line)
        else { return field.position }
        let before = field.value.unicodeScalars.prefix(offset)
        guard !before.contains(where: { $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
            return field.position
        }
        let scalars = Array(line.unicodeScalars)
        let quoted = column - 1 < scalars.count && scalars[column - 1] == "\""
        return SourcePosition(line: field.position.line, column: column + (quoted ? 1 : 0) + offset)
    }
}
