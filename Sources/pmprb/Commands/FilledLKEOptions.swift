import PMPRBPlatform
import PMPRBKit

/// The options of `pmprb score --format html --lke`: the filled worksheet for printing and
/// filing, with its signature block (`docs/cli.md`, "The printable filled LKE").
struct FilledLKEOptions {
    static let specs: [OptionSpec] = [.lke, .tempat, .tanggal, .jabatan, .nama]

    var isEnabled: Bool
    var signature: FilledLKE.Signature

    init(_ arguments: ParsedArguments, format: ReportFormat) throws(UsageError) {
        isEnabled = arguments.flag("--lke")
        signature = FilledLKE.Signature(
            place: arguments.value("--tempat") ?? "", date: arguments.value("--tanggal") ?? "",
            role: arguments.value("--jabatan") ?? "", name: arguments.value("--nama") ?? "")
        if isEnabled && format != .html {
            throw UsageError(.optionsGoWith(["--lke"], "--format html"))
        }
        if !isEnabled && signature != FilledLKE.Signature() {
            throw UsageError(
                .optionsGoWith(["--tempat", "--tanggal", "--jabatan", "--nama"], "--lke"))
        }
    }

    /// The printable worksheet, dated today.
    func rendered(
        _ instrument: Instrument, _ worksheet: Worksheet, _ card: ScoreCard,
        evidence: EvidenceCheck, language: ReportLanguage
    ) -> String {
        let today = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: Date())
        let printDate = FilledLKE.dateText(
            year: today.year ?? 2000, month: today.month ?? 1, day: today.day ?? 1,
            language: language)
        var lke = FilledLKE(
            instrument: instrument, worksheet: worksheet, card: card, printDate: printDate,
            signature: signature, language: language)
        lke.evidence = evidence
        return lke.rendered()
    }
}
