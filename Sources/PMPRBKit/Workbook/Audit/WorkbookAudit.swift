import PMPRBPlatform

/// Compares the results a filled workbook carries (the cached values of its formulas) with the
/// scoring's own, and its formulas with the template's, and reports each cell that differs: an
/// edited formula, an edited weight, or a workbook saved without recalculation
/// (`docs/worksheet-format.md`, "Audit").
struct WorkbookAudit {
    let table: CSVTable
    let snapshot: WorkbookSnapshot
    let instrument: Instrument
    let worksheet: Worksheet
    let file: String?
    let severity: Diagnostic.Severity

    func findings() -> [Diagnostic] {
        let values = SheetValues(instrument: instrument, worksheet: worksheet)
        let layout = SheetLayout(instrument: instrument)
        let formulas = SheetFormulas(layout: layout)
        var found: [Diagnostic] = []
        guard let kode = table.columnIndex("kode") else { return [] }
        // The computed columns are read from the cells (the table leaves them unread).
        func column(_ name: String) -> Int? {
            table.columnIndex(name).flatMap { table.header.fields[$0].position.column }
        }
        let nilai = column("nilai")
        let persen = column("%")
        var rowOfNode: [Int: Int] = [:]
        for row in table.rows {
            guard let code = row.field(kode)?.value.trimmed, let offset = instrument.index(of: code)
            else { continue }
            rowOfNode[offset] = row.line
            if let nilai, let expected = values.points[offset] {
                found += compare(cell(row.line, nilai), expected, what: .column("nilai"), of: code, scale: 1)
            }
            if let persen, let expected = values.shares[offset] {
                found += compare(cell(row.line, persen), expected, what: .column("%"), of: code, scale: 100)
            }
        }
        if let total = snapshot.namedCells[SheetLayout.Name.total.lowercased()] {
            let field = CSVField(value: total.value, position: total.position)
            found += compare(field, .number(values.total), what: .total, scale: 1)
        }
        if let category = snapshot.namedCells[SheetLayout.Name.category.lowercased()] {
            let field = CSVField(value: category.value, position: category.position)
            found += compare(field, .text(values.category), what: .category, scale: 1)
        }
        // The parts of a two-part index, in the result block under the category.
        for part in IndexPartRow.allCases where layout.indexPartRows.count == IndexPartRow.allCases.count {
            let row = layout.row(of: part)
            guard snapshot.formula(CellReference(row: row, column: 3)) != nil else { continue }
            found += compare(
                cell(row, 3), .number(values.indexParts[part.rawValue]),
                what: .indexPart(part.label), scale: 1)
        }
        found += verdicts(values)
        // Formulas are compared only where every node sits in the template's row, so that the
        // expected formulas' references are the file's.
        if rowOfNode.count == instrument.nodes.count,
            rowOfNode.allSatisfy({ layout.row(ofNode: $0.key) == $0.value })
        {
            found += formulaFindings(layout, formulas)
        }
        return found
    }

    /// A cell's stored value, as a field for ``compare(_:_:what:of:scale:)``.
    private func cell(_ row: Int, _ column: Int) -> CSVField {
        CSVField(
            value: snapshot.cachedValue(CellReference(row: row, column: column)) ?? "",
            position: SourcePosition(sheet: snapshot.sheet, row: row, column: column))
    }

    private func compare(
        _ field: CSVField, _ expected: SheetValues.Value, what: WorkbookMessage.Audited, of code: String? = nil,
        scale: Double
    ) -> [Diagnostic] {
        let cached = field.value.trimmed
        let agrees: Bool
        let shown: String?
        switch expected {
        case .number(let number):
            shown = LocaleNumber.format(number * scale, decimals: 2, decimalComma: false)
            agrees = Double(cached).map {
                abs($0 - number) * scale <= Tolerance.halfHundredth + Tolerance.threshold
            } ?? false
        case .text(let text):
            shown = text.isEmpty ? nil : "'\(text)'"
            agrees = cached == text
        }
        guard !agrees else { return [] }
        return [
            Diagnostic(
                severity,
                .workbook(.cachedDiffers(what, cached: cached, code: code, computed: shown)),
                file: file, position: field.position, notes: [.workbook(.recalculate)])
        ]
    }

