/// One criterion of a predicate, such as "WBK: pengungkit at least 40".
public struct Criterion: Hashable, Sendable {
    /// What a criterion checks.
    public enum Target: Hashable, Sendable {
        /// The total.
        case total
        /// The value of the node with this code.
        case node(String)
        /// Every area, as a share of its weight.
        case everyArea
        /// That the unit meets another predicate.
        case predicate(String)
    }

    /// The predicate, e.g. `WBK`.
    public var predicate: String
    /// The criterion's code, e.g. `WBK.3`.
    public var code: String
    /// A short Indonesian description.
    public var title: String
    /// What is checked.
    public var target: Target
    /// The threshold: points, or a share from 0 to 1 for ``Target/everyArea``.
    public var threshold: Double
    /// Where the criterion comes from.
    public var provenance: Provenance
    /// The line of the criterion in the instrument file.
    public var line: Int = 0
}
