/// The tolerances of comparisons between computed numbers, each named once.
///
/// Scores are sums and products of decimal weights stored as binary `Double`s, so a total the
/// regulation gives as exactly 60 may be computed as 59.999999999. These tolerances absorb that
/// error and nothing more: they are far below the hundredth to which values are published
/// (`docs/methodology.md`, sections 5-6).
enum Tolerance {
    /// What a comparison with a threshold, a target or a rounding step forgives: 1e-9.
    static let threshold = 1e-9
    /// Below which two computed point values or shares are the same (orderings, gap classes):
    /// 1e-12.
    static let points = 1e-12
    /// Within which two values agree where values are published with two decimals (weights
    /// that must add up, a workbook's cached results against the scoring's own): 0.005, half
    /// a hundredth. Comparisons with it also forgive ``threshold``.
    static let halfHundredth = 0.005
}
