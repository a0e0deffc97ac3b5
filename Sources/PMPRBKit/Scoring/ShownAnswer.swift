/// An answer as a report shows it: an option, a number or a computed percentage.
///
/// Kept apart from its text so that a person's report can write `3,20` and a machine format
/// `3.20` from the same value.
public enum ShownAnswer: Hashable, Sendable {
    /// No answer.
    case none
    /// An option, spelled as the instrument spells it.
    case option(String)
    /// A number, such as a survey score.
    case number(Double)
    /// A computed share, from 0 to 1, shown as a percentage.
    case percent(Double)

    /// The answer as text, with two decimals in the chosen decimal mark; empty for ``none``.
    public func text(decimalComma: Bool) -> String {
        switch self {
        case .none: ""
        case .option(let label): label
        case .number(let value): LocaleNumber.format(value, decimalComma: decimalComma)
        case .percent(let share):
            LocaleNumber.format(share * 100, decimalComma: decimalComma) + "%"
        }
    }

    /// Whether there is no answer.
    public var isNone: Bool { self == .none }
}
