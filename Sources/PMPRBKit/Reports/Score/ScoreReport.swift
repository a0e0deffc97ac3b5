/// The report of `pmprb score`: the breakdown, the areas, the band, the predicates, the gap
/// list, and optionally a plan to reach a target.
public struct ScoreReport: Sendable {
    /// The score card reported.
    public var card: ScoreCard
    /// The language of the report.
    public var language: ReportLanguage
    /// How many gaps to list.
    public var top: Int
    /// A plan to reach a target, if one was asked for.
    public var plan: ImprovementPlan?
    /// The answers without evidence, if the report should say which they are.
    public var evidence: EvidenceCheck?
    /// How CSV is written: for programs (the default), or for a spreadsheet in an Indonesian
    /// locale.
    public var csvDialect: CSVDialect = .standard
    /// The terminal's width in columns for the text format, or `nil` for lines of any length.
    public var width: Int?

    /// Creates a report.
    public init(
        card: ScoreCard, language: ReportLanguage = .id, top: Int = 10,
        plan: ImprovementPlan? = nil
    ) {
        self.card = card
        self.language = language
        self.top = top
        self.plan = plan
    }

    /// Renders the report in a format.
    public func rendered(_ format: ReportFormat) -> String { rendered(format: format) }

    /// The report as a document of sections.
    public func document() -> ReportDocument {
        let labels = Labels(language: language)
        var sections = [
            ResultSummary(card: card, language: language).section(labels), breakdownSection(labels),
        ]
        if let index = card.index {
            sections.append(
                IndexSection(card: card, index: index, language: language).section(labels))
        }
        if !card.areas.isEmpty { sections.append(areaSection(labels).role(.scoreAreas)) }
        if !card.predicates.isEmpty { sections.append(predicateSection(labels)) }
        sections.append(gapSection(labels).role(.gaps))
        if let plan {
            var section = PlanSection(plan: plan, labels: labels).section()
            // A plan reaches values; a predicate the unit must already hold is declared.
            if case .predicate(let name) = plan.target,
                let check = card.predicates.first(where: { $0.name == name }),
                !check.undeclared.isEmpty
            {
                section.paragraphs.append(policy.declarationNeeded(check.undeclared))
            }
            sections.append(section)
        }
        if let evidence {
            sections.append(EvidenceSection(check: evidence, labels: labels).section())
        }
        sections.append(
            ReportDocument.Section(
                heading: labels.assumptions, paragraphs: [labels.assumptionIntro()],
                footer: card.assumptions.map { "- " + $0.note + " (" + $0.source + ")" }
                    + labels.methodAssumptions(card.missingAnswers).map { "- " + $0 }
                    + (card.index == nil ? [] : labels.indexAssumptions.map { "- " + $0 })))
        return ReportDocument(
            title: labels.reportTitle + ": " + card.instrumentTitle,
            subtitle: header(labels), alerts: alerts(labels), sections: sections)
    }

    private func header(_ labels: Labels) -> [String] {
        [
            "\(labels.unit): " + (card.unit.isEmpty ? labels.notGiven : card.unit),
            "\(labels.year): " + (card.year.map(String.init) ?? labels.notGiven),
            labels.instrumentLine(card.instrumentID, source: card.instrumentSource),
            policy.missingAnswers(card.missingAnswers),
        ] + (card.asksForHeldPredicates ? [policy.held(card.heldPredicates)] : [])
    }

    private var policy: PolicyLabels { PolicyLabels(language: language) }

    private func alerts(_ labels: Labels) -> [String] {
        var alerts: [String] = []
        if card.isIncomplete {
            let share = language.percent(Double(card.unansweredCount) / Double(card.items.count))
            alerts.append(
                labels.incomplete(
                    card.unansweredCount, of: card.items.count, share: share,
                    policy: card.missingAnswers))
        }
        return alerts
    }

    private func breakdownSection(_ labels: Labels) -> ReportDocument.Section {
        var rows: [[String]] = []
        var depths: [Int] = []
        for node in card.nodes where node.kind != .butir || node.depth <= 2 {
            rows.append([
                node.code, node.title, language.number(node.weight), language.number(node.value),
                language.percent(node.share),
            ])
            depths.append(node.depth)
        }
        rows.append([
            labels.total, "", language.number(card.maximum), language.number(card.total),
            language.percent(card.total / card.maximum),
        ])
        depths.append(0)
        return ReportDocument.Section(
            heading: labels.breakdown,
            table: ReportDocument.Table(
                columns: [labels.code, labels.title, labels.weight, labels.value, labels.share],
                numeric: [2, 3, 4], rows: rows, depths: depths))
    }

