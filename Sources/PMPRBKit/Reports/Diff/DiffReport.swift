/// The report of `pmprb diff`: both totals and areas, every item whose answer differs with the
/// points between the answers, and the input rows that differ.
public struct DiffReport: Sendable {
    /// The differences reported.
    public var diff: WorksheetDiff
    /// The language of the text, Markdown and HTML reports.
    public var language: ReportLanguage
    /// How the CSV report is written.
    public var csvDialect: CSVDialect

    /// Creates a report.
    public init(
        diff: WorksheetDiff, language: ReportLanguage = .id, csvDialect: CSVDialect = .standard
    ) {
        self.diff = diff
        self.language = language
        self.csvDialect = csvDialect
    }

    /// The instrument of both worksheets.
    public var instrument: Instrument { diff.instrument }

    /// Renders the report in a format.
    public func rendered(_ format: ReportFormat) -> String { rendered(format: format) }

    private var labels: CoordinatorLabels { CoordinatorLabels(language: language) }

    private func unitText(_ unit: UnitSummary) -> String {
        unit.unit.isEmpty ? labels.notGiven : unit.unit
    }

    private func signed(_ value: Double) -> String { language.signed(value) }

    private func answerText(_ answer: ShownAnswer) -> String {
        answer.isNone ? labels.empty : answer.text(decimalComma: language.usesDecimalComma)
    }

    private func inputText(_ value: Double?) -> String {
        guard let value else { return labels.empty }
        return value == value.rounded() && abs(value) < 1e15
            ? String(Int(value)) : language.number(value)
    }

    /// The report as a document of sections.
    public func document() -> ReportDocument {
        let first = diff.first
        let second = diff.second
        var alerts: [String] = []
        if diff.namesDifferentUnits {
            alerts.append(labels.differentUnits(first.unit, second.unit))
        }
        let subtitle = [
            labels.worksheetLine(
                "A", first.file, unitText(first), first.year.map(String.init) ?? labels.notGiven),
            labels.worksheetLine(
                "B", second.file, unitText(second), second.year.map(String.init) ?? labels.notGiven),
            labels.instrumentLine(instrument.id, source: instrument.source),
            PolicyLabels(language: language).missingAnswers(first.missingAnswers),
        ]
        var sections = [scoreSection().role(.diffScores)]
        if diff.items.isEmpty && diff.inputs.isEmpty {
            sections.append(
                ReportDocument.Section(
                    heading: labels.differingItems(0), paragraphs: [labels.noDifferences]))
        } else {
            sections.append(itemSection())
            if !diff.inputs.isEmpty { sections.append(inputSection()) }
        }
        return ReportDocument(
            title: labels.diffTitle + ": " + instrument.title, subtitle: subtitle, alerts: alerts,
            sections: sections)
    }

    private func scoreSection() -> ReportDocument.Section {
        var rows = diff.areas.indices.map { index -> [String] in
            let area = diff.areas[index]
            let left = diff.first.areaValue(area.id)
            let right = diff.second.areaValue(area.id)
            let change = left.flatMap { left in right.map { $0 - left } }
            return [
                area.id, area.title, language.number(area.weight),
                left.map { language.number($0) } ?? "—", right.map { language.number($0) } ?? "—",
                change.map(signed) ?? "—",
            ]
        }
        rows.append([
            labels.total, "", language.number(instrument.declaredTotal),
            language.number(diff.first.total), language.number(diff.second.total),
            signed(diff.totalChange),
        ])
        var footer = [
            labels.categoryLine("A", labels.band(diff.first.band)),
            labels.categoryLine("B", labels.band(diff.second.band)),
        ]
        for name in instrument.predicates {
            footer.append(
                labels.predicateLine(name, diff.first.verdict(name), diff.second.verdict(name)))
        }
        return ReportDocument.Section(
            heading: labels.diffScores,
            table: ReportDocument.Table(
                columns: [labels.area, labels.title, labels.weight, "A", "B", labels.difference],
                numeric: [2, 3, 4, 5], rows: rows),
            footer: footer)
    }

    private func itemSection() -> ReportDocument.Section {
        let rows = diff.items.enumerated().map { index, difference -> [String] in
            [
                String(index + 1), difference.item.code, difference.item.areaID ?? labels.results,
                difference.item.title, answerText(difference.first), answerText(difference.second),
                language.number(difference.firstPoints, decimals: 4),
                language.number(difference.secondPoints, decimals: 4),
                signed(difference.change),
            ]
        }
        return ReportDocument.Section(
            heading: labels.differingItems(diff.items.count),
            paragraphs: diff.items.isEmpty ? [] : [labels.differingItemsIntro],
            table: diff.items.isEmpty
                ? nil
                : ReportDocument.Table(
                    columns: [
                        labels.rank, labels.code, labels.area, labels.title,
                        labels.answer + " A", labels.answer + " B", labels.points + " A",
                        labels.points + " B", labels.difference,
                    ],
                    numeric: [0, 6, 7, 8], rows: rows))
    }

