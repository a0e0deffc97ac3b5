/// The report of `pmprb aggregate`: each part of the combined result (the Pemda's own value and
/// the OPD half), the combined total and areas, and the OPD values the half is made of.
public struct AggregateReport: Sendable {
    /// The combined result reported.
    public var aggregate: Aggregate
    /// The instrument of every worksheet.
    public var instrument: Instrument
    /// The language of the text, Markdown and HTML reports.
    public var language: ReportLanguage
    /// How the CSV report is written.
    public var csvDialect: CSVDialect

    /// Creates a report.
    public init(
        aggregate: Aggregate, instrument: Instrument, language: ReportLanguage = .id,
        csvDialect: CSVDialect = .standard
    ) {
        self.aggregate = aggregate
        self.instrument = instrument
        self.language = language
        self.csvDialect = csvDialect
    }

    /// Renders the report in a format.
    public func rendered(_ format: ReportFormat) -> String { rendered(format: format) }

    var labels: CoordinatorLabels { CoordinatorLabels(language: language) }
    var opdWeight: Double { 1 - aggregate.pemdaWeight }

    var opdRanking: ComparisonReport {
        ComparisonReport(
            comparison: Comparison(outline: InstrumentOutline(instrument), units: aggregate.opd),
            language: language)
    }

    /// The years of the worksheets, in order, without repeats.
    var years: [Int] {
        Set(([aggregate.pemda] + aggregate.opd).compactMap(\.year)).sorted()
    }

    /// The report as a document of sections.
    public func document() -> ReportDocument {
        let pemda = aggregate.pemda
        var subtitle = [
            "\(labels.instrument): \(instrument.id) (\(Instrument.regulation(of: instrument.source)))",
            labels.aggregateBasis(
                language.percent(aggregate.pemdaWeight), language.percent(opdWeight)),
            "\(labels.pemdaPart): \(pemda.displayName) (\(pemda.file))",
            "\(labels.opdCount): \(aggregate.opd.count)",
            PolicyLabels(language: language).missingAnswers(pemda.missingAnswers),
        ]
        if !years.isEmpty {
            subtitle.append("\(labels.years): " + years.map(String.init).joined(separator: ", "))
        }
        var alerts: [String] = []
        if years.count > 1 {
            alerts.append(labels.yearsDiffer(years.map(String.init).joined(separator: ", ")))
        }
        return ReportDocument(
            title: labels.aggregateTitle + ": " + instrument.title, subtitle: subtitle,
            alerts: alerts,
            sections: [
                calculationSection().role(.calculation), areaSection().role(.areaValues),
                ReportDocument.Section(heading: labels.opdList, table: opdRanking.rankingTable())
                    .role(.opdList),
            ])
    }

    var opdLabel: String { labels.opdPart(aggregate.opd.count, aggregate.average) }

    func calculationSection() -> ReportDocument.Section {
        let pemdaShare = aggregate.pemdaWeight * aggregate.pemda.total
        let opdShare = opdWeight * aggregate.opdTotal
        let rows = [
            [
                labels.pemdaPart + " — " + aggregate.pemda.displayName,
                language.percent(aggregate.pemdaWeight), language.number(aggregate.pemda.total),
                language.number(pemdaShare),
            ],
            [
                opdLabel, language.percent(opdWeight), language.number(aggregate.opdTotal),
                language.number(opdShare),
            ],
            [labels.combined, "", "", language.number(aggregate.total)],
        ]
        let formula =
            "\(labels.combined) = \(language.percent(aggregate.pemdaWeight)) × "
            + "\(language.number(aggregate.pemda.total)) + \(language.percent(opdWeight)) × "
            + "\(language.number(aggregate.opdTotal)) = \(language.number(aggregate.total))"
        return ReportDocument.Section(
            heading: labels.calculation,
            table: ReportDocument.Table(
                columns: ["", labels.share, labels.value, labels.contribution], numeric: [1, 2, 3],
                rows: rows),
            footer: [formula, "\(labels.category): " + labels.band(aggregate.band)])
    }

    func areaSection() -> ReportDocument.Section {
        let rows = aggregate.areas.indices.map { index -> [String] in
            let area = aggregate.areas[index]
            let value = aggregate.areaValues[index]
            let shown = { (value: Double?) in value.map { language.number($0) } ?? "—" }
            return [
                area.id, area.title, language.number(area.weight),
                shown(aggregate.pemda.areaValue(area.id)),
                shown(aggregate.opdAreaValues[index]), shown(value),
                value.map { language.percent(Comparison.share($0, of: area.weight)) } ?? "—",
            ]
        }
        return ReportDocument.Section(
            heading: labels.areaValues,
            table: ReportDocument.Table(
                columns: [
                    labels.area, labels.title, labels.weight, "Pemda", "OPD", labels.combined, "%",
                ],
                numeric: [2, 3, 4, 5, 6], rows: rows))
    }
}
