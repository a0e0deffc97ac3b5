import PMPRBKit

/// `--bukti bebas|wajib` of `pmprb score`: whether answers above the lowest option need
/// evidence (`docs/cli.md`, "Evidence").
enum EvidencePolicy: String, CaseIterable {
    /// Answers count as given; the report lists those without evidence.
    case bebas
    /// Answers without evidence are scored as the lowest option.
    case wajib

    /// The worksheet to score, the check the report shows, and that worksheet's card as
    /// `score(_:)` with the default options gives it.
    func apply(_ instrument: Instrument, _ worksheet: Worksheet) -> (
        worksheet: Worksheet, check: EvidenceCheck, card: ScoreCard
    ) {
        guard self == .wajib else {
            // Only the card as answered is reported: the other worksheet is tallied alone.
            let answered = instrument.answeredEvidenceCheck(worksheet)
            return (worksheet, answered.check, answered.asAnswered)
        }
        let scored = instrument.scoredEvidenceCheck(worksheet, required: true)
        return (
            instrument.requiringEvidence(worksheet, as: scored.check), scored.check,
            scored.evidenceRequired
        )
    }
}