    private func inputSection() -> ReportDocument.Section {
        ReportDocument.Section(
            heading: labels.differingInputs, paragraphs: [labels.differingInputsIntro],
            table: ReportDocument.Table(
                columns: [labels.code, labels.title, "A", "B"], numeric: [2, 3],
                rows: diff.inputs.map {
                    [$0.code, $0.title, inputText($0.first), inputText($0.second)]
                }))
    }

    func renderedHTML() -> String {
        HTMLReport(document: document(), language: language) { section in
            section.role == .diffScores ? [areaChart()] : []
        }.rendered()
    }

    /// Bars of both worksheets' areas against their weights, A and B side by side.
    private func areaChart() -> HTMLReport.Block {
        var bars: [BarChart.Bar] = []
        for area in diff.areas {
            for (series, unit) in [diff.first, diff.second].enumerated() {
                guard let value = unit.areaValue(area.id) else { continue }
                bars.append(
                    BarChart.Bar(
                        label: area.id + " " + (series == 0 ? "A" : "B"), value: value,
                        maximum: area.weight,
                        text: language.number(value) + " / " + language.number(area.weight),
                        series: series))
            }
        }
        return .chart(
            BarChart(
                title: labels.areaChart + " (A, B)", bars: bars, markers: [], notes: [],
                tracksByMaximum: true))
    }

    /// The CSV columns: one row per differing item, then one per differing input row.
    public static let csvColumns = [
        "no", "kode", "jenis", "area", "uraian", "jawaban_a", "jawaban_b", "nilai_a", "nilai_b",
        "selisih",
    ]

    func renderedCSV() -> String {
        let dialect = csvDialect
        let text = CSVWriter.neutralisingFormula
        var rows = [Self.csvColumns]
        for (index, difference) in diff.items.enumerated() {
            rows.append([
                String(index + 1), text(difference.item.code), "butir",
                text(difference.item.areaID ?? "hasil"), text(difference.item.title),
                text(difference.first.text(decimalComma: dialect.decimalComma)),
                text(difference.second.text(decimalComma: dialect.decimalComma)),
                dialect.number(difference.firstPoints, decimals: 4),
                dialect.number(difference.secondPoints, decimals: 4),
                dialect.number(difference.change, decimals: 4),
            ])
        }
        for (index, input) in diff.inputs.enumerated() {
            let value = { (number: Double?) in number.map { dialect.number($0, decimals: 2) } ?? ""
            }
            rows.append([
                String(diff.items.count + index + 1), text(input.code), "masukan", "",
                text(input.title), value(input.first), value(input.second), "", "", "",
            ])
        }
        rows.append([
            "", "TOTAL", "total", "", "", "", "", dialect.number(diff.first.total, decimals: 4),
            dialect.number(diff.second.total, decimals: 4),
            dialect.number(diff.totalChange, decimals: 4),
        ])
        rows.append(
            ["", "#kosong", "kebijakan", "", diff.first.missingAnswers.rawValue]
                + Array(repeating: "", count: Self.csvColumns.count - 5))
        return dialect.text(rows)
    }

    struct JSONDocument: Encodable {
        var formatVersion = 1
        var instrument: String
        var first: JSONSide
        var second: JSONSide
        var totalChange: Double
        var sameUnit: Bool
        var items: [JSONItem]
        var inputs: [JSONInput]
        var missingAnswers: String
    }
    struct JSONSide: Encodable {
        var file, unit: String
        var year: Int?
        var total, publishedTotal: Double
        var category: String?
        var predicates: [String: Bool]
        var scoreCriteriaMet: [String: Bool]
        var heldPredicates: [String]
        var areas: [String: Double]
    }
    struct JSONItem: Encodable {
        var code, area, title, first, second: String
        var firstPoints, secondPoints, change: Double
    }
    struct JSONInput: Encodable {
        var code, title: String
        var first, second: Double?
    }

    func renderedJSON() -> String { JSONText.encode(json()) }

    func json() -> JSONDocument {
        let round = ScoreJSON.round
        func side(_ unit: UnitSummary) -> JSONSide {
            JSONSide(
                file: unit.file, unit: unit.unit, year: unit.year, total: round(unit.total),
                publishedTotal: unit.publishedTotal, category: unit.band?.grade,
                predicates: unit.predicatesByName, scoreCriteriaMet: unit.scoreCriteriaByName,
                heldPredicates: unit.heldPredicates.map(\.description),
                areas: Dictionary(
                    zip(unit.areaIDs, unit.areaValues.map(round)), uniquingKeysWith: { $1 })
            )
        }
        return JSONDocument(
            instrument: instrument.id, first: side(diff.first), second: side(diff.second),
            totalChange: round(diff.totalChange), sameUnit: !diff.namesDifferentUnits,
            items: diff.items.map {
                JSONItem(
                    code: $0.item.code, area: $0.item.areaID ?? "", title: $0.item.title,
                    first: $0.first.text(decimalComma: false),
                    second: $0.second.text(decimalComma: false),
                    firstPoints: round($0.firstPoints), secondPoints: round($0.secondPoints),
                    change: round($0.change))
            },
            inputs: diff.inputs.map {
                JSONInput(code: $0.code, title: $0.title, first: $0.first, second: $0.second)
            }, missingAnswers: diff.first.missingAnswers.rawValue)
    }
}
