import Testing

@testable import PMPRBKit

/// A formula's term is a code when it holds only letters, digits, `.` and `-`; an ASCII term
/// is judged on its bytes, with the answer that `Character` gives (decision 0021).
@Suite struct FormulaTermTests {
    private static func byCharacter(_ token: String) -> Bool {
        token.allSatisfy { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" }
    }

    /// Every ASCII character alone, after a code and before one, and CR LF.
    @Test func asciiTermsAreJudgedAsCharactersJudgeThem() {
        var codes = 0
        for value in UInt8(0)..<0x80 {
            let character = String(decoding: [value], as: UTF8.self)
            for token in [character, "A.I.1" + character, character + "b-2", "x\r\n"] {
                #expect(Formula.isCode(token) == Self.byCharacter(token), "\(Array(token.utf8))")
                if Formula.isCode(token) { codes += 1 }
            }
        }
        // 26 + 26 letters, 10 digits, `.` and `-`: 64 characters alone, and the same 64 with a
        // code before and after them.
        #expect(codes == 3 * 64)
    }

    /// Non-ASCII terms are judged by `Character`: letters and digits of any script, and not
    /// symbols or combining marks after a delimiter.
    @Test(arguments: ["Ä.1", "ü-2", "٣", "A.é", "A€", "A\u{301}", "\u{301}", "A·B"])
    func otherTermsAreJudgedByCharacter(token: String) {
        #expect(Formula.isCode(token) == Self.byCharacter(token))
    }

    /// The instruments' own formulas read their codes: `(A - B) / A` has codes A and B.
    @Test func formulasReadTheirCodes() throws {
        let formula = try Formula(parsing: "(A.I.1-a - B.2) / A.I.1-a")
        #expect(formula.numerator.map(\.code) == ["A.I.1-a", "B.2"])
        #expect(formula.numerator.map(\.isNegative) == [false, true])
        #expect(formula.denominator.map(\.code) == ["A.I.1-a"])
    }
}
