/// The report of `pmprb compare`: the ranking, the unit by area matrix, the statistics per
/// area and, with a baseline, what changed.
public struct ComparisonReport: Sendable {
    /// A worksheet that was left out of the comparison, with the reason.
    public struct LeftOut: Hashable, Sendable {
        /// The file, as the user named it.
        public var file: String
        /// Why it was left out: the first error's message.
        public var reason: String

        /// Creates an entry.
        public init(file: String, reason: String) {
            self.file = file
            self.reason = reason
        }
    }

    /// The comparison reported.
    public var comparison: Comparison
    /// The language of the text, Markdown and HTML reports.
    public var language: ReportLanguage
    /// How the CSV report is written.
    public var csvDialect: CSVDialect
    /// Worksheets left out (only when the caller chose to go on without them).
    public var leftOut: [LeftOut]

    /// Creates a report.
    public init(
        comparison: Comparison, language: ReportLanguage = .id, csvDialect: CSVDialect = .standard,
        leftOut: [LeftOut] = []
    ) {
        self.comparison = comparison
        self.language = language
        self.csvDialect = csvDialect
        self.leftOut = leftOut
    }

    /// Renders the report in a format.
    public func rendered(_ format: ReportFormat) -> String {
        switch format {
        case .text: document().renderedText()
        case .markdown: document().renderedMarkdown()
        case .json: JSONText.encode(json())
        case .csv: csv()
        case .html: html()
        }
    }

    private var labels: CoordinatorLabels { CoordinatorLabels(language: language) }
    private var outline: InstrumentOutline { comparison.outline }

    // MARK: - Document

    /// The report as a document of sections.
    public func document() -> ReportDocument {
        var sections = [countsSection(), rankingSection(), matrixSection(), statisticsSection()]
        if let baseline = comparison.baseline {
            sections += [
                baselineUnitSection(baseline), baselineAreaSection(baseline),
                groupedChangedItemsSection(baseline),
            ]
        }
        if !leftOut.isEmpty { sections.append(leftOutSection()) }
        return ReportDocument(
            title: labels.compareTitle + ": " + outline.instrument.title, subtitle: header(),
            alerts: alerts(), sections: sections)
    }

    private func header() -> [String] {
        var lines = [
            "\(labels.instrument): \(outline.id) (\(Instrument.regulation(of: outline.instrument.source)))",
            "\(labels.unitCount): \(comparison.ranking.count)",
        ]
        if !comparison.years.isEmpty {
            lines.append(
                "\(labels.years): " + comparison.years.map(String.init).joined(separator: ", "))
        }
        lines.append(labels.threshold(language.percent(comparison.threshold)))
        lines.append(PolicyLabels(language: language).missingAnswers(missingAnswers))
        if let baseline = comparison.baseline {
            let summaries = baseline.units.map(\.before) + baseline.missingUnits
            let years = Set(summaries.compactMap(\.year)).sorted().map(String.init)
            lines.append(
                labels.baselineLine(
                    baseline.units.count + baseline.missingUnits.count,
                    years.joined(separator: ", ")))
        }
        return lines
    }

    private func alerts() -> [String] {
        var alerts: [String] = []
        if comparison.years.count > 1 {
            alerts.append(
                labels.severalYears(comparison.years.map(String.init).joined(separator: ", ")))
        }
        if !leftOut.isEmpty { alerts.append(labels.leftOut(leftOut.count)) }
        let awaiting = comparison.ranking.flatMap { entry in
            entry.unit.predicates.filter(\.awaitsDeclaration).flatMap(\.undeclared)
        }
        if !awaiting.isEmpty {
            var seen: Set<String> = []
            alerts.append(labels.scoreOnlyNote(awaiting.filter { seen.insert($0).inserted }))
        }
        return alerts
    }

    /// How the units' unanswered items were counted (one policy for a whole comparison).
    var missingAnswers: MissingAnswers {
        comparison.ranking.first?.unit.missingAnswers ?? .zero
    }

    /// Whether the instrument has a predicate that needs another already held.
    private var asksForHeldPredicates: Bool {
        outline.instrument.criteria.contains {
            if case .predicate = $0.target { return true }
            return false
        }
    }

    func rankText(_ entry: Comparison.RankedUnit) -> String {
        String(entry.rank) + (entry.isTied ? "=" : "")
    }

