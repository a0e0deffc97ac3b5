/// The result first: the section that opens a score report, with the total and its category,
/// each component, every predicate's verdict with the criteria that fail, the unanswered items,
/// and for a two-part index the Indeks RB with the reasons of its category.
struct ResultSummary {
    let card: ScoreCard
    let language: ReportLanguage

    func section(_ labels: Labels) -> ReportDocument.Section {
        let number = { (value: Double) in language.number(value) }
        var lines: [String] = []
        let band = card.band.map { labels.bandLine($0.grade, $0.label) }
            ?? "\(labels.category): \(labels.noCategory)"
        if let index = card.index {
            lines.append(
                "\(labels.indexTotal): \(number(index.index)) \(labels.outOf) "
                    + "\(number(index.maximum)) — \(band)")
            lines.append(
                "\(labels.adjustedGeneral): \(number(index.adjustedGeneral)) · "
                    + "\(labels.thematic): \(number(index.thematicTotal))")
        } else {
            lines.append(
                "\(labels.value) \(labels.total): \(number(card.total)) \(labels.outOf) "
                    + "\(number(card.maximum)) — \(band)")
        }
        for node in card.nodes where node.depth == 0 && card.index == nil {
            lines.append(
                "\(node.title): \(number(node.value)) \(labels.outOf) \(number(node.weight)) "
                    + "(\(language.percent(node.share)))")
        }
        if let index = card.index {
            lines += IndexSection(card: card, index: index, language: language).reasons(labels)
                .dropFirst().filter { !$0.hasPrefix(labels.category + ":") }
        }
        for predicate in card.predicates {
            lines.append(verdict(predicate, labels))
        }
        lines.append(
            labels.unansweredLine(card.unansweredCount, of: card.items.count))
        var section = ReportDocument.Section(heading: labels.summary, paragraphs: lines)
        section.isSummary = true
        return section
    }

    /// `WBK: BELUM TERPENUHI — WBK.3 (SDM < 60,00%), WBK.5 (15,22 < 15,75)`.
    private func verdict(_ predicate: ScoreCard.PredicateCheck, _ labels: Labels) -> String {
        guard !predicate.holds else { return "\(predicate.name): \(labels.predicateMet)" }
        if predicate.awaitsDeclaration {
            return "\(predicate.name): "
                + PolicyLabels(language: language).awaitingDeclaration(predicate.undeclared)
        }
        let failing = predicate.checks.filter { !$0.holds }.map { check -> String in
            let criterion = check.criterion
            switch criterion.target {
            case .everyArea:
                return "\(criterion.code) (\(check.failingAreas.concatenated(separator: ", ")) < "
                    + "\(language.percent(criterion.threshold)))"
            case .predicate(let name):
                return "\(criterion.code) (\(labels.undeclared(name)))"
            default:
                return "\(criterion.code) (\(language.number(check.value)) < "
                    + "\(language.number(criterion.threshold)))"
            }
        }
        return "\(predicate.name): \(labels.predicateNotMet) — \(labels.failing) "
            + failing.concatenated(separator: ", ")
    }
}

extension Labels {
    var summary: String { language == .id ? "Ringkasan hasil" : "Result" }
    var outOf: String { language == .id ? "dari" : "of" }
    var failing: String { language == .id ? "syarat tidak terpenuhi:" : "criteria not met:" }

    func undeclared(_ predicate: String) -> String {
        language == .id
            ? "Menuju \(predicate) belum dinyatakan" : "Menuju \(predicate) not declared"
    }

    func unansweredLine(_ count: Int, of total: Int) -> String {
        language == .id
            ? "Butir belum dijawab: \(count) dari \(total)"
            : "Unanswered items: \(count) of \(total)"
    }
}
