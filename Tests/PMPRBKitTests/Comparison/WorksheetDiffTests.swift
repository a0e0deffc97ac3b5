import Testing

@testable import PMPRBKit

@Suite struct WorksheetDiffTests {
    static func diff() throws -> WorksheetDiff {
        WorksheetDiff(
            instrument: try CoordinatorFixtures.instrument(),
            first: try CoordinatorFixtures.worksheet(
                try CoordinatorFixtures.mixedAnswers(), unit: "Dinas A", file: "penilai-1.csv"),
            second: try CoordinatorFixtures.worksheet(
                try CoordinatorFixtures.bestAnswers(), unit: "Dinas A", file: "penilai-2.csv"))
    }

    /// Assessor 1 gave the mixed answers, assessor 2 the best ones: the totals are 90,35625
    /// and 100, 9,64375 apart.
    @Test func bothTotals() throws {
        let diff = try Self.diff()
        #expect(approximately(diff.first.total, 90.35625))
        #expect(approximately(diff.second.total, 100))
        #expect(approximately(diff.totalChange, 9.64375))
        #expect(diff.first.file == "penilai-1.csv")
        #expect(!diff.namesDifferentUnits)
    }

    /// Every differing item, with both answers and the points between them, by points:
    /// B.II.a 3,20 / 4,00: 14 vs 17,5, +3,5; B.I.b C / A: 2,5 vs 5, +2,5; B.I.a 3,60 / 4,00:
    /// 15,75 vs 17,5, +1,75; A.II.5.ii.a 70% / 100%: 2,1 vs 3, +0,9; A.I.4.ii.a Tidak / Ya:
    /// 2,5 x 1 / 8 = +0,3125; A.II.1.i.a 75% / 100%: 2 x 0,25 / 2 = +0,25; A.I.2.i.b C / A:
    /// +0,1666667; A.I.3.iii.b C / A: 1,25 x 0,67 / 6 = +0,1395833; A.I.1.i.b B / A: +0,125.
    @Test func everyDifferingItemSortedByPoints() throws {
        let diff = try Self.diff()
        #expect(
            diff.items.map(\.item.code) == [
                "B.II.a", "B.I.b", "B.I.a", "A.II.5.ii.a", "A.I.4.ii.a", "A.II.1.i.a",
                "A.I.2.i.b", "A.I.3.iii.b", "A.I.1.i.b",
            ])
        let first = diff.items[0]
        #expect(first.first == .number(3.2))
        #expect(first.second == .number(4))
        #expect(approximately(first.firstPoints, 14))
        #expect(approximately(first.secondPoints, 17.5))
        #expect(approximately(first.change, 3.5))
        let tidak = diff.items[4]
        #expect(tidak.first == .option("Tidak"))
        #expect(tidak.second == .option("Ya"))
        #expect(approximately(tidak.change, 0.3125))
        #expect(approximately(diff.items.map(\.change).reduce(0, +), diff.totalChange))
    }

    /// The input rows behind A.II.1.i.a (4 agents, 3 changes vs 2 and 2) and A.II.5.ii.a
    /// (10, 2, 7 vs 1, 1, 1), in the instrument's order.
    @Test func differingInputRows() throws {
        let diff = try Self.diff()
        #expect(
            diff.inputs.map(\.code) == [
                "A.II.1.i.a.1", "A.II.1.i.a.2", "A.II.5.ii.a.1", "A.II.5.ii.a.2", "A.II.5.ii.a.3",
            ])
        #expect(diff.inputs.map(\.first) == [4, 3, 10, 2, 7])
        #expect(diff.inputs.map(\.second) == [2, 2, 1, 1, 1])
    }

    @Test func sameAnswersMakeNoDifferences() throws {
        let worksheet = try CoordinatorFixtures.worksheet(
            try CoordinatorFixtures.mixedAnswers(), unit: "Dinas A", file: "a.csv")
        let diff = WorksheetDiff(
            instrument: try CoordinatorFixtures.instrument(), first: worksheet, second: worksheet)
        #expect(diff.items.isEmpty)
        #expect(diff.inputs.isEmpty)
        #expect(diff.totalChange == 0)
    }

    /// An answer removed is a difference too: the item goes from A to empty.
    @Test func anEmptiedAnswerIsADifference() throws {
        var answers = try CoordinatorFixtures.bestAnswers()
        answers["A.I.1.i.a"] = ""
        let diff = WorksheetDiff(
            instrument: try CoordinatorFixtures.instrument(),
            first: try CoordinatorFixtures.worksheet(
                try CoordinatorFixtures.bestAnswers(), unit: "Dinas A", file: "a.csv"),
            second: try CoordinatorFixtures.worksheet(answers, unit: "Dinas B", file: "b.csv"))
        #expect(diff.items.map(\.item.code) == ["A.I.1.i.a"])
        #expect(diff.items.first?.second == ShownAnswer.none)
        // A.I.1.i: bobot 0,5, two items: 0,5 x 1 / 2 = 0,25 lost.
        #expect(approximately(diff.totalChange, -0.25))
        #expect(diff.namesDifferentUnits)
    }
}
