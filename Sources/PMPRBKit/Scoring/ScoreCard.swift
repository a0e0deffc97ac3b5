/// The result of scoring a worksheet: every node's value, the areas, the total and its band,
/// the predicate checks and every item with what it would gain at its best answer.
///
/// Values are unrounded; reports round them to two decimals when they show them.
public struct ScoreCard: Hashable, Sendable {
    /// The value of one node of the tree.
    public struct NodeScore: Hashable, Sendable {
        /// The node's code.
        public var code: String
        /// The node's level.
        public var kind: NodeKind
        /// The node's summary.
        public var title: String
        /// The node's weight.
        public var weight: Double
        /// The node's value, from 0 to its weight.
        public var value: Double
        /// The depth in the tree; components are 0.
        public var depth: Int
        /// The value as a share of the weight, from 0 to 1.
        public var share: Double { weight > 0 ? value / weight : 0 }
    }

    /// An area, summed over the aspects it appears in (pemenuhan and reform).
    public struct AreaScore: Hashable, Sendable {
        /// The area id, e.g. `MP`.
        public var id: String
        /// The area's name.
        public var title: String
        /// The area's weight.
        public var weight: Double
        /// The area's value.
        public var value: Double
        /// The value as a share of the weight.
        public var share: Double { weight > 0 ? value / weight : 0 }
    }

    /// How an item stands, in the classes of KemenPAN-RB's evaluation reports.
    public enum GapClass: String, CaseIterable, Hashable, Sendable, Codable {
        /// At its best answer.
        case dipertahankan
        /// Partly met.
        case ditingkatkan
        /// Not met, or unanswered.
        case diperbaiki

        /// The class of a value against the best value it can take: at the best (within
        /// ``Tolerance/points``), above nothing, or nothing.
        init(value: Double, best: Double) {
            if value >= best - Tolerance.points {
                self = .dipertahankan
            } else {
                self = value > Tolerance.points ? .ditingkatkan : .diperbaiki
            }
        }
    }

    /// One scored item.
    public struct ItemScore: Hashable, Sendable {
        /// The item's code.
        public var code: String
        /// The item's summary.
        public var title: String
        /// The id of the area it belongs to, or `nil` for a result (hasil) indicator.
        public var areaID: String?
        /// The name of that area, or of its component for a result indicator.
        public var areaTitle: String
        /// The answer: the option, the number, or the computed percentage.
        public var answer: ShownAnswer
        /// Whether the item has an answer (for a percentage item: all its inputs).
        public var isAnswered: Bool
        /// The converted value, from 0 to 1 (0 when unanswered).
        public var value: Double
        /// The best possible value.
        public var bestValue: Double
        /// The answer that gives the best value.
        public var bestAnswer: ShownAnswer
        /// The points the item contributes to the total now.
        public var points: Double
        /// The points its best answer would add.
        public var potential: Double
        /// How the item stands.
        public var gapClass: GapClass
        /// Whether an assessor can improve it by work in the pengungkit (it lies in an area).
        public var isImprovable: Bool { areaID != nil }
    }

    /// The check of one criterion of a predicate.
    public struct CriterionCheck: Hashable, Sendable {
        /// The criterion checked.
        public var criterion: Criterion
        /// The value compared: points, or a share for an area criterion (the lowest area).
        public var value: Double
        /// Whether the criterion holds.
        public var holds: Bool
        /// For an area criterion, the areas below the threshold.
        public var failingAreas: [String]
        /// For a criterion that the unit holds another predicate: the declaration that it
        /// does, or `nil` when none was made.
        public var declared: HeldPredicate? = nil

        /// Whether the criterion is checked against the answers' values rather than against
        /// a declared predicate.
        public var isScoreCriterion: Bool {
            if case .predicate = criterion.target { return false }
            return true
        }
    }

