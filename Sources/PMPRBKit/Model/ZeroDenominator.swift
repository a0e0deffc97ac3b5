/// The value a percentage item takes when its denominator is 0, declared by the item's
/// `penyebut_nol` cell (`docs/instrument-format.md`).
///
/// One number applies whatever the numerator is. A value per sign of the numerator
/// (`negatif=0; nol=1`) lets the data say, for example, that no violations last year and none
/// this year is fully met while no violations last year and some this year is not
/// (`A.II.3.iii.a`, `docs/methodology.md` section 3.2). A sign without a value leaves the
/// item uncomputed, as an empty cell does.
public struct ZeroDenominator: Hashable, Sendable, CustomStringConvertible {
    /// The value when the numerator is below 0.
    public var negative: Double?
    /// The value when the numerator is 0 too.
    public var zero: Double?
    /// The value when the numerator is above 0.
    public var positive: Double?

    /// The item's value for a numerator over a zero denominator, or `nil` when the rule
    /// gives none for its sign.
    public func value(numerator: Double) -> Double? {
        numerator < 0 ? negative : numerator > 0 ? positive : zero
    }

    /// The keys of the per-sign form, in order.
    static let keys = ["negatif", "nol", "positif"]

    /// Reads `1` or `negatif=0; nol=1; positif=1`.
    ///
    /// - Returns: The rule, or a message saying what is wrong.
    static func parse(_ text: String) -> Result<ZeroDenominator, AnswerTypeRule.Failure> {
        func share(_ text: String) -> Double? {
            guard let parsed = LocaleNumber.parse(text), !parsed.isPercent,
                (0...1).contains(parsed.value)
            else { return nil }
            return parsed.value
        }
        if !text.contains("=") {
            guard let value = share(text) else {
                return .failure(.init(message: .zeroDenominatorRange(text)))
            }
            return .success(ZeroDenominator(value))
        }
        var values: [String: Double] = [:]
        for part in text.split(separator: ";") {
            let pair = part.split(separator: "=", maxSplits: 1).map { $0.trimmed.lowercased() }
            guard pair.count == 2, Self.keys.contains(pair[0]), values[pair[0]] == nil,
                let value = share(pair[1])
            else {
                return .failure(
                    .init(message: .zeroDenominatorUnreadable(text, at: part.trimmed)))
            }
            values[pair[0]] = value
        }
        return .success(
            ZeroDenominator(
                negative: values["negatif"], zero: values["nol"], positive: values["positif"]))
    }

    /// The rule as written in an instrument file.
    public var description: String {
        func text(_ value: Double) -> String {
            value == value.rounded() ? String(Int(value)) : String(value)
        }
        if negative == zero && zero == positive, let zero { return text(zero) }
        return zip(Self.keys, [negative, zero, positive]).compactMap { key, value in
            value.map { key + "=" + text($0) }
        }.joined(separator: "; ")
    }
}

extension ZeroDenominator {
    /// The same value whatever the numerator.
    init(_ value: Double) {
        self.init(negative: value, zero: value, positive: value)
    }
}
