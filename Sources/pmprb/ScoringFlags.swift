import PMPRBKit

/// `--kosong` and `--predikat`: how unanswered items count, and which predicate the unit
/// already holds (`docs/cli.md`).
struct ScoringFlags {
    static let options = [
        OptionSpec(
            names: ["--kosong"], valueName: "policy",
            help: HelpText(
                id: "Cara menghitung butir kosong: 0 (nilai batas bawah), atau dikeluarkan dari "
                    + "rata-rata sub-indikatornya seperti lembar kerja KemenPAN-RB 2015. (nilai: "
                    + "nol, abaikan; bawaan: nol)",
                en: "How unanswered items count: 0 (a lower bound), or left out of their "
                    + "sub-indicator's mean as KemenPAN-RB's 2015 workbook does. (values: nol, "
                    + "abaikan; default: nol)")),
        OptionSpec(
            names: ["--predikat"], valueName: "predicate",
            help: HelpText(
                id: "Predikat yang sudah diraih unit, mis. WBK:2025 (WBBM mensyaratkan Menuju "
                    + "WBK); ditambahkan ke baris #predikat lembar kerja.",
                en: "A predicate the unit already holds, e.g. WBK:2025 (WBBM requires Menuju "
                    + "WBK); adds to the worksheet's #predikat row.")),
    ]

    var missingAnswers: MissingAnswers
    var held: String?

    init(_ arguments: ParsedArguments) throws(UsageError) {
        missingAnswers = try arguments.choice("--kosong", default: .zero)
        held = arguments.value("--predikat")
    }

    /// The scoring options for an instrument.
    func options(for instrument: Instrument) throws(UsageError) -> ScoringOptions {
        var options = ScoringOptions(missingAnswers: missingAnswers)
        guard let held else { return options }
        switch HeldPredicate.parse(held, predicates: instrument.predicates) {
        case .success(let predicates): options.heldPredicates = predicates
        case .failure(let failure):
            throw UsageError(.optionDeclaration("--predikat", reason: failure.worksheetMessage))
        }
        return options
    }
}
