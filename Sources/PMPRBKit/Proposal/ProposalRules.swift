/// The kind of instansi, which sets the Indeks RB a unit's proposal needs.
public enum InstansiKind: String, CaseIterable, Hashable, Sendable, Codable {
    /// A kementerian or lembaga.
    case kl
    /// A pemerintah daerah (provinsi, kabupaten or kota).
    case pemda
}

/// The predicate a unit is proposed for.
public enum ProposalLevel: String, CaseIterable, Hashable, Sendable, Codable {
    /// Menuju Wilayah Bebas dari Korupsi.
    case wbk = "WBK"
    /// Menuju Wilayah Birokrasi Bersih dan Melayani.
    case wbbm = "WBBM"
}

/// The Pemda units that may be proposed while the instansi still works on its prerequisites
/// (PermenPANRB 5/2024 Lamp. II Bab II.A, hlm. 5).
public enum AfirmasiType: String, CaseIterable, Hashable, Sendable, Codable {
    /// Rumah sakit umum daerah.
    case rsud
    /// Dinas kependudukan dan catatan sipil.
    case disdukcapil
    /// Sistem administrasi manunggal satu atap.
    case samsat
    /// Pelayanan terpadu satu pintu.
    case ptsp
    /// Pelayanan pendidikan.
    case pendidikan
    /// Pelayanan ketenagakerjaan.
    case ketenagakerjaan
}

/// One prerequisite of a proposal, with its source (`docs/usulan.md`).
public enum ProposalRequirement: String, CaseIterable, Hashable, Sendable, Codable {
    /// The instansi's Opini BPK: WTP.
    case opiniBPK = "opini_bpk"
    /// The instansi's Nilai SAKIP: above 60 (WBK) or 70 (WBBM).
    case nilaiSAKIP = "nilai_sakip"
    /// The instansi's Indeks RB: above 50/60 (Pemda) or 60/70 (K/L).
    case indeksRB = "indeks_rb"
    /// The instansi's Maturitas SPIP: at least 3.
    case maturitasSPIP = "maturitas_spip"
    /// The unit delivers the instansi's core services.
    case coreService = "layanan_inti"
    /// Follow-up of APIP/BPK findings: 100%.
    case tlhp
    /// LHKPN submitted: 100%.
    case lhkpn
    /// LHKASN submitted: 100%.
    case lhkasn
    /// Years building ZI towards the predicate: at least 1.
    case buildingZI = "tahun_zi"
    /// The unit's internal SAKIP predikat: at least B (WBK) or BB (WBBM).
    case internalSAKIP = "sakip_internal"
    /// For WBBM, the unit holds Menuju WBK.
    case holdsWBK = "wbk_sejak"
    /// The unit's ZI worksheet meets the predicate's Tabel 6 criteria.
    case lke

    static let tabel5 = "PermenPANRB 5/2024 Lamp. II Tabel 5 hlm. 4"
    static let tabel6 = "PermenPANRB 90/2021 Lamp. II Tabel 6 hlm. 58"

    /// Whether the prerequisite is the instansi's rather than the unit's.
    public var isInstansi: Bool {
        [.opiniBPK, .nilaiSAKIP, .indeksRB, .maturitasSPIP].contains(self)
    }

    /// The regulation the prerequisite comes from.
    public var source: String {
        switch self {
        case .nilaiSAKIP:
            Self.tabel5 + "; B/BB = > 60/> 70 (Portal RB)"
        case .indeksRB:
            Self.tabel5 + "; CC/B/BB = > 50/> 60/> 70"
        case .holdsWBK, .lke: Self.tabel6
        default: Self.tabel5
        }
    }

    /// The lower bound of a numeric prerequisite, and whether it is exclusive (`> 60`).
    func bound(_ level: ProposalLevel, kind: InstansiKind?) -> (value: Double, exclusive: Bool)? {
        let wbbm = level == .wbbm
        switch self {
        case .nilaiSAKIP: return (wbbm ? 70 : 60, true)
        case .indeksRB:
            switch kind {
            case .kl?: return (wbbm ? 70 : 60, true)
            case .pemda?, nil: return (wbbm ? 60 : 50, true)
            }
        case .maturitasSPIP: return (3, false)
        case .tlhp, .lhkpn, .lhkasn: return (100, false)
        case .buildingZI: return (1, false)
        default: return nil
        }
    }

    /// The lowest predikat of the unit's internal SAKIP evaluation.
    static func internalSAKIPGrade(_ level: ProposalLevel) -> String {
        level == .wbbm ? "BB" : "B"
    }
}

/// The SAKIP predicates, best first.
enum SAKIPGrade {
    static let order = ["AA", "A", "BB", "B", "CC", "C", "D"]

    /// Whether `grade` is at least `minimum`.
    static func isAtLeast(_ grade: String, _ minimum: String) -> Bool {
        guard let rank = order.firstIndex(of: grade), let bound = order.firstIndex(of: minimum)
        else { return false }
        return rank <= bound
    }
}
