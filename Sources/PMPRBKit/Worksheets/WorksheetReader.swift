import Foundation

/// Checks a worksheet table row by row against an instrument and collects every problem.
struct WorksheetReader {
    let table: CSVTable
    let file: String?
    let instrument: Instrument
    var unit = ""
    var year: Int?
    var entries: [String: Worksheet.Entry] = [:]
    var diagnostics: [Diagnostic] = []
    private var lineOfCode: [String: Int] = [:]

    init(table: CSVTable, file: String?, instrument: Instrument) {
        self.table = table
        self.file = file
        self.instrument = instrument
        self.diagnostics = table.warnings.map { warning in file.map(warning.inFile) ?? warning }
    }

    private func cell(_ row: CSVRow, _ column: String) -> CSVField {
        let field = table.columnIndex(column).flatMap { row.field($0) }
        return field ?? CSVField(value: "", position: SourcePosition(line: row.line))
    }

    private mutating func report(
        _ severity: Diagnostic.Severity, _ message: String, at field: CSVField,
        notes: [String] = []
    ) {
        diagnostics.append(
            Diagnostic(
                severity, message, file: file, position: field.position, notes: notes,
                sourceLine: table.sourceLine(field.position.line)))
    }

    mutating func read() {
        for row in table.rows {
            let codeField = cell(row, "kode")
            let code = codeField.value.trimmed
            if code.hasPrefix("#") {
                readMetadata(row, key: code.lowercased(), codeField: codeField)
                continue
            }
            if code.isEmpty {
                let hasContent = row.fields.contains {
                    !$0.value.trimmed.isEmpty
                }
                if hasContent {
                    report(.error, "row has no kode", at: codeField,
                        notes: ["every row of a worksheet starts with the item's code"])
                }
                continue
            }
            if let first = lineOfCode[code] {
                report(.error, "duplicate kode '\(code)'", at: codeField,
                    notes: ["first used on line \(first); each item appears once"])
                continue
            }
            lineOfCode[code] = row.line
            guard let node = instrument.node(code) else {
                var notes: [String] = []
                if let nearest = Suggestion.nearest(to: code, among: instrument.nodes.map(\.code)) {
                    notes.append("did you mean '\(nearest)'?")
                }
                notes.append("the codes are those of instrument '\(instrument.id)'")
                report(.error, "unknown kode '\(code)'", at: codeField, notes: notes)
                continue
            }
            checkWeight(row, node: node)
            readAnswer(row, node: node)
        }
        checkMetadata()
        checkMissingRows()
        checkNumerators()
    }

    /// Refuses a count of done things above the count of things to do, where the instrument
    /// says the numerator cannot exceed the denominator.
    private mutating func checkNumerators() {
        for node in instrument.nodes where node.numeratorCapped {
            guard let formula = node.formula,
                let parts = formula.parts({ code in
                    if case .number(let value)? = entries[code]?.answer { return value }
                    return nil
                }), parts.numerator > parts.denominator,
                let first = formula.numerator.compactMap(\.code).first,
                let entry = entries[first]
            else { continue }
            let denominator = formula.denominator.compactMap(\.code).joined(separator: ", ")
            diagnostics.append(
                .error(
                    "'\(first)' (\(LocaleNumber.format(parts.numerator, decimals: 0))) is more than "
                        + "'\(denominator)' (\(LocaleNumber.format(parts.denominator, decimals: 0)))",
                    file: file, at: entry.position,
                    notes: ["for '\(node.code)' the numerator cannot exceed the denominator: "
                        + "\(formula)"],
                    sourceLine: table.sourceLine(entry.position.line)))
        }
    }

    private mutating func readMetadata(_ row: CSVRow, key: String, codeField: CSVField) {
        let field = cell(row, "jawaban")
        let value = field.value.trimmed
        switch key {
        case WorksheetColumns.instrumentKey:
            if !value.isEmpty && value != instrument.id {
                report(
                    .error,
                    "the worksheet is for instrument '\(value)', not '\(instrument.id)'",
                    at: field,
                    notes: ["score it with its own instrument, or start from "
                        + "'pmprb template \(instrument.id)'"])
            }
        case WorksheetColumns.unitKey:
            unit = value
        case WorksheetColumns.yearKey:
            if value.isEmpty { return }
            guard let number = Int(value), (2000...2100).contains(number) else {
                report(.error, "tahun '\(value)' is not a year", at: field,
                    notes: ["write the year assessed, e.g. 2026"])
                return
            }
            year = number
        default:
            report(
                .warning, "unknown metadata row '\(key)' is ignored", at: codeField,
                notes: ["metadata rows are #instrumen, #unit and #tahun"])
        }
    }

