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

    /// Creates a band.
    public init(grade: String, label: String, lowerBound: Double, provenance: Provenance) {
        self.grade = grade
        self.label = label
        self.lowerBound = lowerBound
        self.provenance = provenance
    }
}
