/// What each answer of an item means: the criterion of every option, as the regulation's
/// *Penjelasan* column states it.
///
/// For a choice (`A/B/C`, `Ya/Tidak`, an audit opinion) there is one criterion per option,
/// in the answer type's option order. For a number (a percentage computed from input rows, a
/// survey score) there are no options; the guide then says how the number is obtained.
/// It is read from the `penjelasan` column of an instrument file
/// (`docs/instrument-format.md`, "Criteria of answer options") and is never used for scoring.
public struct AnswerGuide: Hashable, Sendable {
    /// The criterion of one option.
    public struct Entry: Hashable, Sendable {
        /// The option's label as the answer type writes it, e.g. `A` or `Ya`.
        public var label: String
        /// What the option means for this item, in Indonesian.
        public var text: String
    }

    /// The criteria of the options, in the answer type's option order; empty for a number.
    public var entries: [Entry] = []
    /// For an item answered with a number: how the number is obtained.
    public var general: String?

    /// The criterion of an option, if the guide states one.
    public func text(for label: String) -> String? {
        entries.first { $0.label == label }?.text
    }

    /// The guide as the instrument file writes it: `A: … | B: …`, or the general text.
    public var encoded: String {
        if let general { return general }
        return entries.map { "\($0.label): \($0.text)" }.joined(separator: " | ")
    }
}
