import Foundation
import Testing

@testable import PMPRBKit

@Suite struct ComparisonTests {
    @Test func summaryKeepsWhatTheCardSays() throws {
        let instrument = try CoordinatorFixtures.instrument()
        let worksheet = try CoordinatorFixtures.worksheet(
            try CoordinatorFixtures.weakPWAnswers(), unit: "Dinas D", file: "d.csv")
        let card = instrument.score(worksheet)
        let summary = UnitSummary(card: card, file: "d.csv")
        #expect(summary.total == card.total)
        #expect(approximately(summary.total, 92.5))
        #expect(summary.band?.grade == "AA")
        #expect(summary.meets("WBK") == false)
        #expect(summary.meets("WBBM") == false)
        #expect(summary.meets("XYZ") == nil)
        // 18 items in A.I.5 (docs/methodology.md, 2.3) out of 113.
        #expect(summary.unansweredCount == 18)
        #expect(summary.itemCount == 113)
        #expect(approximately(summary.unansweredShare, 18.0 / 113.0))
        #expect(summary.areaValues == card.areas.map(\.value))
        #expect(summary.answers == card.items.map(\.answer))
        #expect(summary.points == card.items.map(\.points))
        #expect(summary.unit == "Dinas D")
        #expect(summary.year == 2026)
    }

