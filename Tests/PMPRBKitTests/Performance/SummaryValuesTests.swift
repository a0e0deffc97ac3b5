import Foundation
import Testing

@testable import PMPRBKit

/// A summary's values kept in one shared object, and its verdicts decided without the checks'
/// copies of the criteria, give what the plain values and checks give (`docs/performance.md`).
@Suite struct SummaryValuesTests {
    /// Verdicts with no predicate declared, with WBK declared and with WBBM declared (which
    /// stands for WBK), for units at their best answers and random ones, under both policies
    /// for unanswered items: equal to those made from the score card's checks.
    @Test func verdictsEqualThoseOfTheChecks() throws {
        let instrument = try TestWorksheets.zi()
        let generator = WorksheetGenerator(instrument: instrument, seed: 21, emptyShare: 0.05)
        let declarations: [[HeldPredicate]] = [
            [], [HeldPredicate(name: "WBK", year: 2025)], [HeldPredicate(name: "WBBM")],
        ]
        var verdicts: Set<[Bool]> = []
        for index in 1...6 {
            let answers =
                index % 2 == 0 ? TestWorksheets.bestAnswers(instrument) : generator.answers(index)
            let worksheet = try TestWorksheets.worksheet(instrument, answers: answers)
            for held in declarations {
                for missing in MissingAnswers.allCases {
                    let options = ScoringOptions(missingAnswers: missing, heldPredicates: held)
                    let card = instrument.score(worksheet, options: options)
                    let summary = instrument.summary(worksheet, file: "v.csv", options: options)
                    #expect(summary == UnitSummary(card: card, file: "v.csv"))
                    #expect(summary.predicates == card.predicates.map(UnitSummary.Verdict.init))
                    verdicts.insert(summary.predicates.flatMap { [$0.holds, $0.awaitsDeclaration] })
                }
            }
        }
        // Units that meet a predicate, that miss it, and that await its declaration.
        #expect(verdicts.contains { $0.contains(true) })
        #expect(verdicts.contains { $0.contains(false) })
        #expect(verdicts.count >= 3)
    }

    /// A copy shares the values until one of them is changed; changing one leaves the other
    /// as it was, and summaries with equal values are equal and hash alike.
    @Test func copiesAreIndependentValues() throws {
        let instrument = try TestWorksheets.zi()
        let generator = WorksheetGenerator(instrument: instrument, seed: 4)
        let worksheet = try Worksheet(
            csv: Data(generator.csv(1).utf8), file: "a.csv", instrument: instrument)
        let original = instrument.summary(worksheet, file: "a.csv")
        var copy = original
        #expect(copy == original)
        copy.unit = "Unit Lain"
        copy.points[0] += 1
        copy.heldPredicates = [HeldPredicate(name: "WBK")]
        #expect(copy.unit == "Unit Lain")
        #expect(original.unit != "Unit Lain")
        #expect(copy.points[0] == original.points[0] + 1)
        #expect(original.heldPredicates.isEmpty)
        #expect(copy != original)
        // Made apart, with the same values: equal, and the same hash.
        let again = instrument.summary(worksheet, file: "a.csv")
        #expect(again == original)
        #expect(Set([again, original]).count == 1)
        var changedBack = copy
        changedBack.unit = original.unit
        changedBack.points = original.points
        changedBack.heldPredicates = original.heldPredicates
        #expect(changedBack == original)
        #expect(changedBack.hashValue == original.hashValue)
    }
}
