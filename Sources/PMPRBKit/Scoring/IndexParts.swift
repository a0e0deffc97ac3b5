/// The parts of a two-part index such as Indeks RB under PermenPANRB 9/2023: RB General per
/// component, the coefficient, the weight that applies, the adjusted General, RB Tematik, the
/// index, and the lines that miss their target (`docs/methodology.md`, section 11).
///
/// Values are unrounded; reports round them when they show them.
public struct IndexParts: Hashable, Sendable {
    /// One component of a part, with the weight of its lines that apply.
    public struct Part: Hashable, Sendable {
        /// The component's code, e.g. `B`.
        public var code: String
        /// The component's summary.
        public var title: String
        /// The component's weight.
        public var weight: Double
        /// The weight of its lines that apply (its weight less that of lines marked `TB`).
        public var applicableWeight: Double
        /// Its points, before rescaling.
        public var value: Double
    }

    /// A line below its *target baik*.
    public struct TargetMiss: Hashable, Sendable {
        /// The line's code.
        public var code: String
        /// The line's summary.
        public var title: String
        /// The line's value on its own scale, or `nil` when unanswered.
        public var value: Double?
        /// The target, on the same scale.
        public var target: Double
    }

    /// The components of RB General, in order.
    public var general: [Part]
    /// RB General before the coefficient and rescaling: the sum of its components' points.
    public var generalTotal: Double
    /// The evaluator's coefficient, from −10 to +10 (0 when not given).
    public var coefficient: Double
    /// The weight of the RB General lines that apply (100 when every line applies).
    public var applicableWeight: Double
    /// `(generalTotal + coefficient) / applicableWeight × 100`, kept within 0...100
    /// (`docs/methodology.md`, ASM-48).
    public var adjustedGeneral: Double
    /// The components of RB Tematik, in order.
    public var thematic: [Part]
    /// RB Tematik: the sum of its components' points.
    public var thematicTotal: Double
    /// The index: adjusted General plus Tematik.
    public var index: Double
    /// The largest index: 100 plus the weight of RB Tematik.
    public var maximum: Double
    /// The codes of the lines marked not applicable, in order.
    public var notApplicable: [String]
    /// The lines below their target, in order.
    public var missedTargets: [TargetMiss]
    /// The grades that a band stands in for when a line misses its target (`A`).
    public var gradesWithTargets: [String] = []
    /// A band whose uncertain lower bound the index equals, as published (AA at exactly 100).
    public var uncertainBoundary: Band?

    /// The factor that turns RB General points into index points: `100 / applicableWeight`.
    public var generalScale: Double { applicableWeight > 0 ? 100 / applicableWeight : 0 }
}
