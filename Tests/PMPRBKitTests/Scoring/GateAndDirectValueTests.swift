import Foundation
import Testing

@testable import PMPRBKit

@Suite struct GateAndDirectValueTests {
    static func score(_ answers: [String: String]) throws -> ScoreCard {
        let instrument = try SmallInstrument.instrument()
        return instrument.score(try TestWorksheets.worksheet(instrument, answers: answers))
    }

    static let complete: [String: String] = [
        "A.1.i.a": "A", "A.1.i.b": "Ya", "A.1.i.c.1": "2", "A.1.i.c.2": "1", "A.1.ii.a": "WTP",
        "B.a": "7",
    ]

    /// A.1.i = 4 x mean(1; 1 x 1; 1/2) = 4 x 2,5/3 = 3,3333; A.1.ii = 2 x 1 = 2;
    /// B = 4 x 7/10 = 2,8; total = 8,1333.
    @Test func completeWorksheetByHand() throws {
        let card = try Self.score(Self.complete)
        #expect(approximately(card.points("A.1.i"), 10.0 / 3))
        #expect(approximately(card.total, 10.0 / 3 + 2 + 2.8))
        #expect(card.band?.grade == "T")
    }

    /// A gated "Ya" counts only as far as its prerequisite: under a prerequisite answered C
    /// (0,33) it scores 0,33, so A.1.i = 4 x (0,33 + 0,33 + 0,5) / 3 = 1,5467.
    @Test func gatedItemUnderACPrerequisiteScoresPointThreeThree() throws {
        var answers = Self.complete
        answers["A.1.i.a"] = "C"
        let card = try Self.score(answers)
        let gated = try #require(card.items.first { $0.code == "A.1.i.b" })
        #expect(approximately(gated.value, 0.33))
        #expect(approximately(card.points("A.1.i"), 4 * (0.33 + 0.33 + 0.5) / 3))
        // Its own answer is at its best, so it is kept; only the prerequisite is to improve.
        #expect(gated.gapClass == .dipertahankan)
        #expect(gated.potential == 0)
    }

    /// Option values written as fractions: WDP = 2/3 of A.1.ii's 2 points = 1,3333.
    @Test func fractionOptionValues() throws {
        var answers = Self.complete
        answers["A.1.ii.a"] = "WDP"
        #expect(approximately(try Self.score(answers).points("A.1.ii"), 4.0 / 3))
    }

    /// A direct value replaces the area's items: A.1 = 6 x 5/10 = 3, its items are neither
    /// scored nor unanswered, and the area itself stands in the gap list with 3 points to gain.
    @Test func directValueReplacesItems() throws {
        let card = try Self.score(["A.1": "5", "B.a": "7"])
        #expect(approximately(card.points("A.1"), 3))
        #expect(approximately(card.total, 5.8))
        #expect(card.unansweredCount == 0)
        #expect(card.items.map(\.code) == ["A.1", "B.a"])
        let area = try #require(card.gaps.first { $0.code == "A.1" })
        #expect(approximately(area.potential, 3))
        #expect(area.areaID == "X")
    }

    @Test func directValueOutsideItsScaleIsRefused() throws {
        let instrument = try SmallInstrument.instrument()
        let text = try TestWorksheets.csv(instrument, answers: ["A.1": "11", "B.a": "7"])
        let errors = TestWorksheets.errors(text, instrument: instrument)
        #expect(errors.map(\.message) == ["answer '11' for 'A.1' is outside 0.00..10.00"])
    }

    @Test func headingWithoutDirectValueTakesNoAnswer() throws {
        let instrument = try SmallInstrument.instrument()
        let text = try TestWorksheets.csv(instrument, answers: ["A.1.i": "3"])
        let errors = TestWorksheets.errors(text, instrument: instrument)
        #expect(errors.map(\.message) == ["'A.1.i' is a heading and takes no answer"])
    }
}
