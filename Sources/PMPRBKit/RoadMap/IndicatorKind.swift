/// What an indicator of a road map measures, which decides how its cells are read and compared
/// (`docs/roadmap-format.md`, "Kinds").
public enum IndicatorKind: String, CaseIterable, Hashable, Sendable, Codable {
    /// A number or an index, such as Indeks RB 66,68 or IKM 83,38.
    case angka
    /// A percentage, written `85` or `85%`.
    case persen
    /// A count with the unit named in `satuan` (OPD, orang, unit).
    case jumlah
    /// A category (predikat): a letter such as SAKIP `BB`, or a word such as `WTP`.
    case predikat
    /// A maturity or capability level, written `3` or `Level 3`.
    case level
    /// A count of documents or activities (Perbup, laporan, kegiatan).
    case dokumen
}

/// Which way an indicator should move.
public enum Direction: String, CaseIterable, Hashable, Sendable, Codable {
    /// Higher is better (most indices).
    case naik
    /// Lower is better (a ranking, an infant mortality rate).
    case turun
}
