/// Where a number or rule comes from, and whether it is the regulation's or an assumption.
public struct Provenance: Hashable, Sendable, Codable {
    /// The source, e.g. `PermenPANRB 90/2021 Lamp. III hlm. 66`.
    public var source: String
    /// `true` when the value was decided by this project rather than stated by the source.
    public var isAssumption: Bool
    /// A note; for an assumption it says what was assumed and why, starting with its id
    /// (`ASM-3: …`).
    public var note: String

    /// Creates a provenance record.
    public init(source: String, isAssumption: Bool = false, note: String = "") {
        self.source = source
        self.isAssumption = isAssumption
        self.note = note
    }

    /// The assumption id at the start of the note (`ASM-3`), if any.
    public var assumptionID: String? {
        guard isAssumption else { return nil }
        let head = note.prefix { $0 != ":" }
        return head.hasPrefix("ASM-") ? String(head) : nil
    }
}
