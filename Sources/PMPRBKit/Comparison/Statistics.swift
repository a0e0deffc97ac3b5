/// The summary statistics of a list of values.
public struct Statistics: Hashable, Sendable {
    /// How many values there are.
    public var count: Int
    /// The arithmetic mean.
    public var mean: Double
    /// The median: the middle value, or the mean of the two middle values.
    public var median: Double
    /// The smallest value.
    public var minimum: Double
    /// The largest value.
    public var maximum: Double

    /// The statistics of some values, or `nil` when there are none.
    ///
    /// - Complexity: O(n log n) for the median.
    public init?(_ values: [Double]) {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        count = values.count
        mean = values.reduce(0, +) / Double(values.count)
        let middle = sorted.count / 2
        median = sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
        minimum = sorted[0]
        maximum = sorted[sorted.count - 1]
    }
}
