import Foundation

/// How values are rounded when they are published or compared with a published threshold.
///
/// Nothing is rounded while scoring; a total is rounded to two decimals (half away from zero)
/// only where the regulation compares a published value (`docs/methodology.md`, sections 5-6).
public enum Rounding {
    /// The value rounded to two decimals, half away from zero, with a guard against binary
    /// representation error (60.005 stored as 60.00499999 rounds to 60.01).
    public static func published(_ value: Double) -> Double {
        (value * 100 + (value >= 0 ? 1e-9 : -1e-9)).rounded(.toNearestOrAwayFromZero) / 100
    }

    /// Whether two values agree within half a hundredth, the tolerance for weights that must
    /// add up. Symmetric, not transitive; never used as `==`.
    public static func agrees(_ lhs: Double, _ rhs: Double) -> Bool {
        abs(lhs - rhs) <= 0.005 + 1e-9
    }
}
