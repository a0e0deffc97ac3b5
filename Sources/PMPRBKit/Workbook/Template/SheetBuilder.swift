/// Builds the cells of the `LKE` sheet of a workbook template: metadata, result block, header
/// and one row per node, with their formulas, cached results and validations.
struct SheetBuilder {
    /// Where each row and cell goes.
    let layout: SheetLayout
    /// The formula of every computed cell.
    let formulas: SheetFormulas
    /// The values to cache, or `nil` to write formulas without results.
    let values: SheetValues?
    /// The answers, evidence and notes to fill in, for a filled copy.
    let worksheet: Worksheet?
    /// The unit and the year, written in their named cells.
    let unit: String, year: Int?
    /// The cells, by row and column.
    private(set) var rows: [Int: [Int: SheetCell]] = [:]
    private(set) var validations: [SheetValidation] = []
    private var validationIndex: [SheetValidation.Rule: Int] = [:]
    var instrument: Instrument { layout.instrument }

    init(
        instrument: Instrument, unit: String, year: Int?, worksheet: Worksheet?,
        cachesValues: Bool
    ) {
        layout = SheetLayout(instrument: instrument)
        formulas = SheetFormulas(layout: layout)
        let answers = worksheet ?? Worksheet(instrumentID: instrument.id, answers: [:])
        values = cachesValues ? SheetValues(instrument: instrument, worksheet: answers) : nil
        self.worksheet = worksheet
        self.unit = unit
        self.year = year
    }

    private mutating func put(_ row: Int, _ column: Int, _ content: SheetCell.Content,
        _ style: SheetCell.Style)
    {
        rows[row, default: [:]][column] = SheetCell(content: content, style: style)
    }

    private mutating func put(
        _ row: Int, _ column: SheetLayout.Column, _ content: SheetCell.Content,
        _ style: SheetCell.Style
    ) {
        put(row, column.rawValue, content, style)
    }

    private mutating func validate(_ rule: SheetValidation.Rule, _ cell: String) {
        if let index = validationIndex[rule] {
            validations[index].cells.append(cell)
        } else {
            validationIndex[rule] = validations.count
            validations.append(SheetValidation(rule: rule, cells: [cell]))
        }
    }

    mutating func build() {
        buildMetadata()
        buildResults()
        buildHeader()
        for offset in instrument.nodes.indices { buildNode(offset) }
    }

    private mutating func buildMetadata() {
        put(1, 1, .text("Lembar Kerja Evaluasi: " + instrument.title), .title)
        put(layout.instrumentRow, 1, .text("Instrumen"), .label)
        put(layout.instrumentRow, 2, .text(instrument.id), .text)
        put(layout.instrumentRow, 4, .text(instrument.source), .plain)
        put(layout.unitRow, 1, .text("Unit kerja / OPD"), .label)
        let written = worksheet?.unit ?? ""
        put(layout.unitRow, 2, .text(written.isEmpty ? unit : written), .input)
        put(layout.yearRow, 1, .text("Tahun"), .label)
        if let year = worksheet?.year ?? year {
            put(layout.yearRow, 2, .number(Double(year)), .input)
        } else {
            put(layout.yearRow, 2, .text(""), .input)
        }
        validate(.whole(minimum: 2000, maximum: 2100), "B\(layout.yearRow)")
        if let cell = layout.predicateCell {
            put(cell.row, cell.column - 1, .text("Predikat yang sudah diraih (mis. WBK 2025)"),
                .label)
            let held = worksheet?.heldPredicates.map(\.description).joined(separator: "; ") ?? ""
            put(cell.row, cell.column, .text(held), .input)
        }
    }