    func yearText(_ year: Int?) -> String { year.map(String.init) ?? "—" }

    func signed(_ value: Double, percent: Bool = false) -> String {
        language.signed(percent ? value * 100 : value)
    }

    private func changesByFile() -> [String: BaselineComparison.UnitChange] {
        Dictionary(
            (comparison.baseline?.units ?? []).map { ($0.current.file, $0) },
            uniquingKeysWith: { first, _ in first })
    }

    func rankingTable() -> ReportDocument.Table {
        let predicates = outline.predicates
        let changes = changesByFile()
        let hasBaseline = comparison.baseline != nil
        let rows = comparison.ranking.map { entry -> [String] in
            let unit = entry.unit
            var row = [
                rankText(entry), unit.displayName, yearText(unit.year), language.number(unit.total),
                unit.band?.grade ?? "—",
            ]
            row += predicates.map { labels.verdict(unit.verdict($0)) }
            row.append(language.percent(unit.unansweredShare))
            if hasBaseline {
                row.append(changes[unit.file].map { signed($0.totalChange) } ?? labels.new)
            }
            return row
        }
        var columns = [labels.rank, labels.unit, labels.year, labels.value, labels.category]
        columns += predicates
        columns.append(labels.unanswered)
        if hasBaseline { columns.append(labels.change) }
        let unanswered = 5 + predicates.count
        let numeric: Set<Int> =
            hasBaseline ? [0, 3, unanswered, unanswered + 1] : [0, 3, unanswered]
        return ReportDocument.Table(columns: columns, numeric: numeric, rows: rows)
    }

    private func rankingSection() -> ReportDocument.Section {
        ReportDocument.Section(heading: labels.ranking, table: rankingTable())
    }

    private func areaKey() -> [String] {
        outline.areas.map { labels.areaKey($0.id, $0.title, language.number($0.weight)) }
    }

    private func matrixSection() -> ReportDocument.Section {
        let rows = comparison.ranking.map { entry -> [String] in
            [rankText(entry), entry.unit.displayName]
                + comparison.shares(of: entry.unit).map { $0.map { language.number($0 * 100) } ?? "—" }
        }
        return ReportDocument.Section(
            heading: labels.matrix,
            table: ReportDocument.Table(
                columns: [labels.rank, labels.unit] + outline.areas.map(\.id),
                numeric: Set([0] + outline.areas.indices.map { $0 + 2 }), rows: rows),
            footer: areaKey())
    }

    private func statisticsSection() -> ReportDocument.Section {
        let rows = comparison.areas.map { stats -> [String] in
            [
                stats.area.id, stats.area.title, language.number(stats.area.weight),
                language.percent(stats.shares.mean), language.percent(stats.shares.median),
                language.percent(stats.shares.minimum), language.percent(stats.shares.maximum),
                String(stats.below.count),
            ]
        }
        let footer = comparison.areas.filter { !$0.below.isEmpty }.map { stats in
            labels.belowList(
                stats.area.id,
                stats.below.map { "\($0.unit.displayName) (\(language.percent($0.share)))" }
                    .joined(separator: ", "))
        }
        return ReportDocument.Section(
            heading: labels.areaStatistics,
            paragraphs: [labels.threshold(language.percent(comparison.threshold))],
            table: ReportDocument.Table(
                columns: [
                    labels.area, labels.title, labels.weight, labels.mean, labels.median,
                    labels.minimum, labels.maximum, labels.belowCount,
                ],
                numeric: [2, 3, 4, 5, 6, 7], rows: rows),
            footer: footer)
    }

    private func baselineUnitSection(_ baseline: BaselineComparison) -> ReportDocument.Section {
        let rows = baseline.units.map { change -> [String] in
            [
                change.current.displayName, language.number(change.before.total),
                language.number(change.current.total), signed(change.totalChange),
            ] + change.areaChanges.map { $0.map { signed($0, percent: true) } ?? "—" }
        }
        var footer: [String] = []
        if !baseline.newUnits.isEmpty {
            footer.append(
                labels.newUnits(baseline.newUnits.map(\.displayName).joined(separator: ", ")))
        }
        if !baseline.missingUnits.isEmpty {
            footer.append(
                labels.missingUnits(
                    baseline.missingUnits.map(\.displayName).joined(separator: ", ")))
        }
        return ReportDocument.Section(
            heading: labels.baselineUnits, paragraphs: [labels.pointsNote],
            table: ReportDocument.Table(
                columns: [labels.unit, labels.before, labels.now, labels.change]
                    + outline.areas.map { $0.id + " Δ" },
                numeric: Set(1..<(4 + outline.areas.count)), rows: rows),
            footer: footer)
    }

