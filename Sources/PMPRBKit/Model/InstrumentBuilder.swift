import Foundation

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
        case instrumen, tipe, kategori, syarat
    }

    let table: CSVTable
    let file: String?
    var header: Header?
    var answerTypes: [AnswerType] = []
    var nodes: [Node] = []
    var bands: [Band] = []
    var criteria: [Criterion] = []
    /// Bands given instead of another when a line misses its target, with their rows.
    var targetBands: [Band] = []
    /// The cells of each target band's row, for located errors.
    var targetBandCells: [(band: Band, cells: Cells)] = []
    var diagnostics: [Diagnostic] = []
    private var criterionTargets: [(Criterion, CSVField)] = []
    private var formulaFields: [String: CSVField] = [:]
    private var seenCodes: [String: Int] = [:]

    init(table: CSVTable, file: String?) {
        self.table = table
        self.file = file
    }

    // MARK: Cells

    struct Cells {
        let row: CSVRow
        let table: CSVTable

        func field(_ name: String) -> CSVField? {
            table.columnIndex(name).flatMap { row.field($0) }
        }

        func text(_ name: String) -> String {
            field(name)?.value.trimmed ?? ""
        }

        func position(_ name: String) -> SourcePosition {
            field(name)?.position ?? SourcePosition(line: row.line)
        }
    }

    mutating func error(_ message: String, at position: SourcePosition, notes: [String] = []) {
        diagnostics.append(
            .error(
                message, file: file, at: position, notes: notes,
                sourceLine: table.sourceLine(position.line)))
    }

    mutating func number(_ cells: Cells, _ column: String) -> Double? {
        let text = cells.text(column)
        guard !text.isEmpty else { return nil }
        guard let parsed = LocaleNumber.parse(text), !parsed.isPercent else {
            error(
                "\(column) '\(text)' is not a number", at: cells.position(column),
                notes: ["write a number such as 2.5"])
            return nil
        }
        return parsed.value
    }

    mutating func provenance(_ cells: Cells, required: Bool) -> Provenance {
        let source = cells.text("sumber")
        let status = cells.text("status").lowercased()
        let note = cells.text("catatan")
        if required && source.isEmpty {
            error(
                "'\(cells.text("kode"))' cites no source", at: cells.position("sumber"),
                notes: ["every number and rule cites its regulation, number, year and page"])
        }
        switch status {
        case "pasti", "": break
        case "asumsi":
            if note.isEmpty {
                error(
                    "'\(cells.text("kode"))' is marked 'asumsi' without a note",
                    at: cells.position("catatan"),
                    notes: ["say in catatan what was assumed and why"])
            }
        default:
            error(
                "status '\(status)' is not 'pasti' or 'asumsi'", at: cells.position("status"))
        }
        return Provenance(source: source, isAssumption: status == "asumsi", note: note)
    }

    // MARK: Rows

    mutating func readRows() {
        for row in table.rows {
            let cells = Cells(row: row, table: table)
            let code = cells.text("kode")
            let kindText = cells.text("jenis").lowercased()
            guard !code.isEmpty else {
                error("row has no kode", at: cells.position("kode"))
                continue
            }
            // Tree nodes share one namespace; answer types, bands and criteria each have
            // their own, so that band 'A' may sit beside component 'A'.
            let namespace = NodeKind(rawValue: kindText) == nil ? kindText : "node"
            if let first = seenCodes[namespace + " " + code] {
                error(
                    "duplicate kode '\(code)'", at: cells.position("kode"),
                    notes: ["first used on line \(first)"])
                continue
            }
            seenCodes[namespace + " " + code] = row.line
            if let kind = NodeKind(rawValue: kindText) {
                readNode(cells, code: code, kind: kind)
            } else if let kind = RowKind(rawValue: kindText) {
                switch kind {
                case .instrumen: readHeader(cells, code: code)
                case .tipe: readAnswerType(cells, code: code)
                case .kategori: readBand(cells, code: code)
                case .syarat: readCriterion(cells, code: code)
                }
            } else {
                let allowed = (RowKind.allCases.map(\.rawValue) + NodeKind.allCases.map(\.rawValue))
                error(
                    "jenis '\(kindText)' is not known", at: cells.position("jenis"),
                    notes: ["expected one of: " + allowed.joined(separator: ", ")])
            }
        }
    }

    mutating func readHeader(_ cells: Cells, code: String) {
        if header != nil {
            error("a second 'instrumen' row", at: cells.position("jenis"))
            return
        }
        let total = number(cells, "bobot") ?? 100
        let provenance = provenance(cells, required: true)
        header = Header(
            id: code, title: cells.text("uraian"), source: provenance.source, total: total,
            level: cells.text("tingkat"))
    }

    mutating func readAnswerType(_ cells: Cells, code: String) {
        let rule = cells.text("rumus")
        let provenance = provenance(cells, required: true)
        let conversion: AnswerType.Conversion
        switch AnswerTypeRule.parse(rule) {
        case .success(let parsed): conversion = parsed
        case .failure(let failure):
            error(failure.message, at: cells.position("rumus"), notes: [AnswerTypeRule.expected])
            return
        }
        answerTypes.append(
            AnswerType(
                id: code, label: cells.text("uraian"), conversion: conversion,
                provenance: provenance))
    }

    mutating func readBand(_ cells: Cells, code: String) {
        let provenance = provenance(cells, required: true)
        let rule = cells.text("rumus")
        if !rule.isEmpty {
            readTargetBand(cells, code: code, rule: rule, provenance: provenance)
            return
        }
        var text = cells.text("ambang")
        var inclusive = false
        for prefix in [">=", "≥"] where text.hasPrefix(prefix) {
            text = String(text.dropFirst(prefix.count)).trimmed
            inclusive = true
        }
        guard !text.isEmpty else {
            error("kategori '\(code)' has no ambang", at: cells.position("ambang"))
            return
        }
        guard let parsed = LocaleNumber.parse(text), !parsed.isPercent else {
            error(
                "ambang '\(cells.text("ambang"))' is not a number", at: cells.position("ambang"),
                notes: ["write a lower bound such as 80 (a total above it), or >=100 (from it)"])
            return
        }
        bands.append(
            Band(
                grade: code, label: cells.text("uraian"), lowerBound: parsed.value,
                provenance: provenance, isInclusive: inclusive))
    }

    mutating func readCriterion(_ cells: Cells, code: String) {
        let provenance = provenance(cells, required: true)
        let predicate = String(code.prefix { $0 != "." })
        let targetText = cells.text("rumus")
        let thresholdText = cells.text("ambang")
        let target: Criterion.Target
        switch targetText {
        case "total": target = .total
        case "area": target = .everyArea
        case let text where text.hasPrefix("predikat:"):
            target = .predicate(String(text.dropFirst("predikat:".count)))
        case "":
            error("syarat '\(code)' names nothing to check", at: cells.position("rumus"),
                notes: ["write 'total', 'area', a tree code such as 'A', or 'predikat:WBK'"])
            return
        default: target = .node(targetText)
        }
        var threshold = 0.0
        if case .predicate = target {
            threshold = 0
        } else if let parsed = LocaleNumber.parse(thresholdText) {
            threshold = parsed.isPercent ? parsed.value / 100 : parsed.value
            if target == .everyArea && !parsed.isPercent {
                error(
                    "ambang '\(thresholdText)' of an area criterion must be a share",
                    at: cells.position("ambang"), notes: ["write it as a percentage, e.g. 60%"])
            }
        } else {
            error(
                "ambang '\(thresholdText)' is not a number", at: cells.position("ambang"),
                notes: ["write a number such as 75, or a share such as 60%"])
            return
        }
        let criterion = Criterion(
            predicate: predicate, code: code, title: cells.text("uraian"), target: target,
            threshold: threshold, provenance: provenance, line: cells.row.line)
        criteria.append(criterion)
        if let field = cells.field("rumus") { criterionTargets.append((criterion, field)) }
    }

    mutating func flag(_ cells: Cells, _ column: String) -> Bool {
        switch cells.text(column).lowercased() {
        case "": return false
        case "ya": return true
        case let other:
            error("\(column) '\(other)' must be 'ya' or empty", at: cells.position(column))
            return false
        }
    }

    mutating func readNode(_ cells: Cells, code: String, kind: NodeKind) {
        let weight = number(cells, "bobot")
        let typeID = cells.text("tipe_jawaban")
        var formula: Formula?
        let formulaText = cells.text("rumus")
        if !formulaText.isEmpty {
            do {
                formula = try Formula(parsing: formulaText)
                formulaFields[code] = cells.field("rumus")
            } catch {
                self.error(error.message, at: cells.position("rumus"))
            }
        }
        var zeroValue: Double?
        if let value = number(cells, "penyebut_nol") {
            if value < 0 || value > 1 {
                error("penyebut_nol must be from 0 to 1", at: cells.position("penyebut_nol"))
            }
            zeroValue = value
        }
        let area = cells.text("area")
        let gate = cells.text("gerbang")
        let direct = cells.text("langsung")
        nodes.append(
            Node(
                code: code, kind: kind, title: cells.text("uraian"), weight: weight,
                answerTypeID: typeID.isEmpty ? nil : typeID, formula: formula,
                zeroDenominatorValue: zeroValue, areaID: area.isEmpty ? nil : area,
                gate: gate.isEmpty ? nil : gate, directTypeID: direct.isEmpty ? nil : direct,
                provenance: provenance(cells, required: kind != .masukan), line: cells.row.line))
        nodes[nodes.count - 1].numeratorCapped = flag(cells, "maks_penyebut")
        readIndexColumns(cells, kind: kind)
    }

    // MARK: Positions

    func position(of node: Node, column: String) -> SourcePosition {
        guard let row = table.rows.first(where: { $0.line == node.line }) else {
            return SourcePosition(line: node.line)
        }
        return Cells(row: row, table: table).position(column)
    }

    mutating func error(_ message: String, node: Node, column: String, notes: [String] = []) {
        error(message, at: position(of: node, column: column), notes: notes)
    }

    // MARK: Criteria

    mutating func checkCriteria() {
        let predicates = Set(criteria.map(\.predicate))
        for (criterion, field) in criterionTargets {
            switch criterion.target {
            case .node(let code) where !nodes.contains(where: { $0.code == code }):
                error(
                    "syarat '\(criterion.code)' checks '\(code)', which is not a node",
                    at: field.position)
            case .predicate(let name) where !predicates.contains(name):
                error(
                    "syarat '\(criterion.code)' needs predicate '\(name)', which has no criteria",
                    at: field.position)
            default: break
            }
        }
        let bounds = bands.map(\.lowerBound)
        if Set(bounds).count != bounds.count, let band = bands.first {
            error(
                "two kategori rows have the same ambang",
                at: SourcePosition(line: table.header.line),
                notes: ["bands are contiguous: each starts above the next one's ambang (\(band.grade))"])
        }
    }
}