    /// Published totals: A 100,00; D 92,50; B and C 90,36 (a tie, by name); E 0,00. With
    /// competition ranking the places are 1, 2, 3, 3, 5.
    @Test func rankingOrdersByPublishedTotalAndSharesTies() throws {
        let ranking = try CoordinatorFixtures.comparison().ranking
        #expect(
            ranking.map(\.unit.unit) == ["Dinas A", "Dinas D", "Dinas B", "Dinas C", "Dinas E"])
        #expect(ranking.map(\.rank) == [1, 2, 3, 3, 5])
        #expect(ranking.map(\.isTied) == [false, false, true, true, false])
        #expect(approximately(ranking[2].unit.total, 90.35625))
        #expect(approximately(ranking[4].unit.total, 0))
        #expect(ranking[4].unit.band?.grade == "D")
        #expect(ranking[4].unit.unansweredCount == 113)
    }

    @Test func rankingDoesNotDependOnTheOrderOfTheFiles() throws {
        let units = try CoordinatorFixtures.units()
        let outline = InstrumentOutline(try CoordinatorFixtures.instrument())
        let forward = Comparison(outline: outline, units: units)
        let backward = Comparison(outline: outline, units: units.reversed())
        #expect(forward.ranking == backward.ranking)
        #expect(forward.areas == backward.areas)
    }

    /// 80,004 and 79,996 are both published as 80,00, so they tie; 80,005 is published as
    /// 80,01 and ranks above them.
    @Test func tiesAreDecidedOnThePublishedTotal() throws {
        var base = try CoordinatorFixtures.units()[0]
        func unit(_ name: String, _ total: Double) -> UnitSummary {
            base.unit = name
            base.file = name + ".csv"
            base.total = total
            return base
        }
        let comparison = Comparison(
            outline: InstrumentOutline(try CoordinatorFixtures.instrument()),
            units: [unit("Zeta", 80.004), unit("Alfa", 79.996), unit("Beta", 80.005)])
        #expect(comparison.ranking.map(\.unit.unit) == ["Beta", "Alfa", "Zeta"])
        #expect(comparison.ranking.map(\.rank) == [1, 2, 2])
    }

    /// The matrix is each unit's area value over the area's weight.
    @Test func matrixHoldsEachUnitsAreaShares() throws {
        let comparison = try CoordinatorFixtures.comparison()
        #expect(comparison.outline.areas.map(\.id) == ["MP", "TL", "SDM", "AK", "PW", "PP"])
        #expect(comparison.outline.areas.map(\.weight) == [8, 7, 10, 10, 15, 10])
        let shares = comparison.ranking.map { comparison.shares(of: $0.unit) }
        // A: every area 100%.
        #expect(shares[0].allSatisfy { approximately($0, 1) })
        // D: PW 7,5 / 15 = 50%, the rest 100%.
        #expect(approximately(shares[1][4], 0.5))
        #expect(approximately(shares[1][0], 1))
        // B (mixed): MP 7,625 / 8, TL 6,8333333 / 7, SDM 9,8604167 / 10, AK 9,6875 / 10,
        // PW 14,1 / 15, PP 10 / 10.
        let expected = [7.625 / 8, 6.8333333 / 7, 0.98604167, 0.96875, 0.94, 1]
        for (share, value) in zip(shares[2], expected) { #expect(approximately(share, value)) }
        // E: nothing answered, every area 0.
        #expect(shares[4].allSatisfy { $0 == 0 })
    }

    /// PW shares over the five units: A 1, D 0,5, B 0,94, C 0,94, E 0.
    /// mean = (1 + 0,5 + 0,94 + 0,94 + 0) / 5 = 3,38 / 5 = 0,676; sorted 0, 0,5, 0,94, 0,94, 1:
    /// median 0,94; min 0; max 1. Below 60%: E (0%) then D (50%), lowest first.
    /// MP: 1, 1, 0,953125, 0,953125, 0 -> mean 3,90625 / 5 = 0,78125, median 0,953125.
    @Test func areaStatisticsByHand() throws {
        let comparison = try CoordinatorFixtures.comparison()
        let pw = comparison.areas[try CoordinatorFixtures.area("PW")]
        #expect(pw.area.id == "PW")
        #expect(pw.shares.count == 5)
        #expect(approximately(pw.shares.mean, 0.676))
        #expect(approximately(pw.shares.median, 0.94))
        #expect(pw.shares.minimum == 0)
        #expect(approximately(pw.shares.maximum, 1))
        #expect(pw.below.map(\.unit.unit) == ["Dinas E", "Dinas D"])
        #expect(approximately(pw.below[1].share, 0.5))
        let mp = comparison.areas[try CoordinatorFixtures.area("MP")]
        #expect(approximately(mp.shares.mean, 0.78125))
        #expect(approximately(mp.shares.median, 0.953125))
        #expect(mp.below.map(\.unit.unit) == ["Dinas E"])
    }

    /// With a threshold of 95%: PW lists E (0%), D (50%), then B and C (94%, ties in ranking
    /// order); TL lists only E, since B and C have 6,8333333 / 7 = 97,62%.
    @Test func thresholdChoosesTheUnitsBelow() throws {
        let comparison = try CoordinatorFixtures.comparison(threshold: 0.95)
        let pw = comparison.areas[try CoordinatorFixtures.area("PW")]
        #expect(pw.below.map(\.unit.unit) == ["Dinas E", "Dinas D", "Dinas B", "Dinas C"])
        let tl = comparison.areas[try CoordinatorFixtures.area("TL")]
        #expect(tl.below.map(\.unit.unit) == ["Dinas E"])
    }

    @Test func statisticsOfEvenAndEmptyLists() throws {
        let stats = try #require(Statistics([4, 1, 3, 2]))
        #expect(stats.mean == 2.5)
        #expect(stats.median == 2.5)
        #expect(stats.minimum == 1)
        #expect(stats.maximum == 4)
        #expect(Statistics([]) == nil)
        #expect(Statistics([7])?.median == 7)
    }

    @Test func noUnitsMakesAnEmptyComparison() throws {
        let comparison = Comparison(
            outline: InstrumentOutline(try CoordinatorFixtures.instrument()), units: [])
        #expect(comparison.ranking.isEmpty)
        #expect(comparison.areas.isEmpty)
        #expect(comparison.years.isEmpty)
    }

    @Test func duplicatesAreTheSameUnitAndYear() throws {
        let best = try CoordinatorFixtures.bestAnswers()
        let first = try CoordinatorFixtures.summary(best, unit: "Dinas Kesehatan", file: "a.csv")
        let second = try CoordinatorFixtures.summary(
            best, unit: "  dinas   KESEHATAN ", file: "b.csv")
        let otherYear = try CoordinatorFixtures.summary(
            best, unit: "Dinas Kesehatan", year: 2025, file: "c.csv")
        let unnamed = try CoordinatorFixtures.summary(best, unit: "", file: "d.csv")
        let unnamedToo = try CoordinatorFixtures.summary(best, unit: "", file: "e.csv")
        let pairs = Comparison.duplicates(in: [first, otherYear, unnamed, second, unnamedToo])
        #expect(pairs.count == 1)
        #expect(pairs.first?.first.file == "a.csv")
        #expect(pairs.first?.second.file == "b.csv")
        #expect(unnamed.displayName == "[d.csv]")
    }

    @Test func aWorksheetOfAnotherInstrumentIsRefused() throws {
        let instrument = try CoordinatorFixtures.instrument()
        let text = try TestWorksheets.csv(
            instrument, answers: try CoordinatorFixtures.bestAnswers()
        )
        .replacingOccurrences(of: ",zi-2021,", with: ",rb-2099,")
        let error = #expect(throws: WorksheetRefusal.self) {
            try UnitSummary.reading(csv: Data(text.utf8), file: "x.csv", instrument: instrument)
        }
        guard case .otherInstrument(let named, let diagnostic)? = error else {
            Issue.record("expected another instrument, got \(String(describing: error))")
            return
        }
        #expect(named == "rb-2099")
        #expect(diagnostic.file == "x.csv")
        #expect(diagnostic.position?.line == 2)
        #expect(
            diagnostic.description
                == "x.csv:2:\(diagnostic.position?.column ?? 0): error: the worksheet is for "
                + "instrument 'rb-2099'; this comparison is of 'zi-2021'")
    }

    @Test func aBrokenWorksheetIsRefusedWithEveryProblem() throws {
        let instrument = try CoordinatorFixtures.instrument()
        var answers = try CoordinatorFixtures.bestAnswers()
        answers["A.I.1.i.a"] = "Mungkin"
        answers["A.I.1.i.b"] = "Z"
        let text = try TestWorksheets.csv(instrument, answers: answers)
        let error = #expect(throws: WorksheetRefusal.self) {
            try UnitSummary.reading(csv: Data(text.utf8), file: "x.csv", instrument: instrument)
        }
        #expect(error?.diagnostics.filter { $0.severity == .error }.count == 2)
    }
}
