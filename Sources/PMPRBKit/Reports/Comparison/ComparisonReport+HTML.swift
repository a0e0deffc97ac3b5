/// The HTML form of the comparison: the heat map in place of the matrix, and bar charts after
/// the statistics.
extension ComparisonReport {
    func renderedHTML() -> String {
        let document = self.document()
        let blocks = document.sections.flatMap { section -> [HTMLReport.Block] in
            switch section.role {
            case .matrix: [.heatMap(heatMap(footer: section.footer))]
            case .areaStatistics: [.section(section)] + charts()
            default: [.section(section)]
            }
        }
        return HTMLReport(document: document, language: language, blocks: blocks).rendered()
    }

    func heatMap(footer: [String]) -> HeatMap {
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

    func charts() -> [HTMLReport.Block] {
        let markers = outline.areaThresholds.map(\.threshold)
        var blocks: [HTMLReport.Block] = [
            .chart(
                .areas(
                    labels.areaChart + " (" + labels.mean.lowercased() + ")",
                    bars: comparison.areas.map { stats in
                        BarChart.Bar(
                            label: stats.area.id + " " + stats.area.title,
                            value: stats.shares.mean * stats.area.weight,
                            maximum: stats.area.weight,
                            text: language.number(stats.shares.mean * stats.area.weight) + " / "
                                + language.number(stats.area.weight))
                    }, thresholds: outline.areaThresholds, words: labels))
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
}
