/// What scoring assumes beyond the answers: how unanswered items count, and which predicates
/// the unit already holds (`docs/methodology.md`, sections 4 and 6).
public struct ScoringOptions: Hashable, Sendable {
    /// How unanswered items count in their sub-indicator's mean.
    public var missingAnswers: MissingAnswers
    /// Predicates the unit already holds, declared outside its answers (a `--predikat` flag);
    /// added to those the worksheet's `#predikat` row declares.
    public var heldPredicates: [HeldPredicate]

    /// Creates options; the defaults count unanswered items 0 and declare no predicate.
    public init(missingAnswers: MissingAnswers = .zero, heldPredicates: [HeldPredicate] = []) {
        self.missingAnswers = missingAnswers
        self.heldPredicates = heldPredicates
    }
}

/// How an unanswered item (or a percentage item that cannot be computed) counts
/// (`docs/methodology.md`, section 4, ASM-15).
public enum MissingAnswers: String, CaseIterable, Hashable, Sendable {
    /// It counts 0: the score of an incomplete worksheet is a lower bound. The default.
    case zero = "nol"
    /// It is left out of its sub-indicator's mean, whose divisor shrinks, as KemenPAN-RB's
    /// 2015 evaluation workbook does; a sub-indicator with no answered item counts 0.
    case ignored = "abaikan"
}

/// A predicate a unit already holds, such as Menuju WBK awarded in 2025: a fact about the
/// unit's history that its worksheet's answers cannot show (PermenPANRB 90/2021 Lamp. II
/// Tabel 6 requires it for Menuju WBBM).
public struct HeldPredicate: Hashable, Sendable, CustomStringConvertible {
    /// The predicate, as the instrument names it (`WBK`).
    public var name: String
    /// The year it was awarded, if given.
    public var year: Int?

    /// Creates a declaration.
    public init(name: String, year: Int? = nil) {
        self.name = name
        self.year = year
    }

    /// `WBK 2025`, or `WBK` without a year.
    public var description: String { name + (year.map { " \($0)" } ?? "") }

    /// Reads `WBK 2025`, `WBK:2025` or `WBK`; several are separated by `;`.
    ///
    /// - Parameter predicates: The instrument's predicates; a name is matched ignoring case.
    /// - Returns: The declarations, or a message naming what cannot be read.
    public static func parse(_ text: String, predicates: [String]) -> Result<
        [HeldPredicate], HeldPredicateError
    > {
        var held: [HeldPredicate] = []
        for part in text.split(separator: ";") {
            let words = part.split(whereSeparator: { $0 == " " || $0 == ":" }).map(String.init)
            guard let first = words.first else { continue }
            guard let name = predicates.first(where: { $0.lowercased() == first.lowercased() })
            else {
                return .failure(.unknown(first, known: predicates))
            }
            var year: Int?
            if words.count > 1 {
                guard words.count == 2, let number = Int(words[1]), (2000...2100).contains(number)
                else {
                    return .failure(.malformed(part.trimmed))
                }
                year = number
            }
            held.append(HeldPredicate(name: name, year: year))
        }
        return .success(held)
    }
}

/// Why a declared predicate cannot be read.
public enum HeldPredicateError: Error, Hashable, Sendable {
    /// A name that is not one of the instrument's predicates, with those it has.
    case unknown(String, known: [String])
    /// A declaration not of the form `WBK 2025`.
    case malformed(String)

    /// What is wrong, as a worksheet message.
    public var worksheetMessage: WorksheetMessage {
        switch self {
        case .unknown(let name, let known): .unknownHeldPredicate(name, known: known)
        case .malformed(let text): .malformedHeldPredicate(text)
        }
    }

    /// What is wrong, in English.
    public var message: String { worksheetMessage.rendered(.en) }
}
