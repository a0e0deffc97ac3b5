import PMPRBPlatform

/// The formula of a percentage item: a numerator divided by a denominator, each a sum or
/// difference of input-row codes and numbers.
///
/// Written as in `docs/instrument-format.md`, e.g. `(A.II.3.iii.a.1 - A.II.3.iii.a.2) / A.II.3.iii.a.1`.
public struct Formula: Hashable, Sendable, CustomStringConvertible {
    /// A signed term of a sum.
    public struct Term: Hashable, Sendable {
        /// `true` for a subtracted term.
        public var isNegative: Bool
        /// A code of an input row, or `nil` for a constant.
        public var code: String?
        /// The constant, when ``code`` is `nil`.
        public var constant: Double
    }

    /// The terms of the numerator.
    public var numerator: [Term]
    /// The terms of the denominator.
    public var denominator: [Term]

    /// Every code the formula reads, in order of appearance, without repeats.
    public var codes: [String] {
        var seen: Set<String> = []
        return (numerator + denominator).compactMap(\.code).filter { seen.insert($0).inserted }
    }

    /// Parses a formula.
    ///
    /// - Throws: A message saying what was expected, when the text is not of the form
    ///   `NUMERATOR / DENOMINATOR`.
    public init(parsing text: String) throws(FormulaError) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2 else {
            throw FormulaError(content: .formulaForm(text))
        }
        numerator = try Formula.parseSum(String(parts[0]), in: text)
        denominator = try Formula.parseSum(String(parts[1]), in: text)
    }

    private static func parseSum(_ text: String, in whole: String) throws(FormulaError) -> [Term] {
        var body = text.trimmed
        if body.hasPrefix("(") && body.hasSuffix(")") {
            body = String(body.dropFirst().dropLast()).trimmed
        }
        var terms: [Term] = []
        var negative = false
        var current = ""
        func flush() throws(FormulaError) {
            let token = current.trimmed
            current = ""
            guard !token.isEmpty else {
                throw FormulaError(content: .formulaEmptyTerm(whole))
            }
            if let number = Double(token) {
                terms.append(Term(isNegative: negative, code: nil, constant: number))
            } else if isCode(token) {
                terms.append(Term(isNegative: negative, code: token, constant: 0))
            } else {
                throw FormulaError(content: .formulaUnreadableTerm(whole, term: token))
            }
        }
        for character in body {
            if character == "+" || (character == "-" && current.last.map { $0 == " " } ?? true) {
                if !current.trimmed.isEmpty || !terms.isEmpty {
                    try flush()
                }
                negative = character == "-"
            } else {
                current.append(character)
            }
        }
        try flush()
        return terms
    }

    /// Whether a term is a code: letters, digits, `.` and `-`. An ASCII term is judged on its
    /// bytes (its only letters are A to Z and a to z, its only digits 0 to 9, as
    /// `Character.isLetter` and `isNumber` say of ASCII); other text by `Character`.
    static func isCode(_ token: String) -> Bool {
        if token.utf8.allSatisfy({ $0 < 0x80 }) {
            return token.utf8.allSatisfy { byte in
                (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
                    || (0x30...0x39).contains(byte) || byte == 0x2E || byte == 0x2D
            }
        }
        return token.allSatisfy { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" }
    }

    /// Computes the formula's value from input values, capped to 0...1.
    ///
    /// - Returns: `nil` when an input is missing; the value `zeroDenominator` gives for the
    ///   numerator (or `nil`) when the denominator is 0.
    public func evaluate(_ input: (String) -> Double?, zeroDenominator: ZeroDenominator?)
        -> Double?
    {
        guard let (top, bottom) = parts(input) else { return nil }
        if bottom == 0 { return zeroDenominator?.value(numerator: top) }
        return min(1, max(0, top / bottom))
    }

    /// The numerator and the denominator from input values, or `nil` when an input is missing.
    public func parts(_ input: (String) -> Double?) -> (numerator: Double, denominator: Double)? {
        func sum(_ terms: [Term]) -> Double? {
            var total = 0.0
            for term in terms {
                let value: Double
                if let code = term.code {
                    guard let found = input(code) else { return nil }
                    value = found
                } else {
                    value = term.constant
                }
                total += term.isNegative ? -value : value
            }
            return total
        }
        guard let top = sum(numerator), let bottom = sum(denominator) else { return nil }
        return (top, bottom)
    }

    /// The formula as written in an instrument file.
    public var description: String {
        func render(_ terms: [Term]) -> String {
            var text = ""
            for (index, term) in terms.enumerated() {
                let body = term.code ?? LocaleNumber.format(term.constant, decimalComma: false)
                if index == 0 {
                    text = (term.isNegative ? "-" : "") + body
                } else {
                    text += (term.isNegative ? " - " : " + ") + body
                }
            }
            return terms.count > 1 ? "(" + text + ")" : text
        }
        return render(numerator) + " / " + render(denominator)
    }
}

/// Why a formula could not be read.
public struct FormulaError: Error, Hashable, Sendable {
    /// What is wrong, naming the formula.
    public var content: InstrumentMessage
    /// What is wrong, in English.
    public var message: String { content.rendered(.en) }
}
