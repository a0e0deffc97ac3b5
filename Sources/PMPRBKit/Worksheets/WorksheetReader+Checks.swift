import PMPRBPlatform

/// The checks of a worksheet that look at more than one row: its metadata rows, the rows it
/// lacks, and counts whose numerator exceeds their denominator.
extension WorksheetReader {
    mutating func readMetadata(_ row: CSVRow, key: String, codeField: CSVField) {
        let field = row.cell(columns.jawaban)
        let value = field.value.trimmed
        switch key {
        case WorksheetColumns.instrumentKey:
            if !value.isEmpty && value != instrument.id {
                report(
                    .error, .otherInstrument(named: VisibleText.clipped(value), expected: instrument.id), at: field,
                    notes: [.useOwnInstrument(instrument.id)])
            }
        case WorksheetColumns.unitKey:
            unit = value
        case WorksheetColumns.yearKey:
            if value.isEmpty { return }
            guard let number = Int(value), (2000...2100).contains(number) else {
                report(.error, .notAYear(VisibleText.clipped(value)), at: field, notes: [.writeYear])
                return
            }
            year = number
        case WorksheetColumns.predicateKey:
            switch HeldPredicate.parse(value, predicates: instrument.predicates) {
            case .success(let held): heldPredicates = held
            case .failure(let failure):
                report(.error, failure.worksheetMessage, at: field, notes: [.writeHeldPredicate])
            }
        default:
            report(.warning, .unknownMetadata(VisibleText.clipped(key)), at: codeField, notes: [.metadataRows])
        }
    }

    mutating func checkMetadata() {
        if Worksheet.instrumentID(in: table) == nil {
            diagnostics.append(
                .warning(
                    .worksheet(.noInstrumentRow(instrument.id)),
                    file: file, at: table.headerPosition,
                    notes: [.worksheet(.addInstrumentRow(instrument.id))]))
        }
    }

    /// Refuses a count of done things above the count of things to do, where the instrument
    /// says the numerator cannot exceed the denominator.
    mutating func checkNumerators() {
        for offset in instrument.nodes.indices where instrument.nodes[offset].numeratorCapped {
            let node = instrument.nodes[offset]
            guard let formula = node.formula,
                let parts = Self.exceedingParts(formula, answer: { entry($0)?.answer }),
                let first = formula.numerator.compactMap(\.code).first,
                let entry = entry(first)
            else { continue }
            let denominator = formula.denominator.compactMap(\.code).joined(separator: ", ")
            diagnostics.append(
                table.diagnostic(
                    .error,
                    .worksheet(
                        .numeratorExceeds(
                            first, value: parts.numerator, denominators: denominator,
                            denominatorValue: parts.denominator)),
                    file: file, at: entry.position,
                    notes: [.worksheet(.numeratorCapped(node.code, formula: "\(formula)"))]))
        }
    }

    /// The numerator and denominator of a count capped by its denominator, when the answers
    /// (by code) exceed the cap; `nil` when they do not, or some part is not a number.
    static func exceedingParts(
        _ formula: Formula, answer: (String) -> Worksheet.Answer?
    ) -> (numerator: Double, denominator: Double)? {
        guard
            let parts = formula.parts({ code in
                if case .number(let value)? = answer(code) { return value }
                return nil
            }), parts.numerator > parts.denominator
        else { return nil }
        return parts
    }

    mutating func checkMissingRows() {
        var missing: [Node] = []
        for offset in instrument.nodes.indices
        where lineOfNode[offset] == nil && instrument.nodes[offset].kind.isAnswerable {
            missing.append(instrument.nodes[offset])
        }
        guard !missing.isEmpty else { return }
        diagnostics.append(
            .error(
                .worksheet(
                    .missingRows(
                        count: missing.count, instrument: instrument.id,
                        shown: missing.prefix(5).map(\.code))),
                file: file, at: table.headerPosition,
                notes: [.worksheet(.startFromTemplate(instrument.id))]))
    }
}