    /// The verdict of every criterion in the result block, found by its code in column A.
    private func verdicts(_ values: SheetValues) -> [Diagnostic] {
        var found: [Diagnostic] = []
        let header = table.header.line
        let labels = snapshot.labels
        for (index, criterion) in instrument.criteria.enumerated() {
            guard
                let row = labels.keys.sorted().first(where: {
                    $0 < header && labels[$0] == criterion.code
                        && snapshot.formula(CellReference(row: $0, column: 5)) != nil
                })
            else { continue }
            let cell = CellReference(row: row, column: 5)
            let field = CSVField(
                value: snapshot.cachedValue(cell) ?? "",
                position: SourcePosition(sheet: snapshot.sheet, row: row, column: 5))
            let expected = values.criteria[index].holds ? SheetFormulas.met : SheetFormulas.unmet
            found += compare(field, .text(expected), what: .verdict(criterion.code), scale: 1)
        }
        return found
    }

    private func formulaFindings(_ layout: SheetLayout, _ formulas: SheetFormulas) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for offset in instrument.nodes.indices {
            let row = layout.row(ofNode: offset)
            let expected: [(SheetLayout.Column, String?)] = [
                (.nilai, formulas.points(offset)),
                (.persen, formulas.itemValue(offset) ?? formulas.share(offset)),
            ]
            for (column, formula) in expected {
                guard let formula else { continue }
                let cell = CellReference(row: row, column: column.rawValue)
                let actual = snapshot.formula(cell)
                guard actual.map(Self.normalised) != Self.normalised(formula) else { continue }
                found.append(
                    Diagnostic(
                        severity,
                        .workbook(
                            .formulaDiffers(
                                column: column.title.lowercased(),
                                code: instrument.nodes[offset].code)),
                        file: file,
                        position: SourcePosition(sheet: snapshot.sheet, row: row, column: cell.column),
                        notes: [.workbook(.expectedFormula(formula, found: actual))]))
            }
        }
        return found
    }

    /// A formula without spaces, `$` and the `_xlfn.` prefix, upper-cased and with every number
    /// written to 15 significant digits, so that the same formula as another program writes it
    /// (LibreOffice keeps 15 digits: `0.833333333333333`) compares equal. Text in quotes is
    /// kept as it is.
    static func normalised(_ formula: String) -> String {
        var text = formula.hasPrefix("=") ? String(formula.dropFirst()) : formula
        text = text.split(separator: "_xlfn.", omittingEmptySubsequences: false).joined()
        let scalars = Array(text.unicodeScalars)
        var result = ""
        var index = 0
        func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\"" {
                var end = index + 1
                while end < scalars.count && scalars[end] != "\"" { end += 1 }
                end = min(end + 1, scalars.count)
                result.unicodeScalars.append(contentsOf: scalars[index..<end])
                index = end
            } else if scalar.properties.isAlphabetic || scalar == "_" {
                // A name or a cell reference: its digits are not a number.
                var end = index
                while end < scalars.count
                    && (scalars[end].properties.isAlphabetic || isDigit(scalars[end])
                        || scalars[end] == "_" || scalars[end] == "." || scalars[end] == "$")
                {
                    end += 1
                }
                let name = String(String.UnicodeScalarView(scalars[index..<end].filter { $0 != "$" }))
                result += name.uppercased()
                index = end
            } else if isDigit(scalar) || scalar == "." {
                var end = index
                while end < scalars.count && (isDigit(scalars[end]) || scalars[end] == ".") {
                    end += 1
                }
                if end < scalars.count, scalars[end] == "E" || scalars[end] == "e" {
                    var exponent = end + 1
                    if exponent < scalars.count, scalars[exponent] == "+" || scalars[exponent] == "-" {
                        exponent += 1
                    }
                    if exponent < scalars.count, isDigit(scalars[exponent]) {
                        end = exponent
                        while end < scalars.count && isDigit(scalars[end]) { end += 1 }
                    }
                }
                let literal = String(String.UnicodeScalarView(scalars[index..<end]))
                result += Double(literal).map(LocaleNumber.printedFifteenSignificant) ?? literal
                index = end
            } else {
                if scalar != " " && scalar != "$" { result.unicodeScalars.append(scalar) }
                index += 1
            }
        }
        return result
    }
}
