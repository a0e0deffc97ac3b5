import PMPRBKit

/// `--bukti bebas|wajib` of `pmprb score`: whether answers above the lowest option need
/// evidence (`docs/cli.md`, "Evidence").
enum EvidencePolicy: String, CaseIterable {
    /// Answers count as given; the report lists those without evidence.
    case bebas
    /// Answers without evidence are scored as the lowest option.
    case wajib

    /// The worksheet to score and the check the report shows.
    func apply(_ instrument: Instrument, _ worksheet: Worksheet) -> (Worksheet, EvidenceCheck) {
        let check = instrument.evidenceCheck(worksheet, required: self == .wajib)
        let scored = self == .wajib ? instrument.requiringEvidence(worksheet, as: check) : worksheet
        return (scored, check)
    }
}