    private func baselineAreaSection(_ baseline: BaselineComparison) -> ReportDocument.Section {
        let rows = baseline.areas.map { area -> [String] in
            [
                area.area.id, area.area.title, language.percent(area.meanBefore),
                language.percent(area.meanNow), signed(area.change, percent: true),
            ]
        }
        return ReportDocument.Section(
            heading: labels.baselineAreas, paragraphs: [labels.areaPointsNote],
            table: ReportDocument.Table(
                columns: [labels.area, labels.title, labels.before, labels.now, labels.change],
                numeric: [2, 3, 4], rows: rows))
    }

    func answerText(_ answer: ShownAnswer) -> String {
        answer.isNone ? labels.empty : answer.text(decimalComma: language.usesDecimalComma)
    }

    private func leftOutSection() -> ReportDocument.Section {
        ReportDocument.Section(
            heading: labels.refused,
            table: ReportDocument.Table(
                columns: [labels.file, labels.reason], rows: leftOut.map { [$0.file, $0.reason] }))
    }

    // MARK: - HTML

    private func html() -> String {
        let document = self.document()
        var blocks: [HTMLReport.Block] = []
        for section in document.sections {
            if section.heading == labels.matrix {
                blocks.append(.heatMap(heatMap(footer: section.footer)))
            } else {
                blocks.append(.section(section))
            }
            if section.heading == labels.areaStatistics { blocks += charts() }
        }
        return HTMLReport(document: document, language: language, blocks: blocks).rendered()
    }

    private func heatMap(footer: [String]) -> HeatMap {
        HeatMap(
            heading: labels.matrix, paragraphs: [], labelColumns: [labels.rank, labels.unit],
            numericLabels: [0],
            valueColumns: outline.areas.map { ($0.id, $0.title) },
            rows: comparison.ranking.map { entry in
                HeatMap.Row(
                    labels: [rankText(entry), entry.unit.displayName],
                    cells: comparison.shares(of: entry.unit).map {
                        HeatMap.Cell(text: $0.map { language.number($0 * 100) } ?? "—", share: $0)
                    })
            },
            footer: footer, language: language,
            markers: outline.areaThresholds.map(\.threshold))
    }

    private func charts() -> [HTMLReport.Block] {
        let markers = outline.areaThresholds.map(\.threshold)
        let markerNote =
            labels.markerNote + " ("
            + outline.areaThresholds.map { "\($0.predicate) \(language.percent($0.threshold))" }
            .joined(separator: ", ") + ")"
        var blocks: [HTMLReport.Block] = [
            .chart(
                BarChart(
                    title: labels.areaChart + " (" + labels.mean.lowercased() + ")",
                    bars: comparison.areas.map { stats in
                        BarChart.Bar(
                            label: stats.area.id + " " + stats.area.title,
                            value: stats.shares.mean * stats.area.weight,
                            maximum: stats.area.weight,
                            text: language.number(stats.shares.mean * stats.area.weight) + " / "
                                + language.number(stats.area.weight))
                    },
                    markers: markers, notes: markers.isEmpty ? [] : [markerNote],
                    tracksByMaximum: true))
        ]
        for area in outline.areas {
            let ordered = comparison.ranking.compactMap { entry in
                entry.unit.areaValue(area.id).map { (entry, $0) }
            }.enumerated().sorted {
                $0.element.1 != $1.element.1
                    ? $0.element.1 > $1.element.1 : $0.offset < $1.offset
            }.map(\.element)
            blocks.append(
                .chart(
                    BarChart(
                        title: labels.chartPerArea(
                            area.id, area.title, language.number(area.weight)),
                        bars: ordered.map { entry, value in
                            BarChart.Bar(
                                label: entry.unit.displayName, value: value, maximum: area.weight,
                                text: language.number(value) + " ("
                                    + language.percent(Comparison.share(value, of: area.weight))
                                    + ")")
                        },
                        markers: markers, notes: [], tracksByMaximum: false)))
        }
        return blocks
    }

