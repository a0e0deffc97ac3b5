import PMPRBPlatform

/// What it takes to reach a target: the items to bring to their best answer, the largest gains
/// first, and what no answer in the pengungkit can reach.
public struct ImprovementPlan: Hashable, Sendable {
    /// A target for a plan.
    public enum Target: Hashable, Sendable, CustomStringConvertible {
        /// A total of at least this many points (as published, two decimals).
        case total(Double)
        /// The band with this grade, e.g. `BB`.
        case band(String)
        /// The predicate with this name, e.g. `WBK`.
        case predicate(String)

        /// Reads `80`, `80,5`, `BB`, `A-` or `WBK` against an instrument's bands and predicates.
        public init?(parsing text: String, instrument: Instrument) {
            let trimmed = text.trimmed
            if let number = LocaleNumber.parse(trimmed), !number.isPercent {
                self = .total(number.value)
            } else if let band = (instrument.bands + instrument.targetBands).first(where: {
                $0.grade.equalsIgnoringCase(trimmed)
            }) {
                self = .band(band.grade)
            } else if let name = instrument.predicates.first(where: {
                $0.equalsIgnoringCase(trimmed)
            }) {
                self = .predicate(name)
            } else {
                return nil
            }
        }

        /// The target for machine formats: `80.00`, `BB`, `WBK`.
        public var machineText: String {
            if case .total(let value) = self {
                return LocaleNumber.format(value, decimalComma: false)
            }
            return description
        }

        /// The target as a person reads it: `80,00`, `BB`, `WBK`.
        public var description: String {
            switch self {
            case .total(let value): LocaleNumber.format(value)
            case .band(let grade): grade
            case .predicate(let name): name
            }
        }
    }

    /// A requirement that answers in the pengungkit cannot meet.
    public struct Obstacle: Hashable, Sendable {
        /// What is required, e.g. the criterion's description.
        public var requirement: String
        /// The value now.
        public var value: Double
        /// The value required.
        public var threshold: Double
        /// The value if every improvable item were at its best.
        public var reachable: Double
        /// Whether the values are shares of a weight (0...1) rather than points.
        public var isShare: Bool
    }

    /// The target.
    public var target: Target
    /// The items to bring to their best answer, in the order chosen.
    public var steps: [ScoreCard.ItemScore]
    /// The total now.
    public var totalBefore: Double
    /// The total after the steps.
    public var totalAfter: Double
    /// What the steps cannot reach; empty when the target is reachable.
    public var obstacles: [Obstacle]
    /// For a band that another stands in for when a line misses its *target baik* (A, with
    /// A− in its place), that band's grade; `nil` otherwise.
    public var targetGrade: String? = nil
    /// The lines below their target that the band needs raised, in order.
    public var missedTargets: [IndexParts.TargetMiss] = []
    /// Whether the target is already met.
    public var isAlreadyMet: Bool { steps.isEmpty && obstacles.isEmpty && missedTargets.isEmpty }
    /// Whether the steps reach the target.
    public var isReachable: Bool { obstacles.isEmpty }
}
