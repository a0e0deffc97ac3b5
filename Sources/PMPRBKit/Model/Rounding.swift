import PMPRBPlatform

/// How values are rounded when they are published or compared with a published threshold.
///
/// Nothing is rounded while scoring; a total is rounded to two decimals (half away from zero)
/// only where the regulation compares a published value (`docs/methodology.md`, sections 5-6).
public enum Rounding {
    /// The value rounded to two decimals, half away from zero, with a guard against binary
    /// representation error (60.005 stored as 60.00499999 rounds to 60.01).
    public static func published(_ value: Double) -> Double {
        let guarded = value * 100 + (value >= 0 ? Tolerance.threshold : -Tolerance.threshold)
        return guarded.rounded(.toNearestOrAwayFromZero) / 100
    }

    /// Whether two values agree within half a hundredth, the tolerance for weights that must
    /// add up. Symmetric, not transitive; never used as `==`.
    public static func agrees(_ lhs: Double, _ rhs: Double) -> Bool {
        abs(lhs - rhs) <= Tolerance.halfHundredth + Tolerance.threshold
    }

    /// Whether a value, as published (rounded to two decimals), meets a threshold: the one
    /// home of ASM-13, by which bands and predicate criteria are decided on published values
    /// (`docs/methodology.md`, section 6).
    static func meets(_ value: Double, threshold: Double) -> Bool {
        reaches(published(value), threshold)
    }

    /// Whether a share of a weight, as a published percentage with two decimals, meets a
    /// threshold share (ASM-13): 59,99% fails a threshold of 0,60 and 60,00% meets it.
    static func meets(share: Double, threshold: Double) -> Bool {
        reaches(published(share * 100), threshold * 100)
    }

    /// Whether an unrounded value reaches a threshold, forgiving representation error only
    /// (a line's *target baik*, a count of finished activities).
    static func reaches(_ value: Double, _ threshold: Double) -> Bool {
        value >= threshold - Tolerance.threshold
    }
}
