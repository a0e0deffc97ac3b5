/// The data of a proposal for Menuju WBK/WBBM (`docs/usulan.md`): the instansi's figures and,
/// per unit, its ZI worksheet and unit prerequisites.
///
/// The only way to get one is ``init(csv:file:)`` (or ``init(parsing:file:)``), which refuses
/// inconsistent input with located errors.
public struct ProposalInput: Sendable {
    /// A path written in the file, with the position of its cell.
    public struct Reference: Hashable, Sendable {
        /// The path as written, relative to the proposal file's folder unless absolute.
        public var path: String
        /// The cell.
        public var position: SourcePosition
    }

    /// One unit proposed.
    public struct UnitRow: Hashable, Sendable {
        /// The unit's name.
        public var name: String
        /// Its ZI worksheet (`zi-2021`).
        public var lke: Reference
        /// Whether it delivers the instansi's core services.
        public var coreService: Bool
        /// Follow-up of APIP/BPK findings, in percent.
        public var tlhp: Double
        /// LHKPN submitted, in percent.
        public var lhkpn: Double
        /// LHKASN submitted, in percent.
        public var lhkasn: Double
        /// Years it has built ZI towards the predicate it is proposed for.
        public var yearsBuilding: Double
        /// The predikat of its internal SAKIP evaluation (`AA` … `D`).
        public var internalSAKIP: String
        /// The afirmasi type, for a Pemda unit that may be proposed under afirmasi.
        public var afirmasi: AfirmasiType?
        /// The year it obtained Menuju WBK, if it holds it.
        public var wbkSince: Int?
        /// The line of its row.
        public var line: Int
    }

    /// The instansi's name.
    public var instansi: String
    /// The year of the proposal, if given.
    public var year: Int?
    /// K/L or Pemda.
    public var kind: InstansiKind?
    /// Opini BPK (`WTP`, `WDP`, `TMP`, `TW`, `Tanpa opini`).
    public var opiniBPK: String?
    /// Nilai SAKIP (0-100).
    public var nilaiSAKIP: Double?
    /// Indeks RB.
    public var indeksRB: Double?
    /// Maturitas SPIP (1-5).
    public var maturitasSPIP: Double?
    /// An `rb-2023-*` worksheet the instansi figures are taken from.
    public var rbWorksheet: Reference?
    /// The units, in file order.
    public var units: [UnitRow]
    /// The file, as the user named it.
    public var file: String?
    /// The position of the value cell of each metadata key (`#indeks_rb`).
    var positions: [String: SourcePosition]
    /// The table read, for source lines in diagnostics.
    let table: CSVTable

    /// The opinions an `opini_bpk` may take.
    public static let opinions = ["WTP", "WDP", "TMP", "TW", "Tanpa opini"]
}
