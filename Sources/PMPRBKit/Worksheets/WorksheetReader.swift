import PMPRBPlatform

/// Checks a worksheet table row by row against an instrument and collects every problem.
struct WorksheetReader {
    let table: CSVTable
    let file: String?
    let instrument: Instrument
    var unit = ""
    var year: Int?
    var heldPredicates: [HeldPredicate] = []
    /// The entry of each answerable row, in the order of the instrument's nodes: kept by node
    /// rather than by code, so that a summary needs no dictionary (``entries`` builds one).
    var entryOfNode: [Worksheet.Entry?]
    var diagnostics: [Diagnostic] = []
    /// The line of the row of each node of the instrument, in the order of its nodes.
    var lineOfNode: [Int?]
    /// The line of the row of each code that is not the instrument's.
    private var lineOfUnknownCode: [String: Int] = [:]
    /// Where each metadata row's code is, by key.
    var metadataPositions: [String: SourcePosition] = [:]
    /// How many more unknown codes get a "did you mean" suggestion.
    var suggestionsLeft = WorksheetReader.suggestionLimit
    /// The instrument's codes, for suggestions, listed on first use.
    var codes: [String]?
    let columns: Columns

    /// The indices of the columns read, looked up once per table rather than once per cell.
    struct Columns {
        var kode: Int?
        var bobot: Int?
        var jawaban: Int?
        var buktiDukung: Int?
        var catatan: Int?

        init(_ table: CSVTable) {
            kode = table.columnIndex("kode")
            bobot = table.columnIndex("bobot")
            jawaban = table.columnIndex("jawaban")
            buktiDukung = table.columnIndex("bukti_dukung")
            catatan = table.columnIndex("catatan")
        }
    }

    init(table: CSVTable, file: String?, instrument: Instrument) {
        self.table = table
        self.file = file
        self.instrument = instrument
        self.diagnostics = table.warnings.map { warning in file.map(warning.inFile) ?? warning }
        lineOfNode = Array(repeating: nil, count: instrument.nodes.count)
        entryOfNode = Array(repeating: nil, count: instrument.nodes.count)
        columns = Columns(table)
    }

    /// Every answerable row's entry, by code.
    var entries: [String: Worksheet.Entry] {
        var entries: [String: Worksheet.Entry] = [:]
        entries.reserveCapacity(instrument.nodes.count)
        for case let entry? in entryOfNode { entries[entry.code] = entry }
        return entries
    }

    /// The answer of each node, in the order of the instrument's nodes.
    var answerOfNode: [Worksheet.Answer?] { entryOfNode.map { $0?.answer } }

    /// The answer type a node's answer is read as: its own, or the scale of a value given
    /// directly.
    private func type(ofNode offset: Int) -> AnswerType? {
        instrument.answerTypeOfNode[offset] ?? instrument.directTypeOfNode[offset]
    }

    /// The entry of the row with a code, if any.
    func entry(_ code: String) -> Worksheet.Entry? {
        instrument.index(of: code).flatMap { entryOfNode[$0] }
    }

    mutating func report(
        _ severity: Diagnostic.Severity, _ message: WorksheetMessage, at field: CSVField,
        notes: [WorksheetMessage] = [], extra: [Message] = []
    ) {
        diagnostics.append(
            table.diagnostic(
                severity, .worksheet(message), file: file, at: field.position,
                notes: notes.map(Message.worksheet) + extra))
    }

    /// Records a diagnostic whose text has no catalogue entry (English in every language).
    mutating func report(
        _ severity: Diagnostic.Severity, _ message: String, at field: CSVField,
        notes: [String] = []
    ) {
        diagnostics.append(
            table.diagnostic(
                severity, .uncatalogued(message), file: file, at: field.position,
                notes: notes.map(Message.uncatalogued)))
    }

    mutating func read() {
        // Rows usually follow the instrument's order: the node after the last one found is
        // tried before the lookup by code.
        var nextOffset = 0
        for row in table.rows {
            guard !hasTooManyErrors else { break }
            let codeField = row.cell(columns.kode)
            let code = codeField.value.trimmed
            if code.hasPrefix("#") {
                let key = code.lowercased()
                guard isFirstMetadataRow(key, at: codeField) else { continue }
                readMetadata(row, key: key, codeField: codeField)
                continue
            }
            if code.isEmpty {
                if row.hasContent {
                    report(.error, .rowWithoutCode, at: codeField, notes: [.everyRowStartsWithCode])
                }
                continue
            }
            let known = instrument.index(of: code, tryingFirst: nextOffset)
            let firstLine = if let known { lineOfNode[known] } else { lineOfUnknownCode[code] }
            if let first = firstLine {
                report(.error, .duplicateCode(VisibleText.clipped(code)), at: codeField, notes: [.firstUsedOnLine(first)])
                continue
            }
            guard let offset = known else {
                lineOfUnknownCode[code] = row.line
                var notes: [WorksheetMessage] = []
                if let nearest = suggestion(for: code) {
                    notes.append(.didYouMean(nearest))
                }
                notes.append(.codesOfInstrument(instrument.id))
                report(
                    .error, .unknownCode(VisibleText.clipped(code)), at: codeField, notes: notes,
                    extra: VisibleText.invisibleNote(for: code).map { [$0] } ?? [])
                continue
            }
            lineOfNode[offset] = row.line
            nextOffset = offset + 1
            // The node is read in place (by offset) rather than copied for every row.
            checkWeight(row, node: offset)
            readAnswer(row, node: offset)
        }
        if hasTooManyErrors {
            diagnostics.append(
                .error(
                    .worksheet(.tooManyProblems(Self.errorLimit)), file: file,
                    notes: [.worksheet(.correctAndReadAgain)]))
            return
        }
        checkMetadata()
        checkSwallowedRows()
        checkMissingRows()
        checkBreakdowns()
        checkNumerators()
    }

