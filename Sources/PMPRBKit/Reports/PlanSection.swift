/// The section of a report that answers `--target`.
struct PlanSection: Bilingual {
    let plan: ImprovementPlan
    let labels: Labels

    var language: ReportLanguage { labels.language }

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
        return ReportDocument.Section(
            heading: heading, paragraphs: paragraphs,
            table: plan.steps.isEmpty ? nil : labels.gapTable(plan.steps), footer: footer)
    }
}
