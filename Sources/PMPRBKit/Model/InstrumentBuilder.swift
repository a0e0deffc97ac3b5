import PMPRBPlatform

/// Reads an instrument table row by row and collects every problem.
struct InstrumentBuilder {
    struct Header {
        var id: String
        var title: String
        var source: String
        var total: Double
        var level: String
    }

    /// The row kinds of an instrument file other than tree nodes.
    enum RowKind: String, CaseIterable {
        case instrumen, tipe, kategori, syarat, gabungan
    }

    let table: CSVTable
    let file: String?
    /// Where each column the builder reads is in ``table``.
    let columns: InstrumentColumn.Indexes
    /// The offset in `table.rows` of each node's row, in the order of ``nodes``.
    var nodeRows: [Int] = []
    var header: Header?
    var answerTypes: [AnswerType] = []
    var nodes: [Node] = []
    var bands: [Band] = []
    var criteria: [Criterion] = []
    /// Bands given instead of another when a line misses its target, with their rows.
    var targetBands: [Band] = []
    /// The cells of each target band's row, for located errors.
    var targetBandCells: [(band: Band, cells: Cells)] = []
    var combination: Combination?
    var diagnostics: [Diagnostic] = []
    /// Each criterion with its `rumus` cell, checked once the tree is read.
    var criterionTargets: [(Criterion, CSVField)] = []
    private var formulaFields: [String: CSVField] = [:]
    /// The line of each code of a row other than a tree node's, keyed by kind and code.
    private var seenCodes: [String: Int] = [:]
    /// The line of each tree node's code.
    private var seenNodeCodes: [String: Int] = [:]

    init(table: CSVTable, file: String?) {
        self.table = table
        self.file = file
        self.columns = InstrumentColumn.Indexes(table)
    }

    // MARK: Cells

    struct Cells {
        let row: CSVRow
        let columns: InstrumentColumn.Indexes

        func field(_ column: InstrumentColumn) -> CSVField? {
            columns[column].flatMap { row.field($0) }
        }

        func text(_ column: InstrumentColumn) -> String {
            field(column)?.value.trimmed ?? ""
        }

        func position(_ column: InstrumentColumn) -> SourcePosition {
            field(column)?.position ?? SourcePosition(line: row.line)
        }
    }

    /// The cells of a row of ``table``.
    func cells(_ row: CSVRow) -> Cells {
        Cells(row: row, columns: columns)
    }

    mutating func error(
        _ message: InstrumentMessage, at position: SourcePosition, notes: [InstrumentMessage] = []
    ) {
        diagnostics.append(
            table.diagnostic(
                .error, .instrument(message), file: file, at: position,
                notes: notes.map(Message.instrument)))
    }

    /// A number as written in an instrument file (decimal point), for messages.
    static func plain(_ value: Double) -> String {
        LocaleNumber.format(value, decimalComma: false)
    }

    mutating func number(_ cells: Cells, _ column: InstrumentColumn) -> Double? {
        let text = cells.text(column)
        guard !text.isEmpty else { return nil }
        guard let parsed = LocaleNumber.parse(text), !parsed.isPercent else {
            error(
                .notANumber(column: column.name, value: text), at: cells.position(column),
                notes: [.writeNumber])
            return nil
        }
        return parsed.value
    }

    mutating func provenance(_ cells: Cells, required: Bool) -> Provenance {
        let source = cells.text(.sumber)
        let status = cells.text(.status).lowercased()
        let note = cells.text(.catatan)
        if required && source.isEmpty {
            error(
                .citesNoSource(cells.text(.kode)), at: cells.position(.sumber),
                notes: [.citeRegulation])
        }
        switch status {
        case "pasti", "": break
        case "asumsi":
            if note.isEmpty {
                error(
                    .assumptionWithoutNote(cells.text(.kode)), at: cells.position(.catatan),
                    notes: [.sayWhatWasAssumed])
            }
        default:
            error(.unknownStatus(status), at: cells.position(.status))
        }
        return Provenance(source: source, isAssumption: status == "asumsi", note: note)
    }

    // MARK: Rows