    /// The check of a predicate such as WBK.
    public struct PredicateCheck: Hashable, Sendable {
        /// The predicate, e.g. `WBK`.
        public var name: String
        /// Every criterion's check, in the instrument's order.
        public var checks: [CriterionCheck]
        /// Whether every criterion holds.
        public var holds: Bool { checks.allSatisfy(\.holds) }
        /// Whether every criterion checked against the values holds.
        public var scoreCriteriaHold: Bool {
            checks.filter(\.isScoreCriterion).allSatisfy(\.holds)
        }
        /// The predicates the unit must already hold that were not declared (`WBK` for WBBM).
        public var undeclared: [String] {
            checks.compactMap { check in
                guard !check.holds, case .predicate(let name) = check.criterion.target else {
                    return nil
                }
                return name
            }
        }
        /// Whether the values meet every criterion and only a declaration is missing.
        public var awaitsDeclaration: Bool { !holds && scoreCriteriaHold }
    }

    /// The instrument's id.
    public var instrumentID: String
    /// The instrument's name.
    public var instrumentTitle: String
    /// The regulation the instrument encodes.
    public var instrumentSource: String
    /// The unit assessed.
    public var unit: String
    /// The year assessed.
    public var year: Int?
    /// Every weighted node, in pre-order.
    public var nodes: [NodeScore]
    /// The areas, in order.
    public var areas: [AreaScore]
    /// The total, unrounded.
    public var total: Double
    /// The declared maximum of the total.
    public var maximum: Double
    /// The band of the total, decided on the total rounded to two decimals.
    public var band: Band?
    /// The predicate checks, in order (`WBK`, then `WBBM`).
    public var predicates: [PredicateCheck]
    /// Every scored item, in the instrument's order.
    public var items: [ItemScore]
    /// The assumptions of the instrument that this score depends on.
    public var assumptions: [Provenance]
    /// Problems found while reading the worksheet that did not stop scoring.
    public var warnings: [Diagnostic]
    /// The parts of a two-part index (Indeks RB since 2023), or `nil` for other instruments.
    public var index: IndexParts? = nil
    /// How unanswered items were counted.
    public var missingAnswers: MissingAnswers = .zero
    /// The predicates the unit was declared to hold (its `#predikat` row and `--predikat`).
    public var heldPredicates: [HeldPredicate] = []

    /// Whether a predicate of the instrument needs the unit to hold another one already, so
    /// that reports say which the unit was declared to hold.
    public var asksForHeldPredicates: Bool {
        predicates.contains { $0.checks.contains { !$0.isScoreCriterion } }
    }

    /// The number of scored items with no answer.
    public var unansweredCount: Int { items.filter { !$0.isAnswered }.count }

    /// Whether some item is unanswered, so that the total is a lower bound.
    public var isIncomplete: Bool { unansweredCount > 0 }

    /// The total as published: rounded to two decimals.
    public var publishedTotal: Double { Rounding.published(total) }

    /// The score of a node by code.
    public func node(_ code: String) -> NodeScore? { nodes.first { $0.code == code } }

    /// The items below their best answer, the largest potential first (ties by instrument
    /// order).
    public var gaps: [ItemScore] {
        // The offsets are sorted, not the items: an item's place is its offset, since an
        // instrument's codes are unique, and no dictionary of codes is made.
        let offsets = items.indices.filter { items[$0].potential > Tolerance.points }.sorted {
            let (left, right) = (items[$0].potential, items[$1].potential)
            if abs(left - right) > Tolerance.points { return left > right }
            return $0 < $1
        }
        return offsets.map { items[$0] }
    }

    /// How many items of each class an area (or `nil`, the result indicators) has.
    public func classCounts(area: String?) -> [GapClass: Int] {
        // Counted by offset into three counters: no item is copied and the dictionary is made
        // once, with the classes counted at least once.
        var dipertahankan = 0
        var ditingkatkan = 0
        var diperbaiki = 0
        for offset in items.indices where items[offset].areaID == area {
            switch items[offset].gapClass {
            case .dipertahankan: dipertahankan += 1
            case .ditingkatkan: ditingkatkan += 1
            case .diperbaiki: diperbaiki += 1
            }
        }
        var counts = [GapClass: Int](minimumCapacity: 3)
        if dipertahankan > 0 { counts[.dipertahankan] = dipertahankan }
        if ditingkatkan > 0 { counts[.ditingkatkan] = ditingkatkan }
        if diperbaiki > 0 { counts[.diperbaiki] = diperbaiki }
        return counts
    }
}
