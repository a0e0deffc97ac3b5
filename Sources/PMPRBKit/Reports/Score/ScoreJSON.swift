import PMPRBPlatform

/// The JSON form of a score card (`docs/output-formats.md`): stable keys, sorted, values rounded
/// to four decimals and published values to two.
struct ScoreJSON {
    let card: ScoreCard
    let top: Int
    let plan: ImprovementPlan?

    struct Document: Encodable {
        var formatVersion = 1
        var instrument: Instrument
        var unit: String
        var year: Int?
        var total: Double
        var publishedTotal: Double
        var maximum: Double
        var category: Category?
        var unanswered: Int
        var items: Int
        var incomplete: Bool
        var nodes: [NodeEntry]
        var areas: [AreaEntry]
        var predicates: [PredicateEntry]
        var gaps: [ItemEntry]
        var plan: PlanEntry?
        var assumptions: [AssumptionEntry]
        var warnings: [String]
        /// The parts of a two-part index (Indeks RB since 2023); absent for other instruments.
        var index: IndexEntry? = nil
        var missingAnswers: String
        var heldPredicates: [HeldEntry]
    }

    struct HeldEntry: Encodable {
        var name: String
        var year: Int?
    }

    struct Instrument: Encodable { var id, title, source: String }
    struct Category: Encodable { var grade, label: String }
    struct NodeEntry: Encodable {
        var code, kind, title: String
        var depth: Int
        var weight, value, share: Double
    }
    struct AreaEntry: Encodable {
        var id, title: String
        var weight, value, share: Double
        var classes: [String: Int]
    }
    struct PredicateEntry: Encodable {
        var name: String
        var met: Bool
        var scoreCriteriaMet: Bool
        var undeclared: [String]
        var criteria: [CriterionEntry]
    }
    struct CriterionEntry: Encodable {
        var code, title, target: String
        var value, threshold: Double
        var met: Bool
        var failingAreas: [String]
        var declared: String?
    }
    struct ItemEntry: Encodable {
        var code, title, area, areaTitle, answer, bestAnswer, `class`: String
        var answered: Bool
        var value, points, potential: Double
    }
    struct PlanEntry: Encodable {
        var target: String
        var reachable: Bool
        var totalBefore, totalAfter: Double
        var steps: [String]
        var obstacles: [ObstacleEntry]
    }
    struct ObstacleEntry: Encodable {
        var requirement: String
        var value, threshold, reachable: Double
    }
    struct AssumptionEntry: Encodable { var id, note, source: String }

    /// The JSON form of `pmprb gaps --format json`.
    struct GapDocument: Encodable {
        var formatVersion = 1
        var instrument: String
        var unit: String
        var year: Int?
        var unanswered: Int
        var gaps: [ItemEntry]
        var missingAnswers: String

        init(card: ScoreCard, top: Int) {
            instrument = card.instrumentID
            unit = card.unit
            year = card.year
            unanswered = card.unansweredCount
            gaps = card.gaps.prefix(max(0, top)).map(ScoreJSON.item)
            missingAnswers = card.missingAnswers.rawValue
        }
    }

    static func round(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }

    static func item(_ item: ScoreCard.ItemScore) -> ItemEntry {
        ItemEntry(
            code: item.code, title: item.title, area: item.areaID ?? "", areaTitle: item.areaTitle, answer: item.answer.text(decimalComma: false),
            bestAnswer: item.bestAnswer.text(decimalComma: false), class: item.gapClass.rawValue, answered: item.isAnswered,
            value: round(item.value), points: round(item.points), potential: round(item.potential))
    }

    func document() -> Document {
        Document(
            instrument: Instrument(
                id: card.instrumentID, title: card.instrumentTitle, source: card.instrumentSource),
            unit: card.unit, year: card.year, total: Self.round(card.total),
            publishedTotal: card.publishedTotal, maximum: card.maximum,
            category: card.band.map { Category(grade: $0.grade, label: $0.label) },
            unanswered: card.unansweredCount, items: card.items.count,
            incomplete: card.isIncomplete,
            nodes: card.nodes.map {
                NodeEntry(
                    code: $0.code, kind: $0.kind.rawValue, title: $0.title, depth: $0.depth,
                    weight: $0.weight, value: Self.round($0.value), share: Self.round($0.share))
            },
            areas: card.areas.map { area in
                AreaEntry(
                    id: area.id, title: area.title, weight: area.weight,
                    value: Self.round(area.value), share: Self.round(area.share),
                    classes: ScoreCard.GapClass.allCases.reduce(into: [:]) {
                        $0[$1.rawValue] = card.classCounts(area: area.id)[$1] ?? 0
                    })
            },
            predicates: card.predicates.map { predicate in
                PredicateEntry(
                    name: predicate.name, met: predicate.holds,
                    scoreCriteriaMet: predicate.scoreCriteriaHold,
                    undeclared: predicate.undeclared,
                    criteria: predicate.checks.map(Self.criterion))
            },
            gaps: card.gaps.prefix(max(0, top)).map(Self.item),
            plan: plan.map { plan in
                PlanEntry(
                    target: plan.target.machineText, reachable: plan.isReachable,
                    totalBefore: Self.round(plan.totalBefore),
                    totalAfter: Self.round(plan.totalAfter), steps: plan.steps.map(\.code),
                    obstacles: plan.obstacles.map {
                        ObstacleEntry(
                            requirement: $0.requirement, value: Self.round($0.value),
                            threshold: $0.threshold, reachable: Self.round($0.reachable))
                    })
            },
            assumptions: card.assumptions.map {
                AssumptionEntry(id: $0.assumptionID ?? "", note: $0.note, source: $0.source)
            },
            warnings: card.warnings.map(\.description),
            missingAnswers: card.missingAnswers.rawValue,
            heldPredicates: card.heldPredicates.map { HeldEntry(name: $0.name, year: $0.year) })
    }

    static func criterion(_ check: ScoreCard.CriterionCheck) -> CriterionEntry {
        let target: String
        switch check.criterion.target {
        case .total: target = "total"
        case .node(let code): target = code
        case .everyArea: target = "area"
        case .predicate(let name): target = "predikat:" + name
        }
        return CriterionEntry(
            code: check.criterion.code, title: check.criterion.title, target: target,
            value: round(check.value), threshold: check.criterion.threshold, met: check.holds,
            failingAreas: check.failingAreas, declared: check.declared?.description)
    }

    func rendered() -> String {
        var document = document()
        document.index = card.index.map { Self.index($0, band: card.band) }
        return JSONText.encode(document)
    }
}

/// Deterministic JSON text: pretty-printed, keys sorted, no escaped slashes.
enum JSONText {
    static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value), let text = String(data: data, encoding: .utf8)
        else {
            preconditionFailure("report values are always encodable")
        }
        return text + "\n"
    }
}
