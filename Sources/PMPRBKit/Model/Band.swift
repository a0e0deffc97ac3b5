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
    public var isInclusive: Bool
    /// For a band given instead of another when a line misses its *target baik* (A− for A),
    /// the grade of that other band; `nil` for an ordinary band.
    public var standsInFor: String?

    /// Creates a band.
    public init(
        grade: String, label: String, lowerBound: Double, provenance: Provenance,
        isInclusive: Bool = false, standsInFor: String? = nil
    ) {
        self.grade = grade
        self.label = label
        self.lowerBound = lowerBound
        self.provenance = provenance
        self.isInclusive = isInclusive
        self.standsInFor = standsInFor
    }
}
