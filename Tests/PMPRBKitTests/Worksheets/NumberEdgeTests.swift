import Testing

@testable import PMPRBKit

/// Numbers at the edges of what a person (or a broken file) can type.
@Suite struct NumberEdgeTests {
    @Test func numberTooLargeForADoubleIsRefused() {
        #expect(LocaleNumber.parse("1" + String(repeating: "0", count: 400)) == nil)
        #expect(LocaleNumber.parse("-" + String(repeating: "9", count: 320)) == nil)
    }

    @Test func negativeZeroIsZero() throws {
        let parsed = try #require(LocaleNumber.parse("-0"))
        #expect(parsed.value == 0)
        #expect(parsed.value.sign == .plus)
    }

    /// `1,000` could be a thousand (English) or one (Indonesian): a count is refused, not
    /// guessed; `1000`, `3,00` and `12` are read.
    @Test(arguments: [("1,000", false), ("2.500", false), ("1000", true), ("3,00", true), ("12", true)])
    func countsWithAThousandsLikeSeparator(typed: String, accepted: Bool) throws {
        let instrument = try TestWorksheets.zi()
        let type = try #require(instrument.answerTypes.first { $0.id == "jumlah" })
        switch AnswerReading.read(typed, as: type) {
        case .success: #expect(accepted, "'\(typed)' was read")
        case .failure(let failure):
            #expect(!accepted, "'\(typed)' was refused: \(failure)")
            #expect(failure == .ambiguousCount)
        }
    }

    @Test func hugeTargetIsNotATarget() throws {
        let instrument = try TestWorksheets.zi()
        #expect(ImprovementPlan.Target(parsing: String(repeating: "9", count: 400), instrument: instrument) == nil)
    }
}