    // MARK: - CSV

    /// The CSV columns: one row per unit, in ranking order.
    public var csvColumns: [String] {
        var columns = ["peringkat", "unit", "tahun", "berkas", "nilai", "kategori"]
        columns += outline.predicates.map { $0.lowercased() }
        columns.append("belum_dijawab_persen")
        columns.append("kosong")
        if asksForHeldPredicates { columns.append("predikat_diraih") }
        columns += outline.areas.map { $0.id.lowercased() + "_persen" }
        if comparison.baseline != nil {
            columns += ["nilai_sebelumnya", "perubahan_nilai"]
            columns += outline.areas.map { $0.id.lowercased() + "_perubahan" }
            columns.append("butir_berubah")
        }
        return columns
    }

    private func csv() -> String {
        let dialect = csvDialect
        let changes = changesByFile()
        var rows = [csvColumns]
        for entry in comparison.ranking {
            let unit = entry.unit
            var row = [
                String(entry.rank), CSVWriter.neutralisingFormula(unit.unit),
                unit.year.map(String.init) ?? "", CSVWriter.neutralisingFormula(unit.file),
                dialect.number(unit.total, decimals: 4),
                CSVWriter.neutralisingFormula(unit.band?.grade ?? ""),
            ]
            row += outline.predicates.map { name -> String in
                let verdict = unit.verdict(name)
                return verdict?.holds == true
                    ? "ya" : verdict?.awaitsDeclaration == true ? "menunggu_predikat" : "tidak"
            }
            row.append(dialect.number(unit.unansweredShare * 100))
            row.append(unit.missingAnswers.rawValue)
            if asksForHeldPredicates {
                row.append(
                    CSVWriter.neutralisingFormula(
                        unit.heldPredicates.map(\.description).joined(separator: "; ")))
            }
            row += comparison.shares(of: unit).map { $0.map { dialect.number($0 * 100) } ?? "" }
            if comparison.baseline != nil {
                if let change = changes[unit.file] {
                    row += [
                        dialect.number(change.before.total, decimals: 4),
                        dialect.number(change.totalChange, decimals: 4),
                    ]
                    row += change.areaChanges.map { $0.map { dialect.number($0 * 100) } ?? "" }
                    row.append(String(change.items.count))
                } else {
                    row += Array(repeating: "", count: 3 + outline.areas.count)
                }
            }
            rows.append(row)
        }
        return dialect.text(rows)
    }

    // MARK: - JSON

    struct JSONDocument: Encodable {
        var formatVersion = 1
        var instrument: JSONInstrument
        var threshold: Double
        var years: [Int]
        var units: [JSONUnit]
        var areas: [JSONArea]
        var baseline: JSONBaseline?
        var leftOut: [JSONLeftOut]
        var missingAnswers: String
        var counts: JSONCounts
    }
    struct JSONCounts: Encodable {
        var units: Int
        var predicates: [String: Int]
        var categories: [JSONCategoryCount]
    }
    struct JSONCategoryCount: Encodable {
        var grade: String?
        var units: Int
    }
    struct JSONInstrument: Encodable { var id, title, source: String }
    struct JSONCategory: Encodable { var grade, label: String }
    struct JSONAreaValue: Encodable {
        var id: String
        var value, share: Double
    }
    struct JSONUnit: Encodable {
        var rank: Int
        var tied: Bool
        var unit: String
        var year: Int?
        var file: String
        var total, publishedTotal: Double
        var category: JSONCategory?
        var predicates: [String: Bool]
        var scoreCriteriaMet: [String: Bool]
        var heldPredicates: [String]
        var items, unanswered: Int
        var unansweredShare: Double
        var areas: [JSONAreaValue]
        var baseline: JSONUnitChange?
    }
    struct JSONUnitChange: Encodable {
        var file: String
        var year: Int?
        var total, totalChange: Double
        var areas: [JSONAreaChange]
        var changedItems: [JSONItemChange]
    }
    struct JSONAreaChange: Encodable {
        var id: String
        var shareChange: Double
    }
    struct JSONItemChange: Encodable {
        var code, area, before, after: String
        var pointsBefore, pointsAfter, change: Double
    }
    struct JSONBelow: Encodable {
        var unit, file: String
        var share: Double
    }
    struct JSONArea: Encodable {
        var id, title: String
        var weight, mean, median, minimum, maximum: Double
        var below: [JSONBelow]
    }
    struct JSONBaseline: Encodable {
        var areas: [JSONBaselineArea]
        var newUnits: [JSONUnitRef]
        var missingUnits: [JSONUnitRef]
    }
    struct JSONBaselineArea: Encodable {
        var id: String
        var meanBefore, meanNow, change: Double
    }
    struct JSONUnitRef: Encodable {
        var unit, file: String
        var year: Int?
    }
    struct JSONLeftOut: Encodable { var file, reason: String }