    private mutating func checkMetadata() {
        if Worksheet.instrumentID(in: table) == nil {
            diagnostics.append(
                .warning(
                    "the worksheet has no '#instrumen' row; scored as '\(instrument.id)'",
                    file: file, at: SourcePosition(line: table.header.line),
                    notes: ["add a row with kode '#instrumen' and '\(instrument.id)' in jawaban"]))
        }
    }

    private mutating func checkWeight(_ row: CSVRow, node: Node) {
        let field = cell(row, "bobot")
        let text = field.value.trimmed
        guard !text.isEmpty else { return }
        let expected = node.weight.map { LocaleNumber.format($0, decimalComma: false) } ?? "empty"
        guard let typed = LocaleNumber.parse(text), !typed.isPercent, let weight = node.weight,
            Rounding.agrees(typed.value, weight)
        else {
            report(
                .error,
                "bobot '\(text)' of '\(node.code)' differs from the instrument's (\(expected))",
                at: field,
                notes: ["weights come from instrument '\(instrument.id)' and cannot be changed "
                    + "in a worksheet; restore the cell or leave it empty"])
            return
        }
    }

    private mutating func readAnswer(_ row: CSVRow, node: Node) {
        let field = cell(row, "jawaban")
        let text = field.value.trimmed
        var entry = Worksheet.Entry(
            code: node.code, answer: nil, evidence: cell(row, "bukti_dukung").value,
            note: cell(row, "catatan").value, position: field.position)
        defer {
            if node.isAnswerable || (node.directTypeID != nil && entry.answer != nil) {
                entries[node.code] = entry
            }
        }
        guard !text.isEmpty else { return }
        guard let type = instrument.answerType(of: node) ?? instrument.directType(of: node) else {
            report(.error, "'\(node.code)' is a heading and takes no answer", at: field,
                notes: ["answer its items; the \(node.kind.rawValue)'s value is computed"])
            return
        }
        if let split = decimalCommaSplit(row, answer: field, type: type) {
            report(
                .error,
                "answer '\(text)' for '\(node.code)' and the next cell '\(split)' look like the "
                    + "number '\(text),\(split)' split at its decimal comma",
                at: field,
                notes: ["in a comma-separated file write \(text).\(split), or put the number in "
                    + "quotes: \"\(text),\(split)\""])
            return
        }
        switch AnswerReading.read(text, as: type) {
        case .success(let answer):
            entry.answer = answer
        case .failure(.computed):
            report(
                .warning, "'\(node.code)' is computed from its input rows; '\(text)' is ignored",
                at: field, notes: ["fill the 'Jumlah' rows under it instead"])
        case .failure(let failure):
            report(
                .error, "answer '\(text)' for '\(node.code)' \(failure.reason)", at: field,
                notes: ["allowed answers: \(type.allowedAnswers)"])
        }
    }

    /// The digits of the cell after a number answer, when the row had more fields than the
    /// header and the two cells read as one number cut at a decimal comma (`3` and `48` from an
    /// unquoted `3,48` in a comma-separated file). Scoring `3` would be silently wrong.
    private func decimalCommaSplit(_ row: CSVRow, answer: CSVField, type: AnswerType) -> String? {
        switch type.conversion {
        case .scale, .count: break
        case .options, .percent: return nil
        }
        guard table.delimiter == .comma, row.recordedFieldCount > table.columnNames.count,
            let column = table.columnIndex("jawaban"), let next = row.field(column + 1)
        else { return nil }
        func isDigits(_ text: String) -> Bool {
            !text.isEmpty && text.unicodeScalars.allSatisfy { ("0"..."9").contains($0) }
        }
        let head = answer.value.trimmed
        let tail = next.value.trimmed
        return isDigits(head) && isDigits(tail) ? tail : nil
    }

    private mutating func checkMissingRows() {
        let missing = instrument.nodes.filter { $0.isAnswerable && lineOfCode[$0.code] == nil }
        guard !missing.isEmpty else { return }
        let shown = missing.prefix(5).map { "'\($0.code)'" }.joined(separator: ", ")
        let more = missing.count > 5 ? " and \(missing.count - 5) more" : ""
        diagnostics.append(
            .error(
                "the worksheet lacks \(missing.count) row(s) of instrument '\(instrument.id)': "
                    + shown + more,
                file: file, at: SourcePosition(line: table.header.line),
                notes: ["start from 'pmprb template \(instrument.id)' so that every item is there"]
            ))
    }
}
