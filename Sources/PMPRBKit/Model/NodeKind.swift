/// The level of a node in an instrument's scoring tree.
///
/// The names are the regulation's own (see `docs/methodology.md`, section 2).
public enum NodeKind: String, CaseIterable, Hashable, Sendable, Codable {
    /// A component: *pengungkit* (enablers) or *hasil* (results).
    case komponen
    /// A half of a component, such as *pemenuhan* or *reform*.
    case aspek
    /// A change area, such as *Manajemen Perubahan*.
    case area
    /// A sub-indicator: its value is its weight times the mean of its items' values.
    case subindikator
    /// A scored item (*butir*) that an assessor answers.
    case butir
    /// An input row (*masukan*, the LKE's "Jumlah" rows) that feeds a percentage item.
    case masukan
}

extension NodeKind {
    /// Whether a row of this kind takes an answer in a worksheet: an item (*butir*) or an input
    /// row (*masukan*).
    public var isAnswerable: Bool { self == .butir || self == .masukan }
}
