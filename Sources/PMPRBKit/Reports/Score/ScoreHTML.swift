/// The HTML form of a score report: the document's sections, with a chart of the unit's areas
/// against their weights after the area table.
struct ScoreHTML {
    let report: ScoreReport

    func rendered() -> String {
        let document = report.document()
        let language = report.language
        let card = report.card
        var blocks: [HTMLReport.Block] = []
        let thresholds: [(String, Double)] = card.predicates.compactMap { predicate in
            for check in predicate.checks {
                if case .everyArea = check.criterion.target {
                    return (predicate.name, check.criterion.threshold)
                }
            }
            return nil
        }
        for section in document.sections {
            blocks.append(.section(section))
            guard section.role == .scoreAreas else { continue }
            let note =
                (language == .id
                    ? "Garis putus-putus: batas per area" : "Dashed lines: the minimum per area")
                + " ("
                + thresholds.map { "\($0.0) \(language.percent($0.1))" }
                .joined(separator: ", ") + ")"
            blocks.append(
                .chart(
                    BarChart(
                        title: language == .id
                            ? "Nilai area terhadap bobotnya" : "Areas against their weights",
                        bars: card.areas.map { area in
                            BarChart.Bar(
                                label: area.id + " " + area.title, value: area.value,
                                maximum: area.weight,
                                text: language.number(area.value) + " / "
                                    + language.number(area.weight) + " ("
                                    + language.percent(area.share) + ")")
                        },
                        markers: thresholds.map(\.1), notes: thresholds.isEmpty ? [] : [note],
                        tracksByMaximum: true)))
        }
        return HTMLReport(document: document, language: language, blocks: blocks).rendered()
    }
}