    private mutating func checkWeight(_ row: CSVRow, node offset: Int) {
        let field = row.cell(columns.bobot)
        let text = field.value.trimmed
        guard !text.isEmpty else { return }
        let nodeWeight = instrument.nodes[offset].weight
        guard let typed = LocaleNumber.parse(text), !typed.isPercent, let weight = nodeWeight,
            Rounding.agrees(typed.value, weight)
        else {
            let expected = nodeWeight.map { LocaleNumber.format($0, decimalComma: false) }
            report(
                .error,
                .weightDiffers(VisibleText.clipped(text), code: instrument.nodes[offset].code, expected: expected),
                at: field, notes: [.weightsFromInstrument(instrument.id)])
            return
        }
    }

    private mutating func readAnswer(_ row: CSVRow, node offset: Int) {
        let code = instrument.nodes[offset].code
        let field = row.cell(columns.jawaban)
        let text = field.value.trimmed
        var entry = Worksheet.Entry(
            code: code, answer: nil, evidence: row.cell(columns.buktiDukung).value,
            note: row.cell(columns.catatan).value, position: field.position)
        defer {
            // The node's stored fields are read one by one: asking the node itself, as in
            // `nodes[offset].isAnswerable`, copies the whole node and retains every string it
            // holds, for every row.
            if instrument.nodes[offset].kind.isAnswerable
                || (instrument.nodes[offset].directTypeID != nil && entry.answer != nil)
            {
                entryOfNode[offset] = entry
            }
        }
        guard !text.isEmpty else { return }
        guard
            // Only the conversion is taken: copying the whole answer type for every row costs
            // more than reading the answer.
            let conversion =
                instrument.answerTypeOfNode[offset]?.conversion
                ?? instrument.directTypeOfNode[offset]?.conversion
        else {
            report(
                .error, .headingTakesNoAnswer(code), at: field,
                notes: [.answerItsItems(kind: instrument.nodes[offset].kind.rawValue)])
            return
        }
        if NotApplicable.matches(text) {
            if instrument.nodes[offset].allowsNotApplicable {
                entry.answer = .notApplicable
            } else {
                report(
                    .error, .cannotBeNotApplicable(code), at: field,
                    notes: [.onlyBolehTB(label: NotApplicable.label)])
            }
            return
        }
        if let split = decimalCommaSplit(row, answer: field, conversion: conversion) {
            report(
                .error, .decimalCommaSplit(text, code: code, next: split), at: field,
                notes: [.quoteTheNumber(text, next: split)])
            return
        }
        switch AnswerReading.read(text, as: conversion) {
        case .success(let answer):
            entry.answer = answer
        case .failure(.computed):
            report(
                .warning, .computedIgnored(code, answer: VisibleText.clipped(text)), at: field, notes: [.fillInputRows])
        case .failure(let failure):
            report(
                .error, .invalidAnswer(VisibleText.clipped(text), code: code, failure), at: field,
                notes: type(ofNode: offset).map { [.allowedAnswers($0.conversion)] } ?? [])
        }
    }

    /// The digits of the cell after a number answer, when the row had more fields than the
    /// header and the two cells read as one number cut at a decimal comma (`3` and `48` from an
    /// unquoted `3,48` in a comma-separated file). Scoring `3` would be silently wrong.
    private func decimalCommaSplit(
        _ row: CSVRow, answer: CSVField, conversion: AnswerType.Conversion
    ) -> String? {
        switch conversion {
        case .scale, .count: break
        case .options, .percent: return nil
        }
        guard table.delimiter == .comma, row.recordedFieldCount > table.columnNames.count,
            let column = table.columnIndex("jawaban"), let next = row.field(column + 1)
        else { return nil }
        func isDigits(_ text: String) -> Bool {
            !text.isEmpty && text.utf8.count <= 30
                && text.unicodeScalars.allSatisfy { ("0"..."9").contains($0) }
        }
        let head = answer.value.trimmed
        let tail = next.value.trimmed
        return isDigits(head) && isDigits(tail) ? tail : nil
    }
}
