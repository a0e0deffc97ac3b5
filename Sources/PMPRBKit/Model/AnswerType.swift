/// How an answer is written and converted to a value between 0 and 1.
///
/// Conversions are data of the instrument (`docs/methodology.md`, section 3).
public struct AnswerType: Hashable, Sendable {
    /// One option of a choice, with its value.
    public struct Option: Hashable, Sendable {
        /// The option as written in a worksheet, e.g. `A` or `Ya`.
        public var label: String
        /// Its value, from 0 to 1.
        public var value: Double
    }

    /// The ways an answer can be converted.
    public enum Conversion: Hashable, Sendable {
        /// A choice among options, each with its value.
        case options([Option])
        /// A number in `minimum...maximum`; value = number / maximum.
        case scale(minimum: Double, maximum: Double)
        /// A percentage computed from the item's input rows by its formula, capped to 0...1.
        case percent
        /// A non-negative count that feeds a formula; not scored itself.
        case count
    }

    /// The id the instrument uses, e.g. `abcd`.
    public var id: String
    /// A short label, e.g. `A/B/C/D`.
    public var label: String
    /// The conversion.
    public var conversion: Conversion
    /// Where the conversion comes from.
    public var provenance: Provenance

    /// The best possible value of an answer of this type.
    public var bestValue: Double {
        switch conversion {
        case .options(let options): options.lazy.map(\.value).max() ?? 0
        case .scale, .percent: 1
        case .count: 0
        }
    }

    /// The answer that gives ``bestValue``, e.g. `A`, `4` or 100%.
    public var bestAnswer: ShownAnswer {
        switch conversion {
        case .options(let options):
            options.max { $0.value < $1.value }.map { .option($0.label) } ?? .none
        case .scale(_, let maximum): .number(maximum)
        case .percent: .percent(1)
        case .count: .none
        }
    }

    /// The allowed answers in English, as a person reads them: `Ya/Tidak`, `a number from 0 to
    /// 4 (decimal point or comma)`; ``WorksheetMessage/allowedAnswers(_:)`` in either language.
    public var allowedAnswers: String { WorksheetMessage.allowed(conversion, .en) }
}
