/// The section of a report that answers `--target`.
struct PlanSection {
    let plan: ImprovementPlan
    let labels: Labels

    private var language: ReportLanguage { labels.language }

    private func pick(_ indonesian: String, _ english: String) -> String {
        language == .id ? indonesian : english
    }

    func section() -> ReportDocument.Section {
        let heading = "\(labels.target): \(plan.target)"
        if plan.isAlreadyMet {
            return ReportDocument.Section(
                heading: heading,
                paragraphs: [pick("Target sudah tercapai.", "The target is already met.")]
                    + targetParagraphs())
        }
        var paragraphs: [String] = []
        if !plan.steps.isEmpty {
            paragraphs.append(
                pick(
                    "Butir paling sedikit yang perlu dinaikkan ke jawaban terbaiknya "
                        + "(\(plan.steps.count) butir): nilai \(language.number(plan.totalBefore)) "
                        + "menjadi \(language.number(plan.totalAfter)).",
                    "The fewest items to bring to their best answer (\(plan.steps.count)): "
                        + "score \(language.number(plan.totalBefore)) becomes "
                        + "\(language.number(plan.totalAfter))."))
        }
        paragraphs += targetParagraphs()
        var footer: [String] = []
        if !plan.obstacles.isEmpty {
            footer.append(
                pick(
                    "Tidak dapat dicapai hanya dengan jawaban pada komponen pengungkit:",
                    "No answer in the pengungkit can reach:"))
            for obstacle in plan.obstacles {
                let show = { (value: Double) in
                    obstacle.isShare ? language.percent(value) : language.number(value)
                }
                footer.append(
                    "- \(obstacle.requirement): "
                        + pick("sekarang ", "now ") + show(obstacle.value)
                        + pick(", perlu ", ", needs ") + show(obstacle.threshold)
                        + pick(", paling tinggi ", ", at most ") + show(obstacle.reachable))
            }
        }
        let rows = plan.steps.enumerated().map { index, item -> [String] in
            [
                String(index + 1), item.code, item.areaID ?? item.areaTitle, item.title,
                item.answer.isNone
                    ? labels.unanswered : item.answer.text(decimalComma: language.usesDecimalComma),
                item.bestAnswer.text(decimalComma: language.usesDecimalComma),
                language.number(item.potential),
            ]
        }
        return ReportDocument.Section(
            heading: heading, paragraphs: paragraphs,
            table: rows.isEmpty
                ? nil
                : ReportDocument.Table(
                    columns: [labels.number, labels.code, labels.area, labels.title, labels.answer,
                        labels.bestAnswer, labels.potential],
                    numeric: [0, 6], rows: rows),
            footer: footer)
    }
}
