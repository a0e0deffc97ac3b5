import Testing

@testable import PMPRBKit

/// Each WBK/WBBM criterion of PermenPANRB 90/2021 Lampiran II Tabel 6 (hlm. 58) at its edge.
///
/// The card of the official example (every value at its maximum) is edited one value at a time
/// and checked again, so that each criterion is seen to hold at its threshold and to fail just
/// below it.
@Suite struct PredicateTests {
    static func bestCard() throws -> (Instrument, ScoreCard) {
        let instrument = try TestWorksheets.zi()
        let card = instrument.score(
            try TestWorksheets.worksheet(
                instrument, answers: TestWorksheets.bestAnswers(instrument)))
        return (instrument, card)
    }

    static func holds(_ code: String, in checks: [ScoreCard.PredicateCheck]) -> Bool? {
        checks.flatMap(\.checks).first { $0.criterion.code == code }?.holds
    }

    static func setting(_ code: String, to value: Double, in card: ScoreCard) -> ScoreCard {
        var copy = card
        if code == "total" {
            copy.total = value
        } else if let index = copy.nodes.firstIndex(where: { $0.code == code }) {
            copy.nodes[index].value = value
        }
        return copy
    }

    @Test(arguments: [
        ("WBK.1", "total", 75.0, 74.99), ("WBK.2", "A", 40, 39.99),
        ("WBK.4", "B.I", 18.25, 18.24), ("WBK.5", "B.I.a", 15.75, 15.74),
        ("WBK.6", "B.I.b", 2.5, 2.49), ("WBK.7", "B.II", 14, 13.99),
        ("WBBM.2", "total", 85, 84.99), ("WBBM.3", "A", 48, 47.99),
        ("WBBM.5", "B.I", 19.5, 19.49), ("WBBM.6", "B.I.a", 15.75, 15.74),
        ("WBBM.7", "B.I.b", 3.75, 3.74), ("WBBM.8", "B.II", 15.75, 15.74),
    ])
    func pointCriterionHoldsAtItsThresholdOnly(
        criterion: String, target: String, atEdge: Double, below: Double
    ) throws {
        let (instrument, card) = try Self.bestCard()
        let edge = instrument.checkPredicates(Self.setting(target, to: atEdge, in: card))
        #expect(Self.holds(criterion, in: edge) == true)
        let under = instrument.checkPredicates(Self.setting(target, to: below, in: card))
        #expect(Self.holds(criterion, in: under) == false)
        // A value that rounds up to the threshold, as published, holds.
        let rounding = instrument.checkPredicates(
            Self.setting(target, to: atEdge - 0.004, in: card))
        #expect(Self.holds(criterion, in: rounding) == true)
    }

    /// Every area at least 60% (WBK) or 75% (WBBM) of its weight: an area at 59,99% fails WBK,
    /// at 60,00% it holds; 74,99% fails WBBM.
    @Test(arguments: [
        ("WBK.3", 0.60, true), ("WBK.3", 0.5999, false), ("WBBM.4", 0.75, true),
        ("WBBM.4", 0.7499, false),
    ])
    func areaCriterionAtItsEdge(criterion: String, share: Double, holds: Bool) throws {
        let (instrument, card) = try Self.bestCard()
        var edited = card
        let index = try #require(edited.areas.firstIndex { $0.id == "PW" })
        edited.areas[index].value = edited.areas[index].weight * share
        let checks = instrument.checkPredicates(edited)
        #expect(Self.holds(criterion, in: checks) == holds)
        let check = try #require(checks.flatMap(\.checks).first { $0.criterion.code == criterion })
        #expect(check.failingAreas == (holds ? [] : ["PW"]))
    }

    @Test func wbbmRequiresWbk() throws {
        let (instrument, card) = try Self.bestCard()
        // Total 100 but IPAK below 15,75: WBK fails, so WBBM.1 fails too.
        let checks = instrument.checkPredicates(Self.setting("B.I.a", to: 15, in: card))
        #expect(Self.holds("WBBM.1", in: checks) == false)
        #expect(checks.map(\.holds) == [false, false])
    }
}
