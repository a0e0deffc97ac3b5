/// What a unit may be proposed for, with every prerequisite checked (`docs/usulan.md`).
public struct UnitProposal: Hashable, Sendable {
    /// The verdict.
    public enum Outcome: String, Hashable, Sendable, Codable {
        /// It may be proposed for Menuju WBK.
        case wbk
        /// It may be proposed for Menuju WBBM.
        case wbbm
        /// It may be proposed under afirmasi although the instansi misses a prerequisite.
        case afirmasi
        /// It may not be proposed yet.
        case none
    }

    /// A value as checked.
    public enum Value: Hashable, Sendable {
        /// A number, shown with two decimals.
        case number(Double)
        /// A percentage, from 0 to 100.
        case percent(Double)
        /// Text, such as `WTP`.
        case text(String)
        /// Yes or no.
        case flag(Bool)
        /// Not given.
        case missing
    }

    /// One prerequisite checked.
    public struct Check: Hashable, Sendable {
        /// The prerequisite.
        public var requirement: ProposalRequirement
        /// The value of the instansi or the unit.
        public var value: Value
        /// The threshold: the value needed, with its comparison (`> 60`, `WTP`, `ya`).
        public var threshold: String
        /// Whether it holds.
        public var holds: Bool
        /// Where it comes from.
        public var source: String
        /// A note, e.g. the LKE's failing criteria.
        public var note: String = ""
    }

    /// The unit.
    public var unit: String
    /// The predicate checked: WBBM for a unit that holds Menuju WBK, WBK otherwise.
    public var level: ProposalLevel
    /// The verdict.
    public var outcome: Outcome
    /// The instansi's prerequisites for that predicate.
    public var instansiChecks: [Check]
    /// The unit's prerequisites, its LKE's Tabel 6 checks last.
    public var unitChecks: [Check]
    /// The afirmasi type, if the unit has one.
    public var afirmasi: AfirmasiType?
    /// The LKE total, as published.
    public var lkeTotal: Double

    /// Whether every instansi prerequisite holds.
    public var instansiHolds: Bool { instansiChecks.allSatisfy(\.holds) }
    /// Whether every unit prerequisite holds.
    public var unitHolds: Bool { unitChecks.allSatisfy(\.holds) }
}