    mutating func readRows() {
        seenNodeCodes.reserveCapacity(table.rows.count)
        for (offset, row) in table.rows.enumerated() {
            let cells = self.cells(row)
            let code = cells.text(.kode)
            let kindText = cells.text(.jenis).lowercased()
            guard !code.isEmpty else {
                error(.rowWithoutCode, at: cells.position(.kode))
                continue
            }
            // Tree nodes share one namespace; answer types, bands and criteria each have
            // their own, so that band 'A' may sit beside component 'A'. Nodes, most of the
            // rows, are kept by their code alone; the other kinds by kind and code (a kind
            // written `node` shares the nodes' namespace, whose name it is).
            let nodeKind = NodeKind(rawValue: kindText)
            let inNodes = nodeKind != nil || kindText == "node"
            if let first = inNodes ? seenNodeCodes[code] : seenCodes[kindText + " " + code] {
                error(
                    .duplicateCode(code), at: cells.position(.kode),
                    notes: [.firstUsedOnLine(first)])
                continue
            }
            if inNodes {
                seenNodeCodes[code] = row.line
            } else {
                seenCodes[kindText + " " + code] = row.line
            }
            if let kind = nodeKind {
                readNode(cells, code: code, kind: kind)
                nodeRows.append(offset)
            } else if let kind = RowKind(rawValue: kindText) {
                switch kind {
                case .instrumen: readHeader(cells, code: code)
                case .tipe: readAnswerType(cells, code: code)
                case .kategori: readBand(cells, code: code)
                case .syarat: readCriterion(cells, code: code)
                case .gabungan: readCombination(cells, code: code)
                }
            } else {
                let allowed = (RowKind.allCases.map(\.rawValue) + NodeKind.allCases.map(\.rawValue))
                error(
                    .unknownKind(kindText), at: cells.position(.jenis),
                    notes: [.expectedOneOf(allowed)])
            }
        }
    }

    mutating func readHeader(_ cells: Cells, code: String) {
        if header != nil {
            error(.secondRow("instrumen"), at: cells.position(.jenis))
            return
        }
        let total = number(cells, .bobot) ?? 100
        let provenance = provenance(cells, required: true)
        header = Header(
            id: code, title: cells.text(.uraian), source: provenance.source, total: total,
            level: cells.text(.tingkat))
    }

    mutating func readAnswerType(_ cells: Cells, code: String) {
        let rule = cells.text(.rumus)
        let provenance = provenance(cells, required: true)
        let conversion: AnswerType.Conversion
        switch AnswerTypeRule.parse(rule) {
        case .success(let parsed): conversion = parsed
        case .failure(let failure):
            error(failure.message, at: cells.position(.rumus), notes: [.answerTypeExpected])
            return
        }
        answerTypes.append(
            AnswerType(
                id: code, label: cells.text(.uraian), conversion: conversion,
                provenance: provenance))
    }

    mutating func flag(_ cells: Cells, _ column: InstrumentColumn) -> Bool {
        switch cells.text(column).lowercased() {
        case "": return false
        case "ya": return true
        case let other:
            error(.flagNotYa(column: column.name, value: other), at: cells.position(column))
            return false
        }
    }

    mutating func readNode(_ cells: Cells, code: String, kind: NodeKind) {
        let weight = number(cells, .bobot)
        let typeID = cells.text(.tipeJawaban)
        var formula: Formula?
        let formulaText = cells.text(.rumus)
        var breakdown: [String] = []
        if kind == .masukan && !formulaText.isEmpty {
            breakdown = formulaText.split(separator: "+").map { $0.trimmed }
            if breakdown.contains(where: \.isEmpty) || breakdown.count < 2 {
                error(
                    .breakdownNotSum(formulaText, code: code), at: cells.position(.rumus),
                    notes: [.writeBreakdown])
            }
        } else if !formulaText.isEmpty {
            do {
                formula = try Formula(parsing: formulaText)
                formulaFields[code] = cells.field(.rumus)
            } catch {
                self.error(error.content, at: cells.position(.rumus))
            }
        }
        var zeroValue: ZeroDenominator?
        let zeroText = cells.text(.penyebutNol)
        if !zeroText.isEmpty {
            switch ZeroDenominator.parse(zeroText) {
            case .success(let rule): zeroValue = rule
            case .failure(let failure):
                error(
                    failure.message, at: cells.position(.penyebutNol),
                    notes: [.writeZeroDenominator])
            }
        }
        let area = cells.text(.area)
        let gate = cells.text(.gerbang)
        let direct = cells.text(.langsung)
        nodes.append(
            Node(
                code: code, kind: kind, title: cells.text(.uraian), weight: weight,
                answerTypeID: typeID.isEmpty ? nil : typeID, formula: formula,
                zeroDenominator: zeroValue, areaID: area.isEmpty ? nil : area,
                gate: gate.isEmpty ? nil : gate, directTypeID: direct.isEmpty ? nil : direct,
                provenance: provenance(cells, required: kind != .masukan), line: cells.row.line))
        nodes[nodes.count - 1].numeratorCapped = flag(cells, .maksPenyebut)
        readIndexColumns(cells, kind: kind)
        nodes[nodes.count - 1].breakdown = breakdown
    }

    // MARK: Positions

    func position(of node: Node, column: InstrumentColumn) -> SourcePosition {
        guard let row = table.rows.first(where: { $0.line == node.line }) else {
            return SourcePosition(line: node.line)
        }
        return cells(row).position(column)
    }

    mutating func error(
        _ message: InstrumentMessage, node: Node, column: InstrumentColumn,
        notes: [InstrumentMessage] = []
    ) {
        error(message, at: position(of: node, column: column), notes: notes)
    }


}
