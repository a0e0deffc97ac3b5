/// The values the formulas of a workbook template compute for a worksheet, taken from the
/// scoring itself: they are written as the cached results of the formulas, and they are what a
/// filled workbook's cached results are audited against.
struct SheetValues: Sendable {
    /// A formula's result: a number, or text (empty for an unanswered item).
    enum Value: Hashable, Sendable {
        case number(Double)
        case text(String)
    }

    /// The `Nilai` of each node, in the order of the instrument's nodes (`nil` for input rows).
    var points: [Value?]
    /// The `%` of each node.
    var shares: [Value?]
    /// The total.
    var total: Double
    /// The category as the sheet shows it, or empty.
    var category: String
    /// The value and the verdict of each criterion, in the instrument's order.
    var criteria: [(value: Double, holds: Bool)]
    /// Whether each predicate holds, in the instrument's order.
    var predicates: [Bool]
    /// The value, weight and share of each area group.
    var areas: [(value: Double, weight: Double, share: Double)]
    /// The parts of a two-part index in the order of ``IndexPartRow``; empty for others.
    var indexParts: [Double]

    /// Computes the values of a worksheet of an instrument.
    init(instrument: Instrument, worksheet: Worksheet) {
        let tally = instrument.tally(worksheet)
        let card = instrument.score(worksheet)
        points = instrument.nodes.indices.map { offset -> Value? in
            let node = instrument.nodes[offset]
            switch node.kind {
            case .masukan: return nil
            case .butir:
                return .number((tally.itemValue[offset] ?? 0) * instrument.pointsPerUnit(of: offset, tally: tally))
            default: return .number(tally.value[offset])
            }
        }
        shares = instrument.nodes.indices.map { offset -> Value? in
            let node = instrument.nodes[offset]
            switch node.kind {
            case .masukan: return nil
            case .butir: return tally.itemValue[offset].map(Value.number) ?? .text("")
            default:
                guard let weight = node.weight else { return nil }
                return weight > 0 ? .number(tally.value[offset] / weight) : .text("")
            }
        }
        total = tally.total
        indexParts = tally.index.map { index in
            IndexPartRow.allCases.map { part -> Double in
                switch part {
                case .general: index.generalTotal
                case .coefficient: index.coefficient
                case .applicable: index.applicableWeight
                case .adjusted: index.adjustedGeneral
                case .thematic: index.thematicTotal
                case .missedTargets: Double(index.missedTargets.count)
                }
            }
        } ?? []
        category = card.band.map { $0.grade + " (" + $0.label + ")" } ?? ""
        areas = instrument.areaGroupList.map { group in
            let value = group.nodes.map { tally.value[$0] }.reduce(0, +)
            let weight = group.nodes.compactMap { instrument.nodes[$0].weight }.reduce(0, +)
            return (value, weight, weight > 0 ? value / weight : 0)
        }
        let checks = card.predicates.flatMap(\.checks)
        let lowestArea = areas.map(\.share).min() ?? 0
        criteria = instrument.criteria.map { criterion in
            let check = checks.first { $0.criterion.code == criterion.code }
            let value: Double
            switch criterion.target {
            case .total: value = tally.total
            case .node(let code): value = instrument.index(of: code).map { tally.value[$0] } ?? 0
            case .everyArea: value = lowestArea
            case .predicate: value = check?.holds == true ? 1 : 0
            }
            return (value, check?.holds ?? false)
        }
        predicates = instrument.predicates.map { name in
            card.predicates.first { $0.name == name }?.holds ?? false
        }
    }
}
