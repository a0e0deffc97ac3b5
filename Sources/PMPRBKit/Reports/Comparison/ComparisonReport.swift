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
    public func rendered(_ format: ReportFormat) -> String { rendered(format: format) }

    var labels: CoordinatorLabels { CoordinatorLabels(language: language) }
    var outline: InstrumentOutline { comparison.outline }

    // MARK: - Document

    /// The report as a document of sections.
    public func document() -> ReportDocument {
        var document = head()
        document.sections = sectionMakers().map { $0() }
        return document
    }

    /// The document without its sections: the title, subtitle and alerts.
    func head() -> ReportDocument {
        ReportDocument(
            title: labels.compareTitle + ": " + outline.instrument.title, subtitle: header(),
            alerts: alerts(), sections: [])
    }

    /// What builds each of the document's sections, in order; each builds its own alone, so
    /// that they can be built on several threads (``renderedText(width:map:)``).
    func sectionMakers() -> [@Sendable () -> ReportDocument.Section] {
        var makers: [@Sendable () -> ReportDocument.Section] = [
            { self.countsSection() }, { self.rankingSection() },
            { self.matrixSection().role(.matrix) },
            { self.statisticsSection().role(.areaStatistics) },
        ]
        if let baseline = comparison.baseline {
            makers += [
                { self.baselineUnitSection(baseline) }, { self.baselineAreaSection(baseline) },
                { self.groupedChangedItemsSection(baseline) },
            ]
        }
        if !leftOut.isEmpty { makers.append { self.leftOutSection() } }
        return makers
    }

    private func header() -> [String] {
        var lines = [
            labels.instrumentLine(outline.id, source: outline.instrument.source),
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
    var asksForHeldPredicates: Bool {
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

    func changesByFile() -> [String: BaselineComparison.UnitChange] {
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
}
