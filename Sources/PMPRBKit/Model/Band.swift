/// A category band of the total, such as `BB` for a total above 70 up to 80.
public struct Band: Hashable, Sendable {
    /// The grade, e.g. `BB`.
    public var grade: String
    /// The Indonesian label, e.g. `Sangat Baik`.
    public var label: String
    /// The lower bound. A total must be greater than it, except in the lowest band, which
    /// includes it.
    public var lowerBound: Double
    /// Where the band comes from.
    public var provenance: Provenance
    /// Whether a total equal to the lower bound is in the band (an `ambang` written `>=100`).
    public var isInclusive: Bool = false
    /// For a band given instead of another when a line misses its *target baik* (A− for A),
    /// the grade of that other band; `nil` for an ordinary band.
    public var standsInFor: String?
}

extension Band {
    /// The band a value falls in: the one home of the band rule (decision 0005).
    ///
    /// The value is rounded to two decimals as published (ASM-13), then falls in the first
    /// band, highest bound first, whose lower bound it exceeds, or equals when that band is
    /// inclusive; the lowest band also includes its own bound.
    ///
    /// - Parameters:
    ///   - value: The unrounded value.
    ///   - bands: Each band's lower bound and whether it includes it, highest first.
    /// - Returns: The position of the band in `bands`, or `nil` below the lowest bound.
    static func index(of value: Double, in bands: [(lowerBound: Double, isInclusive: Bool)])
        -> Int?
    {
        let published = Rounding.published(value)
        return bands.indices.first { offset in
            let (bound, inclusive) = bands[offset]
            return published > bound
                || ((inclusive || offset == bands.count - 1) && published >= bound)
        }
    }

    /// Whether the band includes its lower bound: a `>=` band, or the lowest band
    /// (decision 0005).
    func includesLowerBound(isLowest: Bool) -> Bool { isInclusive || isLowest }

    /// The lowest published value in the band: its lower bound when the band includes it, else
    /// one hundredth above it.
    func lowestPublished(isLowest: Bool) -> Double {
        includesLowerBound(isLowest: isLowest) ? lowerBound : lowerBound + 0.01
    }
}
