/// How an instrument combines a regional government's own result with its Perangkat Daerah's
/// (OPD) into one value, as `pmprb aggregate` does; declared by a `gabungan` row of the
/// instrument file (`docs/instrument-format.md`).
///
/// An instrument without one cannot be aggregated: a Zona Integritas worksheet assesses one
/// unit, and no regulation makes a regency's value out of its units' ZI values.
public struct Combination: Hashable, Sendable {
    /// The row's code, e.g. `PEMDA-OPD`.
    public var code: String
    /// A short Indonesian description.
    public var title: String
    /// The weight of the Pemda's own result, from 0 to 1; the OPD half weighs the rest.
    public var pemdaWeight: Double
    /// Where the rule comes from.
    public var provenance: Provenance
}