    private mutating func buildResults() {
        put(layout.totalRow - 1, 1, .text("Hasil penilaian (dihitung otomatis)"), .label)
        put(layout.totalRow, 1, .text("Total"), .label)
        put(layout.totalRow, 2, .text("Nilai total (dari "
            + SheetFormulas.number(instrument.declaredTotal) + ")"), .text)
        put(layout.totalRow, 3, .formula(formulas.total, values.map { .number($0.total) }),
            .headingNumber)
        put(layout.categoryRow, 1, .text("Kategori"), .label)
        put(layout.categoryRow, 2, .text("Kategori nilai total"), .text)
        put(layout.categoryRow, 3, .formula(formulas.category, values.map { .text($0.category) }),
            .label)
        for part in IndexPartRow.allCases where !layout.indexPartRows.isEmpty {
            let row = layout.row(of: part)
            put(row, 1, .text(part == .missedTargets ? "Target" : "Indeks"), .label)
            put(row, 2, .text(part.label), .text)
            let cached = values.map { SheetValues.Value.number($0.indexParts[part.rawValue]) }
            put(row, 3, .formula(formulas.indexPart(part), cached), .number)
        }
        for (index, predicate) in layout.predicateRows.enumerated() {
            put(predicate.row, 1, .text(predicate.name), .label)
            put(predicate.row, 2, .text("Memenuhi semua syarat " + predicate.name), .text)
            let verdict = values.map { SheetValues.Value.text(verdictText($0.predicates[index])) }
            put(predicate.row, 5, .formula(formulas.predicateVerdict(predicate.name), verdict),
                .heading)
        }
        for (index, criterion) in instrument.criteria.enumerated() {
            let row = layout.criterionRows[index]
            put(row, 1, .text(criterion.code), .text)
            put(row, 2, .text(criterion.title), .text)
            let cached = values?.criteria[index]
            let isShare = criterion.target == .everyArea
            put(row, 3, .formula(formulas.criterionValue(index), cached.map { .number($0.value) }),
                isShare ? .percent : .number)
            switch criterion.target {
            case .predicate: break
            default: put(row, 4, .number(criterion.threshold), isShare ? .percent : .number)
            }
            put(row, 5, .formula(formulas.criterionVerdict(index),
                cached.map { .text(verdictText($0.holds)) }), .text)
        }
        guard !instrument.areaGroupList.isEmpty else { return }
        let titles = ["Area", "Area perubahan", "Nilai", "Bobot", "%"]
        for (column, title) in titles.enumerated() {
            put(layout.firstAreaRow - 1, column + 1, .text(title), .header)
        }
        for (index, group) in instrument.areaGroupList.enumerated() {
            let row = layout.row(ofAreaGroup: index)
            let area = values?.areas[index]
            put(row, 1, .text(group.id), .text)
            put(row, 2, .text(group.nodes.first.map { instrument.nodes[$0].title } ?? ""), .text)
            put(row, 3, .formula(formulas.areaValue(index), area.map { .number($0.value) }), .number)
            put(row, 4, .formula(formulas.areaWeight(index), area.map { .number($0.weight) }),
                .number)
            put(row, 5, .formula(formulas.areaShare(index), area.map { .number($0.share) }),
                .percent)
        }
    }

    private func verdictText(_ holds: Bool) -> String {
        holds ? SheetFormulas.met : SheetFormulas.unmet
    }

    private mutating func buildHeader() {
        for column in SheetLayout.Column.allCases {
            put(layout.headerRow, column, .text(column.title), .header)
        }
    }

    private mutating func buildNode(_ offset: Int) {
        let node = instrument.nodes[offset]
        let row = layout.row(ofNode: offset)
        let isHeading = !node.kind.isAnswerable
        put(row, .kode, .text(node.code), isHeading ? .heading : .text)
        put(row, .penilaian, .text(node.title), isHeading ? .heading : .text)
        if let weight = node.weight {
            put(row, .bobot, .number(weight), isHeading ? .headingNumber : .number)
        }
        // What each option means, one option a line (the instrument's `penjelasan`).
        let guide = node.guide.map { guide in
            guide.general ?? guide.entries.map { "\($0.label): \($0.text)" }.joined(separator: "\n")
        }
        put(row, .penjelasan, .text(guide ?? ""), .text)
        put(row, .pilihanJawaban, .text(WorksheetTemplate.options(for: node, in: instrument)),
            .text)
        buildAnswer(offset, row: row)
        if let points = formulas.points(offset) {
            put(row, .nilai, .formula(points, values?.points[offset] ?? nil),
                isHeading ? .headingNumber : .number)
        }
        if let share = formulas.itemValue(offset) ?? formulas.share(offset) {
            put(row, .persen, .formula(share, values?.shares[offset] ?? nil),
                isHeading ? .headingPercent : .percent)
        }
        let entry = worksheet?.entries[node.code]
        put(row, .buktiDukung, .text(entry?.evidence ?? ""), .input)
        put(row, .catatan, .text(entry?.note ?? ""), .input)
    }

    private mutating func buildAnswer(_ offset: Int, row: Int) {
        let node = instrument.nodes[offset]
        let cell = layout.cell(.jawaban, row)
        let type = instrument.answerTypeOfNode[offset] ?? instrument.directTypeOfNode[offset]
        var isInput = true
        // A line that may be marked not applicable takes `TB` besides its answers.
        let mark = node.allowsNotApplicable ? NotApplicable.label : nil
        switch type?.conversion {
        case .options(let options)?: validate(.list(options.map(\.label) + (mark.map { [$0] } ?? [])), cell)
        case .scale(let minimum, let maximum)? where mark != nil:
            validate(.decimalOrMark(minimum: minimum, maximum: maximum, cell: cell), cell)
        case .scale(let minimum, let maximum)?:
            validate(.decimal(minimum: minimum, maximum: maximum), cell)
        case .count?: validate(.whole(minimum: 0, maximum: nil), cell)
        case .percent?, nil: isInput = false
        }
        let style: SheetCell.Style
        switch type?.conversion {
        case .scale?, .count?: style = .inputNumber
        default: style = isInput ? .input : (node.kind.isAnswerable ? .text : .heading)
        }
        switch worksheet?.answer(node.code) {
        case .option(let label)?: put(row, .jawaban, .text(label), style)
        case .number(let number)?: put(row, .jawaban, .number(number), style)
        case .notApplicable?: put(row, .jawaban, .text(NotApplicable.label), style)
        case nil: put(row, .jawaban, .text(""), style)
        }
    }
}
