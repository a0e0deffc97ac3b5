import Foundation

/// The report of `pmprb usulan`: per unit, what it may be proposed for and every prerequisite
/// with its value, threshold and source (`docs/usulan.md`).
public struct ProposalReport: Sendable {
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

    private func say(_ indonesian: String, _ english: String) -> String {
        language == .id ? indonesian : english
    }

    /// Renders the report: text, Markdown or JSON (HTML as Markdown's document; CSV is not
    /// offered).
    public func rendered(_ format: ReportFormat) -> String {
        switch format {
        case .json: JSONText.encode(ProposalJSON(instansi: instansi, proposals: proposals))
        case .markdown: document().renderedMarkdown()
        case .html: document().renderedHTML(language: language)
        case .text, .csv: document().renderedText()
        }
    }

    /// The report as a document: one section per unit.
    public func document() -> ReportDocument {
        ReportDocument(
            title: say("Kelayakan usulan Zona Integritas", "Zona Integritas proposal eligibility")
                + ": " + instansi,
            subtitle: [], alerts: [],
            sections: proposals.map(section)
                + [ReportDocument.Section(heading: say("Catatan", "Notes"), paragraphs: notes)])
    }

    private var notes: [String] {
        [
            say(
                "Syarat 'memberikan dampak signifikan terhadap persepsi masyarakat' (Tabel 5) "
                    + "tidak diperiksa: dinilai oleh TPN.",
                "The prerequisite 'a significant impact on public perception' (Tabel 5) is not "
                    + "checked: the TPN judges it."),
            say(
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
            return say("DAPAT DIUSULKAN menuju \(level)", "MAY BE PROPOSED for Menuju \(level)")
        case .afirmasi:
            let type = proposal.afirmasi?.rawValue ?? ""
            return say(
                "DAPAT DIUSULKAN menuju \(level) melalui afirmasi (\(type)); syarat instansi "
                    + "belum terpenuhi",
                "MAY BE PROPOSED for Menuju \(level) under afirmasi (\(type)); the instansi's "
                    + "prerequisites are not met")
        case .none:
            return say("BELUM DAPAT DIUSULKAN menuju \(level)", "MAY NOT BE PROPOSED for Menuju \(level) yet")
        }
    }

    private func section(_ proposal: UnitProposal) -> ReportDocument.Section {
        let rows = (proposal.instansiChecks.map { (say("instansi", "instansi"), $0) }
            + proposal.unitChecks.map { (say("unit", "unit"), $0) }).map { scope, check in
                [
                    scope, title(check.requirement), value(check.value), check.threshold,
                    check.holds ? say("ya", "yes") : say("TIDAK", "NO"),
                    check.source,
                ]
            }
        let footer = proposal.unitChecks.filter { !$0.note.isEmpty }.map {
            say("Syarat Tabel 6 yang belum terpenuhi: ", "Tabel 6 criteria not met: ") + $0.note
        }
        return ReportDocument.Section(
            heading: proposal.unit, paragraphs: [verdict(proposal)],
            table: ReportDocument.Table(
                columns: [
                    say("Tingkat", "Level"), say("Syarat", "Prerequisite"), say("Nilai", "Value"),
                    say("Batas", "Threshold"), say("Terpenuhi", "Met"), say("Sumber", "Source"),
                ],
                numeric: [2], rows: rows),
            footer: footer)
    }

    private func value(_ value: UnitProposal.Value) -> String {
        switch value {
        case .number(let number): language.number(number)
        case .percent(let number): language.number(number) + "%"
        case .text(let text): text
        case .flag(let flag): flag ? say("ya", "yes") : say("tidak", "no")
        case .missing: say("(tidak diisi)", "(not given)")
        }
    }

    private func title(_ requirement: ProposalRequirement) -> String {
        switch requirement {
        case .opiniBPK: "Opini BPK"
        case .nilaiSAKIP: say("Nilai SAKIP", "SAKIP score")
        case .indeksRB: "Indeks RB"
        case .maturitasSPIP: say("Maturitas SPIP", "SPIP maturity")
        case .coreService: say("Unit layanan inti", "Core service unit")
        case .tlhp: say("Tindak lanjut hasil pengawasan", "Audit findings followed up")
        case .lhkpn: say("Penyampaian LHKPN", "LHKPN submitted")
        case .lhkasn: say("Penyampaian LHKASN", "LHKASN submitted")
        case .buildingZI: say("Lama membangun ZI (tahun)", "Years building ZI")
        case .internalSAKIP: say("Predikat SAKIP evaluasi internal", "Internal SAKIP predikat")
        case .holdsWBK: say("Telah berpredikat Menuju WBK (sejak)", "Holds Menuju WBK (since)")
        case .lke: say("Nilai LKE ZI memenuhi Tabel 6", "ZI LKE meets Tabel 6")
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