    private func areaSection(_ labels: Labels) -> ReportDocument.Section {
        let rows = card.areas.map { area -> [String] in
            let counts = card.classCounts(area: area.id)
            return [
                area.id, area.title, language.number(area.weight), language.number(area.value),
                language.percent(area.share),
            ] + ScoreCard.GapClass.allCases.map { String(counts[$0] ?? 0) }
        }
        return ReportDocument.Section(
            heading: labels.areas,
            table: ReportDocument.Table(
                columns: [labels.area, labels.title, labels.weight, labels.value, labels.share]
                    + ScoreCard.GapClass.allCases.map(labels.className),
                numeric: [2, 3, 4, 5, 6, 7], rows: rows))
    }

    private func predicateSection(_ labels: Labels) -> ReportDocument.Section {
        var rows: [[String]] = []
        var notes: [String] = []
        for predicate in card.predicates {
            for check in predicate.checks {
                let criterion = check.criterion
                var value: String
                var threshold: String
                switch criterion.target {
                case .everyArea:
                    value = language.percent(check.value)
                    threshold = "≥ " + language.percent(criterion.threshold)
                    if !check.failingAreas.isEmpty {
                        notes.append(
                            "\(criterion.code): " + labels.areaFailing(check.failingAreas))
                    }
                case .predicate(let name):
                    value = policy.declared(check.declared)
                    threshold = labels.heldPredicate(name)
                default:
                    value = language.number(check.value)
                    threshold = "≥ " + language.number(criterion.threshold)
                }
                rows.append([
                    criterion.code, criterion.title, value, threshold,
                    check.holds ? labels.met : labels.notMet,
                ])
            }
        }
        return ReportDocument.Section(
            heading: labels.predicates,
            table: ReportDocument.Table(
                columns: [labels.criterion, labels.title, labels.value, labels.threshold,
                    labels.holds],
                numeric: [2], rows: rows),
            footer: notes)
    }

    private func gapSection(_ labels: Labels) -> ReportDocument.Section {
        let gaps = card.gaps
        guard !gaps.isEmpty else {
            return ReportDocument.Section(heading: labels.gaps, paragraphs: [labels.noGaps])
        }
        let shown = Array(gaps.prefix(max(0, top)))
        return ReportDocument.Section(
            heading: labels.gaps, paragraphs: [labels.gapIntro(shown: shown.count, of: gaps.count)],
            table: labels.gapTable(shown))
    }
}

extension ScoreReport {
    /// Renders only the gap list (all of ``top`` items) in a format other than CSV; for CSV use
    /// ``GapPlanCSV``. CSV and HTML are the follow-up plan (RATL), carrying the notes and
    /// evidence of `worksheet`.
    public func renderedGaps(_ format: ReportFormat, worksheet: Worksheet? = nil) -> String {
        let plan = GapPlanCSV(card: card, top: top, dialect: csvDialect, worksheet: worksheet)
        switch format {
        case .json:
            return JSONText.encode(ScoreJSON.GapDocument(card: card, top: top))
        case .csv:
            return plan.rendered()
        case .html:
            let full = document()
            return GapPlanHTML(plan: plan, language: language)
                .rendered(subtitle: full.subtitle, alerts: full.alerts)
        case .text, .markdown:
            let full = document()
            let labels = Labels(language: language)
            let gaps = full.sections.filter { $0.role == .gaps }
            let document = ReportDocument(
                title: labels.gaps + ": " + card.instrumentTitle, subtitle: full.subtitle,
                alerts: full.alerts, sections: gaps)
            return format == .text
                ? document.renderedText(width: width) : document.renderedMarkdown()
        }
    }
}

extension ScoreReport: SectionedReport {
    var textWidth: Int? { width }
    func renderedJSON() -> String { ScoreJSON(card: card, top: top, plan: plan).rendered() }
    func renderedCSV() -> String { ScoreCSV(card: card, dialect: csvDialect).rendered() }
    func renderedHTML() -> String { ScoreHTML(report: self).rendered() }
}
