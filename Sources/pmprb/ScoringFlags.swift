import PMPRBKit

/// `--kosong` and `--predikat`: how unanswered items count, and which predicate the unit
/// already holds (`docs/cli.md`).
struct ScoringFlags {
    static let specs: [OptionSpec] = [.kosong, .predikat]

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
