/// The HTML form of a score report: the document's sections, with a chart of the unit's areas
/// against their weights after the area table.
struct ScoreHTML {
    let report: ScoreReport

    func rendered() -> String {
        let document = report.document()
        let language = report.language
        let labels = Labels(language: language)
        let card = report.card
        let thresholds: [(predicate: String, threshold: Double)] = card.predicates.compactMap {
            predicate in
            for check in predicate.checks {
                if case .everyArea = check.criterion.target {
                    return (predicate.name, check.criterion.threshold)
                }
            }
            return nil
        }
        let chart = HTMLReport.Block.chart(
            .areas(
                labels.areaChart,
                bars: card.areas.map { area in
                    BarChart.Bar(
                        label: area.id + " " + area.title, value: area.value,
                        maximum: area.weight,
                        text: language.number(area.value) + " / "
                            + language.number(area.weight) + " ("
                            + language.percent(area.share) + ")")
                }, thresholds: thresholds, words: labels))
        return HTMLReport(document: document, language: language) { section in
            section.role == .scoreAreas ? [chart] : []
        }.rendered()
    }
}