    private func json() -> JSONDocument {
        let round = ScoreJSON.round
        let changes = changesByFile()
        let units = comparison.ranking.map { entry -> JSONUnit in
            let unit = entry.unit
            let shares = comparison.shares(of: unit)
            return JSONUnit(
                rank: entry.rank, tied: entry.isTied, unit: unit.unit, year: unit.year,
                file: unit.file, total: round(unit.total), publishedTotal: unit.publishedTotal,
                category: unit.band.map { JSONCategory(grade: $0.grade, label: $0.label) },
                predicates: Dictionary(
                    unit.predicates.map { ($0.name, $0.holds) }, uniquingKeysWith: { $1 }),
                scoreCriteriaMet: Dictionary(
                    unit.predicates.map { ($0.name, $0.scoreCriteriaHold) },
                    uniquingKeysWith: { $1 }),
                heldPredicates: unit.heldPredicates.map(\.description),
                items: unit.itemCount, unanswered: unit.unansweredCount,
                unansweredShare: round(unit.unansweredShare),
                areas: outline.areas.indices.compactMap { index in
                    guard let share = shares[index],
                        let value = unit.areaValue(outline.areas[index].id)
                    else { return nil }
                    return JSONAreaValue(
                        id: outline.areas[index].id, value: round(value), share: round(share))
                },
                baseline: changes[unit.file].map { change in
                    JSONUnitChange(
                        file: change.before.file, year: change.before.year,
                        total: round(change.before.total), totalChange: round(change.totalChange),
                        areas: outline.areas.indices.compactMap { index in
                            change.areaChanges[index].map {
                                JSONAreaChange(id: outline.areas[index].id, shareChange: round($0))
                            }
                        },
                        changedItems: change.items.map {
                            JSONItemChange(
                                code: $0.item.code, area: $0.item.areaID ?? "",
                                before: $0.before.text(decimalComma: false),
                                after: $0.after.text(decimalComma: false),
                                pointsBefore: round($0.pointsBefore),
                                pointsAfter: round($0.pointsAfter), change: round($0.change))
                        })
                })
        }
        let areas = comparison.areas.map { stats in
            JSONArea(
                id: stats.area.id, title: stats.area.title, weight: stats.area.weight,
                mean: round(stats.shares.mean), median: round(stats.shares.median),
                minimum: round(stats.shares.minimum), maximum: round(stats.shares.maximum),
                below: stats.below.map {
                    JSONBelow(unit: $0.unit.unit, file: $0.unit.file, share: round($0.share))
                })
        }
        let reference = { (unit: UnitSummary) in
            JSONUnitRef(unit: unit.unit, file: unit.file, year: unit.year)
        }
        return JSONDocument(
            instrument: JSONInstrument(
                id: outline.id, title: outline.instrument.title, source: outline.instrument.source),
            threshold: comparison.threshold, years: comparison.years, units: units, areas: areas,
            baseline: comparison.baseline.map { baseline in
                JSONBaseline(
                    areas: baseline.areas.map {
                        JSONBaselineArea(
                            id: $0.area.id, meanBefore: round($0.meanBefore),
                            meanNow: round($0.meanNow), change: round($0.change))
                    },
                    newUnits: baseline.newUnits.map(reference),
                    missingUnits: baseline.missingUnits.map(reference))
            },
            leftOut: leftOut.map { JSONLeftOut(file: $0.file, reason: $0.reason) },
            missingAnswers: missingAnswers.rawValue,
            counts: JSONCounts(
                units: comparison.ranking.count,
                predicates: Dictionary(
                    predicateCounts.map { ($0.predicate, $0.units) }, uniquingKeysWith: { $1 }),
                categories: categoryCounts.map { JSONCategoryCount(grade: $0.grade, units: $0.units) }))
    }
}
