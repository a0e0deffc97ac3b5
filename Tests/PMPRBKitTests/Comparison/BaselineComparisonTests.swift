import Testing

@testable import PMPRBKit

/// This year: A best (100), B mixed (90,35625, new), D weak in PW (92,5).
/// Last year: A mixed (90,35625), D best (100), F best (not assessed this year).
@Suite struct BaselineComparisonTests {
    @Test func matchesUnitsByNameIgnoringCaseAndSpacing() throws {
        let baseline = try #require(try CoordinatorFixtures.baselineComparison().baseline)
        // Current ranking: A 100, D 92,5, B 90,36; A and D are matched, B is new, F is missing.
        #expect(baseline.units.map(\.current.unit) == ["Dinas A", "Dinas D"])
        #expect(baseline.units.map(\.before.file) == ["lke-2025/a.csv", "lke-2025/d.csv"])
        #expect(baseline.newUnits.map(\.unit) == ["Dinas B"])
        #expect(baseline.missingUnits.map(\.unit) == ["Dinas F"])
    }

    /// A: 100 - 90,35625 = +9,64375. D: 92,5 - 100 = -7,5.
    @Test func totalChangeByHand() throws {
        let baseline = try #require(try CoordinatorFixtures.baselineComparison().baseline)
        #expect(approximately(baseline.units[0].totalChange, 9.64375))
        #expect(approximately(baseline.units[1].totalChange, -7.5))
    }

    /// Area shares, now minus before. A: MP 1 - 0,953125 = +0,046875, PW 1 - 0,94 = +0,06,
    /// PP 0. D: PW 0,5 - 1 = -0,5, every other area 0.
    @Test func areaChangePerUnitByHand() throws {
        let baseline = try #require(try CoordinatorFixtures.baselineComparison().baseline)
        let mp = try CoordinatorFixtures.area("MP")
        let pw = try CoordinatorFixtures.area("PW")
        let pp = try CoordinatorFixtures.area("PP")
        #expect(approximately(baseline.units[0].areaChanges[mp], 0.046875))
        #expect(approximately(baseline.units[0].areaChanges[pw], 0.06))
        #expect(approximately(baseline.units[0].areaChanges[pp], 0))
        #expect(approximately(baseline.units[1].areaChanges[pw], -0.5))
        #expect(approximately(baseline.units[1].areaChanges[mp], 0))
    }

    /// Over the matched units A and D. PW before: (0,94 + 1) / 2 = 0,97; now (1 + 0,5) / 2 =
    /// 0,75; change -0,22. MP before: (0,953125 + 1) / 2 = 0,9765625; now 1; change +0,0234375.
    @Test func areaChangeOverMatchedUnitsByHand() throws {
        let baseline = try #require(try CoordinatorFixtures.baselineComparison().baseline)
        let pw = baseline.areas[try CoordinatorFixtures.area("PW")]
        #expect(approximately(pw.meanBefore, 0.97))
        #expect(approximately(pw.meanNow, 0.75))
        #expect(approximately(pw.change, -0.22))
        let mp = baseline.areas[try CoordinatorFixtures.area("MP")]
        #expect(approximately(mp.change, 0.0234375))
    }

    /// A's nine changed items (the losses of the mixed worksheet, RollUpTests), largest first:
    /// B.II.a 3,5; B.I.b 2,5; B.I.a 1,75; A.II.5.ii.a 0,9; A.I.4.ii.a 0,3125; A.II.1.i.a 0,25;
    /// A.I.2.i.b 0,1666667; A.I.3.iii.b 0,1395833; A.I.1.i.b 0,125. They add up to 9,64375.
    @Test func changedItemsLargestFirst() throws {
        let baseline = try #require(try CoordinatorFixtures.baselineComparison().baseline)
        let items = baseline.units[0].items
        #expect(
            items.map(\.item.code) == [
                "B.II.a", "B.I.b", "B.I.a", "A.II.5.ii.a", "A.I.4.ii.a", "A.II.1.i.a",
                "A.I.2.i.b", "A.I.3.iii.b", "A.I.1.i.b",
            ])
        let expected = [3.5, 2.5, 1.75, 0.9, 0.3125, 0.25, 0.1666667, 0.1395833, 0.125]
        for (item, change) in zip(items, expected) { #expect(approximately(item.change, change)) }
        #expect(approximately(items.map(\.change).reduce(0, +), 9.64375))
        #expect(items[0].first == .number(3.2))
        #expect(items[0].second == .number(4))
        #expect(items[1].first == .option("C"))
        #expect(items[1].second == .option("A"))
        #expect(items[3].first.text(decimalComma: true) == "70,00%")
        #expect(items[3].item.areaID == "PW")
        #expect(items[0].item.areaID == nil)
    }

    /// D lost all 18 items of A.I.5 (answered, now empty), 7,5 points in all.
    @Test func emptiedItemsCountAsChanged() throws {
        let baseline = try #require(try CoordinatorFixtures.baselineComparison().baseline)
        let items = baseline.units[1].items
        #expect(items.count == 18)
        #expect(items.allSatisfy { $0.item.code.hasPrefix("A.I.5.") && $0.second == .none })
        #expect(approximately(items.map(\.change).reduce(0, +), -7.5))
    }

    @Test func latestYearOfAUnitIsItsBaseline() throws {
        let best = try CoordinatorFixtures.bestAnswers()
        let mixed = try CoordinatorFixtures.mixedAnswers()
        let older = try CoordinatorFixtures.summary(
            mixed, unit: "Dinas A", year: 2024, file: "2024.csv")
        let newer = try CoordinatorFixtures.summary(
            best, unit: "Dinas A", year: 2025, file: "2025.csv")
        let now = try CoordinatorFixtures.summary(best, unit: "Dinas A", file: "2026.csv")
        let baseline = BaselineComparison(
            outline: InstrumentOutline(try CoordinatorFixtures.instrument()), current: [now],
            baseline: [newer, older])
        #expect(baseline.units.first?.before.file == "2025.csv")
        #expect(baseline.units.first?.items.isEmpty == true)
        #expect(baseline.missingUnits.isEmpty)
    }
}
