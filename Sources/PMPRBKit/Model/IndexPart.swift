/// The part of a two-part index a component belongs to (PermenPANRB 9/2023: Indeks RB = RB
/// General + RB Tematik; `docs/methodology.md`, section 11).
public enum IndexPart: String, CaseIterable, Hashable, Sendable, Codable {
    /// RB General: rescaled to 100 over the lines that apply, after the coefficient.
    case umum
    /// RB Tematik: added as it is.
    case tematik
    /// The evaluator's coefficient, added to RB General before rescaling.
    case koefisien
}
