/// The report of `pmprb aggregate`: each part of the combined result (the Pemda's own value and
/// the OPD half), the combined total and areas, and the OPD values the half is made of.
public struct AggregateReport: Sendable {
    /// The combined result reported.
    public var aggregate: Aggregate
    /// The language of the text, Markdown and HTML reports.
    public var language: ReportLanguage
    /// How the CSV report is written.
    public var csvDialect: CSVDialect

    /// Creates a report.
    public init(
        aggregate: Aggregate, language: ReportLanguage = .id, csvDialect: CSVDialect = .standard
    ) {
        self.aggregate = aggregate
        self.language = language
        self.csvDialect = csvDialect
    }

    /// The instrument of every worksheet.
    public var instrument: Instrument { aggregate.instrument }

    /// Renders the report in a format.
    public func rendered(_ format: ReportFormat) -> String { rendered(format: format) }

    private var labels: CoordinatorLabels { CoordinatorLabels(language: language) }
    private var opdWeight: Double { 1 - aggregate.pemdaWeight }

    private var opdRanking: ComparisonReport {
        ComparisonReport(
            comparison: Comparison(outline: InstrumentOutline(instrument), units: aggregate.opd),
            language: language)
    }

    /// The years of the worksheets, in order, without repeats.
    private var years: [Int] {
        Set(([aggregate.pemda] + aggregate.opd).compactMap(\.year)).sorted()
    }

    /// The report as a document of sections.
    public func document() -> ReportDocument {
        let pemda = aggregate.pemda
        var subtitle = [
            labels.instrumentLine(instrument.id, source: instrument.source),
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

    private var opdLabel: String { labels.opdPart(aggregate.opd.count, aggregate.average) }

    private func calculationSection() -> ReportDocument.Section {
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

    private func areaSection() -> ReportDocument.Section {
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

    func renderedHTML() -> String {
        HTMLReport(document: document(), language: language) { section in
            switch section.role {
            case .calculation:
                [
                    totalsChart(
                        labels.partsChart,
                        [
                            (labels.pemdaPart, aggregate.pemda.total),
                            (opdLabel, aggregate.opdTotal), (labels.combined, aggregate.total),
                        ])
                ]
            case .areaValues: [areaChart()]
            case .opdList:
                [totalsChart(labels.opdChart, aggregate.opd.map { ($0.displayName, $0.total) })]
            default: []
            }
        }.rendered()
    }

    /// Bars of totals against the instrument's total.
    private func totalsChart(_ title: String, _ totals: [(String, Double)]) -> HTMLReport.Block {
        .chart(
            BarChart(
                title: title,
                bars: totals.map {
                    BarChart.Bar(
                        label: $0.0, value: $0.1, maximum: instrument.declaredTotal,
                        text: language.number($0.1))
                }, markers: [], notes: [], tracksByMaximum: false))
    }

    /// Bars of the combined areas against their weights, with the minimum of every area.
    private func areaChart() -> HTMLReport.Block {
        .chart(
            .areas(
                labels.areaChart + " (" + labels.combined.lowercased() + ")",
                bars: aggregate.areas.indices.compactMap { index in
                    let area = aggregate.areas[index]
                    guard let value = aggregate.areaValues[index] else { return nil }
                    return BarChart.Bar(
                        label: area.id + " " + area.title, value: value, maximum: area.weight,
                        text: language.number(value) + " / " + language.number(area.weight))
                }, thresholds: InstrumentOutline(instrument).areaThresholds, words: labels))
    }

    /// The CSV columns: the Pemda row, one row per OPD, the OPD half and the combined result.
    public var csvColumns: [String] {
        ["bagian", "unit", "tahun", "berkas", "bobot_bagian", "nilai", "kategori"]
            + aggregate.areas.map { $0.id.lowercased() + "_nilai" }
    }

    func renderedCSV() -> String {
        let dialect = csvDialect
        let text = CSVWriter.neutralisingFormula
        func row(
            _ part: String, _ unit: UnitSummary?, weight: Double?, total: Double, band: Band?,
            areas: [Double?]
        ) -> [String] {
            [
                part, text(unit?.unit ?? ""), unit?.year.map(String.init) ?? "",
                text(unit?.file ?? ""), weight.map { dialect.number($0 * 100) } ?? "",
                dialect.number(total, decimals: 4), text(band?.grade ?? ""),
            ] + areas.map { $0.map { dialect.number($0, decimals: 4) } ?? "" }
        }
        var rows = [csvColumns]
        let pemda = aggregate.pemda
        rows.append(
            row(
                "pemda", pemda, weight: aggregate.pemdaWeight, total: pemda.total, band: pemda.band,
                areas: aggregate.areas.map { pemda.areaValue($0.id) }))
        for opd in aggregate.opd {
            rows.append(
                row(
                    "opd", opd, weight: nil, total: opd.total, band: opd.band,
                    areas: aggregate.areas.map { opd.areaValue($0.id) }))
        }
        rows.append(
            row(
                "opd_" + aggregate.average.rawValue, nil, weight: opdWeight,
                total: aggregate.opdTotal,
                band: nil, areas: aggregate.opdAreaValues))
        rows.append(
            row(
                "gabungan", nil, weight: nil, total: aggregate.total, band: aggregate.band,
                areas: aggregate.areaValues))
        rows.append(
            ["#kosong", aggregate.pemda.missingAnswers.rawValue]
                + Array(repeating: "", count: csvColumns.count - 2))
        return dialect.text(rows)
    }

    struct JSONDocument: Encodable {
        var formatVersion = 1
        var instrument: String
        var pemdaWeight: Double
        var average: String
        var pemda: JSONUnit
        var opd: JSONOPD
        var total, publishedTotal: Double
        var category: JSONCategory?
        var areas: [JSONArea]
        var missingAnswers: String
    }
    struct JSONCategory: Encodable { var grade, label: String }
    struct JSONUnit: Encodable {
        var unit, file: String
        var year: Int?
        var total: Double
        var category: String?
    }
    struct JSONOPD: Encodable {
        var count: Int
        var total: Double
        var units: [JSONUnit]
    }
    struct JSONArea: Encodable {
        var id, title: String
        var weight: Double
        var pemda, opd, value, share: Double?
    }

    func renderedJSON() -> String { JSONText.encode(json()) }

    func json() -> JSONDocument {
        let round = ScoreJSON.round
        func unit(_ unit: UnitSummary) -> JSONUnit {
            JSONUnit(
                unit: unit.unit, file: unit.file, year: unit.year, total: round(unit.total),
                category: unit.band?.grade)
        }
        return JSONDocument(
            instrument: instrument.id, pemdaWeight: aggregate.pemdaWeight,
            average: aggregate.average.rawValue, pemda: unit(aggregate.pemda),
            opd: JSONOPD(
                count: aggregate.opd.count, total: round(aggregate.opdTotal),
                units: aggregate.opd.map(unit)),
            total: round(aggregate.total), publishedTotal: aggregate.publishedTotal,
            category: aggregate.band.map { JSONCategory(grade: $0.grade, label: $0.label) },
            areas: aggregate.areas.indices.map { index in
                let area = aggregate.areas[index]
                return JSONArea(
                    id: area.id, title: area.title, weight: area.weight,
                    pemda: aggregate.pemda.areaValue(area.id).map(round),
                    opd: aggregate.opdAreaValues[index].map(round),
                    value: aggregate.areaValues[index].map(round),
                    share: aggregate.areaValues[index].map {
                        round(Comparison.share($0, of: area.weight))
                    })
            }, missingAnswers: aggregate.pemda.missingAnswers.rawValue)
    }
}
