/// The road-map monitoring report in every format (`docs/output-formats.md`, "peta-jalan").
public struct RoadMapReport: Sendable {
    /// The evaluated road map.
    public var progress: RoadMapProgress
    /// The language of text, Markdown and HTML.
    public var language: ReportLanguage
    /// How the CSV form is written.
    public var csvDialect: CSVDialect = .standard

    /// Creates the report.
    public init(progress: RoadMapProgress, language: ReportLanguage = .id) {
        self.progress = progress
        self.language = language
    }

    /// The report in a format.
    public func rendered(_ format: ReportFormat) -> String { rendered(format: format) }

    /// The report as sections, for text, Markdown and HTML.
    public func document() -> ReportDocument {
        let labels = RoadMapLabels(language: language)
        let map = progress.roadMap
        var subtitle: [String] = []
        if !map.title.isEmpty { subtitle.append(map.title) }
        if !map.agency.isEmpty { subtitle.append(labels.agency + ": " + map.agency) }
        if let file = map.file { subtitle.append(labels.file + ": " + file) }
        let alerts = progress.warnings.isEmpty ? [] : [labels.warningAlert(progress.warnings.count)]
        var sections = [summary(labels), yearTable(labels), tally(progress.areas, labels.perArea,
            labels.area, labels), tally(progress.responsibles, labels.perResponsible,
            labels.responsible, labels)]
        if let ratl = progress.ratl { sections.append(ratlTable(ratl, labels)) }
        sections.append(indicatorTable(labels))
        if !progress.assumptions.isEmpty {
            sections.append(
                ReportDocument.Section(
                    heading: labels.assumptions,
                    paragraphs: progress.assumptions.map { $0.note + " (" + $0.source + ")" }))
        }
        if !progress.warnings.isEmpty {
            sections.append(
                ReportDocument.Section(
                    heading: labels.warnings,
                    paragraphs: progress.warnings.map { $0.header(in: language) }))
        }
        return ReportDocument(
            title: labels.title, subtitle: subtitle, alerts: alerts, sections: sections)
    }

    private func summary(_ labels: RoadMapLabels) -> ReportDocument.Section {
        let entries = progress.rows.flatMap(\.years)
        let count = { (status: RoadMapProgress.Status) in entries.count { $0.status == status } }
        let line = labels.summaryLine(
            indicators: progress.rows.count, targets: entries.count { $0.target != nil },
            reached: count(.tercapai), notReached: count(.belumTercapai),
            noData: count(.belumAdaData))
        return ReportDocument.Section(
            heading: labels.summary, paragraphs: [line, labels.statusRule])
    }

    private func yearTable(_ labels: RoadMapLabels) -> ReportDocument.Section {
        let comma = language.usesDecimalComma
        var rows: [[String]] = []
        for row in progress.rows {
            let indicator = row.indicator
            if let baseline = indicator.baseline {
                rows.append([
                    indicator.code, indicator.name,
                    indicator.baselineYear.map { "\($0) (\(labels.baseline))" } ?? labels.baseline,
                    "",
                    baseline.shown(decimalComma: comma, category: indicator.category(of: baseline)),
                    "", "", "",
                ])
            }
            for entry in row.years {
                rows.append([
                    indicator.code, indicator.name, String(entry.year),
                    entry.target?.value.shown(decimalComma: comma) ?? "-",
                    entry.realisation.map {
                        $0.value.shown(decimalComma: comma, category: $0.category)
                    } ?? "",
                    labels.status(entry.status), labels.achievement(entry.achievement),
                    labels.trend(entry.trend),
                ])
            }
        }
        return ReportDocument.Section(
            heading: labels.progress,
            table: ReportDocument.Table(
                columns: [
                    labels.code, labels.indicator, labels.year, labels.target, labels.realisation,
                    labels.status, labels.achievement, labels.trend,
                ], rows: rows))
    }

    private func tally(
        _ tallies: [RoadMapProgress.Tally], _ heading: String, _ column: String,
        _ labels: RoadMapLabels
    ) -> ReportDocument.Section {
        let rows = tallies.map { tally in
            [
                tally.name.isEmpty ? labels.none : tally.name, String(tally.total),
                String(tally.reached), String(tally.notReached), String(tally.noData),
                tally.total == 0
                    ? "-" : language.percent(Double(tally.reached) / Double(tally.total)),
            ]
        }
        return ReportDocument.Section(
            heading: heading,
            table: ReportDocument.Table(
                columns: [
                    column, labels.targets, labels.reached, labels.notReached, labels.noData,
                    labels.share,
                ], numeric: [1, 2, 3, 4, 5], rows: rows))
    }

    private func ratlTable(
        _ years: [RoadMapProgress.RATLYear], _ labels: RoadMapLabels
    ) -> ReportDocument.Section {
        let rows = years.map { year in
            [
                String(year.year),
                year.target?.shown(decimalComma: language.usesDecimalComma) ?? "-",
                String(year.done), String(year.inProgress), String(year.notStarted),
                labels.status(year.status),
            ]
        }
        return ReportDocument.Section(
            heading: labels.ratl,
            table: ReportDocument.Table(
                columns: [
                    labels.year, labels.target, labels.done, labels.inProgress, labels.notStarted,
                    labels.status,
                ], numeric: [1, 2, 3, 4], rows: rows))
    }

    private func indicatorTable(_ labels: RoadMapLabels) -> ReportDocument.Section {
        let rows = progress.rows.map(\.indicator).map { indicator in
            [
                indicator.code, indicator.name, indicator.area, indicator.unit,
                indicator.kind.rawValue + (indicator.scale.map { " (" + $0.id + ")" } ?? ""),
                indicator.direction.rawValue, indicator.responsible, labels.link(indicator.link),
            ]
        }
        return ReportDocument.Section(
            heading: labels.indicatorList,
            table: ReportDocument.Table(
                columns: [
                    labels.code, labels.indicator, labels.area, labels.unit, labels.kind,
                    labels.direction, labels.responsible, labels.link,
                ], rows: rows))
    }
}

extension RoadMapReport: SectionedReport {
    func renderedJSON() -> String { RoadMapJSON(progress: progress).rendered() }
    func renderedCSV() -> String { RoadMapCSV(progress: progress, dialect: csvDialect).rendered() }
}
