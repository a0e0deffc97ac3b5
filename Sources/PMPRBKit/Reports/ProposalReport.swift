import PMPRBPlatform

/// The report of `pmprb usulan`: per unit, what it may be proposed for and every prerequisite
/// with its value, threshold and source (`docs/usulan.md`).
public struct ProposalReport: Sendable, Bilingual {
    /// The instansi's name.
    public var instansi: String
    /// The units' verdicts.
    public var proposals: [UnitProposal]
    /// The language of text and Markdown.
    public var language: ReportLanguage

    /// Creates a report.
    public init(instansi: String, proposals: [UnitProposal], language: ReportLanguage = .id) {
        self.instansi = instansi
        self.proposals = proposals
        self.language = language
    }

    /// Renders the report: text, Markdown or JSON (HTML as Markdown's document; CSV is not
    /// offered).
    public func rendered(_ format: ReportFormat) -> String { rendered(format: format) }

    /// The report as a document: one section per unit.
    public func document() -> ReportDocument {
        ReportDocument(
            title: pick("Kelayakan usulan Zona Integritas", "Zona Integritas proposal eligibility")
                + ": " + instansi,
            subtitle: [], alerts: [],
            sections: proposals.map(section)
                + [ReportDocument.Section(heading: pick("Catatan", "Notes"), paragraphs: notes)])
    }

    private var notes: [String] {
        [
            pick(
                "Syarat 'memberikan dampak signifikan terhadap persepsi masyarakat' (Tabel 5) "
                    + "tidak diperiksa: dinilai oleh TPN.",
                "The prerequisite 'a significant impact on public perception' (Tabel 5) is not "
                    + "checked: the TPN judges it."),
            pick(
                "ASM-51: afirmasi (PermenPANRB 5/2024 hlm. 5) dibaca sebagai pembebasan syarat "
                    + "tingkat instansi; syarat unit dan nilai LKE tetap diperiksa.",
                "ASM-51: afirmasi (PermenPANRB 5/2024 p. 5) is read as waiving the instansi "
                    + "prerequisites; the unit's own and its LKE's are still checked."),
        ]
    }

    private func verdict(_ proposal: UnitProposal) -> String {
        let level = proposal.level.rawValue
        switch proposal.outcome {
        case .wbk, .wbbm:
            return pick("DAPAT DIUSULKAN menuju \(level)", "MAY BE PROPOSED for Menuju \(level)")
        case .afirmasi:
            let type = proposal.afirmasi?.rawValue ?? ""
            return pick(
                "DAPAT DIUSULKAN menuju \(level) melalui afirmasi (\(type)); syarat instansi "
                    + "belum terpenuhi",
                "MAY BE PROPOSED for Menuju \(level) under afirmasi (\(type)); the instansi's "
                    + "prerequisites are not met")
        case .none:
            return pick("BELUM DAPAT DIUSULKAN menuju \(level)", "MAY NOT BE PROPOSED for Menuju \(level) yet")
        }
    }

    private func section(_ proposal: UnitProposal) -> ReportDocument.Section {
        let rows = (proposal.instansiChecks.map { (pick("instansi", "instansi"), $0) }
            + proposal.unitChecks.map { (pick("unit", "unit"), $0) }).map { scope, check in
                [
                    scope, title(check.requirement), value(check.value), check.threshold,
                    check.holds ? pick("ya", "yes") : pick("TIDAK", "NO"),
                    check.source,
                ]
            }
        let footer = proposal.unitChecks.filter { !$0.note.isEmpty }.map {
            pick("Syarat Tabel 6 yang belum terpenuhi: ", "Tabel 6 criteria not met: ") + $0.note
        }
        return ReportDocument.Section(
            heading: proposal.unit, paragraphs: [verdict(proposal)],
            table: ReportDocument.Table(
                columns: [
                    pick("Tingkat", "Level"), pick("Syarat", "Prerequisite"), pick("Nilai", "Value"),
                    pick("Batas", "Threshold"), pick("Terpenuhi", "Met"), pick("Sumber", "Source"),
                ],
                numeric: [2], rows: rows),
            footer: footer)
    }

    private func value(_ value: UnitProposal.Value) -> String {
        switch value {
        case .number(let number): language.number(number)
        case .percent(let number): language.number(number) + "%"
        case .text(let text): text
        case .flag(let flag): flag ? pick("ya", "yes") : pick("tidak", "no")
        case .missing: pick("(tidak diisi)", "(not given)")
        }
    }

    private func title(_ requirement: ProposalRequirement) -> String {
        switch requirement {
        case .opiniBPK: "Opini BPK"
        case .nilaiSAKIP: pick("Nilai SAKIP", "SAKIP score")
        case .indeksRB: "Indeks RB"
        case .maturitasSPIP: pick("Maturitas SPIP", "SPIP maturity")
        case .coreService: pick("Unit layanan inti", "Core service unit")
        case .tlhp: pick("Tindak lanjut hasil pengawasan", "Audit findings followed up")
        case .lhkpn: pick("Penyampaian LHKPN", "LHKPN submitted")
        case .lhkasn: pick("Penyampaian LHKASN", "LHKASN submitted")
        case .buildingZI: pick("Lama membangun ZI (tahun)", "Years building ZI")
        case .internalSAKIP: pick("Predikat SAKIP evaluasi internal", "Internal SAKIP predikat")
        case .holdsWBK: pick("Telah berpredikat Menuju WBK (sejak)", "Holds Menuju WBK (since)")
        case .lke: pick("Nilai LKE ZI memenuhi Tabel 6", "ZI LKE meets Tabel 6")
        }
    }
}

/// The JSON form of the proposal report (`docs/output-formats.md`).
struct ProposalJSON: Encodable {
    var formatVersion = 1
    var instansi: String
    var units: [UnitEntry]

    struct UnitEntry: Encodable {
        var unit, level, outcome: String
        var afirmasi: String?
        var lkeTotal: Double
        var checks: [CheckEntry]
    }
    struct CheckEntry: Encodable {
        var requirement, scope, value, threshold, source, note: String
        var met: Bool
    }

    init(instansi: String, proposals: [UnitProposal]) {
        self.instansi = instansi
        units = proposals.map { proposal in
            let entry = { (scope: String, check: UnitProposal.Check) -> CheckEntry in
                let value: String
                switch check.value {
                case .number(let number), .percent(let number):
                    value = LocaleNumber.format(number, decimalComma: false)
                case .text(let text): value = text
                case .flag(let flag): value = flag ? "ya" : "tidak"
                case .missing: value = ""
                }
                return CheckEntry(
                    requirement: check.requirement.rawValue, scope: scope, value: value,
                    threshold: check.threshold, source: check.source, note: check.note,
                    met: check.holds)
            }
            return UnitEntry(
                unit: proposal.unit, level: proposal.level.rawValue,
                outcome: proposal.outcome.rawValue, afirmasi: proposal.afirmasi?.rawValue,
                lkeTotal: proposal.lkeTotal,
                checks: proposal.instansiChecks.map { entry("instansi", $0) }
                    + proposal.unitChecks.map { entry("unit", $0) })
        }
    }
}

extension ProposalReport: SectionedReport {
    func renderedJSON() -> String {
        JSONText.encode(ProposalJSON(instansi: instansi, proposals: proposals))
    }
    /// The proposal has no CSV form; `pmprb usulan` refuses `--format csv`.
    func renderedCSV() -> String { document().renderedText() }
}
