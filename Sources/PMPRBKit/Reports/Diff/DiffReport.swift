/// The report of `pmprb diff`: both totals and areas, every item whose answer differs with the
/// points between the answers, and the input rows that differ.
public struct DiffReport: Sendable {
    /// The differences reported.
    public var diff: WorksheetDiff
    /// The instrument of both worksheets.
    public var instrument: Instrument
    /// The language of the text, Markdown and HTML reports.
    public var language: ReportLanguage
    /// How the CSV report is written.
    public var csvDialect: CSVDialect

    /// Creates a report.
    public init(
        diff: WorksheetDiff, instrument: Instrument, language: ReportLanguage = .id,
        csvDialect: CSVDialect = .standard
    ) {
        self.diff = diff
        self.instrument = instrument
        self.language = language
        self.csvDialect = csvDialect
    }

    /// Renders the report in a format.
    public func rendered(_ format: ReportFormat) -> String { rendered(format: format) }

    var labels: CoordinatorLabels { CoordinatorLabels(language: language) }

    func unitText(_ unit: UnitSummary) -> String {
        unit.unit.isEmpty ? labels.notGiven : unit.unit
    }

    func signed(_ value: Double) -> String { language.signed(value) }

    func answerText(_ answer: ShownAnswer) -> String {
        answer.isNone ? labels.empty : answer.text(decimalComma: language.usesDecimalComma)
    }

    func inputText(_ value: Double?) -> String {
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
            "\(labels.instrument): \(instrument.id) (\(Instrument.regulation(of: instrument.source)))",
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

    func scoreSection() -> ReportDocument.Section {
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

    func itemSection() -> ReportDocument.Section {
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

    func inputSection() -> ReportDocument.Section {
        ReportDocument.Section(
            heading: labels.differingInputs, paragraphs: [labels.differingInputsIntro],
            table: ReportDocument.Table(
                columns: [labels.code, labels.title, "A", "B"], numeric: [2, 3],
                rows: diff.inputs.map {
                    [$0.code, $0.title, inputText($0.first), inputText($0.second)]
                }))
    }
}
