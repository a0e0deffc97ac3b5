import Foundation
import PMPRBKit
import Testing

/// The main flows of the library as a program that imports it sees them: score, compare, diff
/// and aggregate, with every expected value computed by hand (`APIFixture`).
@Suite struct MainFlowTests {
    @Test func scoreGivesTotalsAreasBandAndPredicate() throws {
        let instrument = try APIFixture.instrument()
        let card = instrument.score(try APIFixture.worksheet(APIFixture.satu, instrument: instrument))
        // A.1.i = 4 x (1 + 0,5) / 2 = 3; A.2 = 0; B = 4 x 3/4 = 3; total 6 of 10.
        #expect(close(card.node("A.1")?.value, 3))
        #expect(close(card.node("A.2")?.value, 0))
        #expect(close(card.node("B")?.value, 3))
        #expect(close(card.total, 6))
        #expect(card.maximum == 10)
        // 6 > 5: band T.
        #expect(card.band?.grade == "T")
        // OK needs total >= 5 (6 holds) and every area >= 50% (X 3/4 = 75% holds, Y 0/2 fails).
        let ok = try #require(card.predicates.first)
        #expect(!ok.holds)
        #expect(ok.checks.map(\.holds) == [true, false])
        #expect(ok.checks[1].failingAreas == ["Y"])
        // Gaps: A.1.i.a at its best, A.1.i.b half (0,5 of 1), A.2.i.a nothing, B.a 3 of 4.
        let classes = card.items.map { "\($0.code)=\($0.gapClass.rawValue)" }
        #expect(
            classes == [
                "A.1.i.a=dipertahankan", "A.1.i.b=ditingkatkan", "A.2.i.a=diperbaiki",
                "B.a=ditingkatkan",
            ])
        // Potentials: A.1.i.b (1 - 0,5) x 4/2 = 1; A.2.i.a 1 x 2 = 2; B.a (1 - 0,75) x 4 = 1.
        #expect(close(card.items.first { $0.code == "A.2.i.a" }?.potential, 2))
        #expect(close(card.items.first { $0.code == "A.1.i.b" }?.potential, 1))
    }

    @Test func compareRanksUnitsAndListsWeakAreas() throws {
        let instrument = try APIFixture.instrument()
        let units = try [APIFixture.satu, APIFixture.dua, APIFixture.tiga].map {
            try APIFixture.summary($0, instrument: instrument)
        }
        let comparison = Comparison(
            outline: InstrumentOutline(instrument), units: units, threshold: 0.6)
        // Totals 6, 10, 4: Dua first, then Satu, then Tiga.
        #expect(comparison.ranking.map(\.unit.unit) == ["Dinas Dua", "Dinas Satu", "Dinas Tiga"])
        #expect(comparison.ranking.map(\.rank) == [1, 2, 3])
        let x = try #require(comparison.areas.first { $0.area.id == "X" })
        // Area X shares: Dua 4/4 = 1, Satu 3/4 = 0,75, Tiga 0/4 = 0; mean 1,75 / 3 = 0,5833.
        #expect(close(x.shares.mean, 1.75 / 3))
        #expect(x.below.map(\.unit.unit) == ["Dinas Tiga"])
        // Area Y shares: Dua 1, Satu 0, Tiga 1; only Satu is below 60%.
        let y = try #require(comparison.areas.first { $0.area.id == "Y" })
        #expect(y.below.map(\.unit.unit) == ["Dinas Satu"])
    }

    @Test func aShareJustBelowTheThresholdAsPublishedIsBelow() throws {
        let instrument = try APIFixture.instrument()
        let satu = try APIFixture.summary(APIFixture.satu, instrument: instrument)
        // Area X of Dinas Satu is 75,00%: it meets a threshold of 0,75 and fails 0,7501.
        let meets = Comparison(
            outline: InstrumentOutline(instrument), units: [satu], threshold: 0.75)
        let fails = Comparison(
            outline: InstrumentOutline(instrument), units: [satu], threshold: 0.7501)
        #expect(meets.areas.first { $0.area.id == "X" }?.below.isEmpty == true)
        #expect(fails.areas.first { $0.area.id == "X" }?.below.count == 1)
    }

    @Test func compareDefaultsToTheInstrumentsLowestAreaMinimum() throws {
        let instrument = try APIFixture.instrument()
        // Dinas Empat answers Ya and C in area X: 4 x (1 + 0) / 2 = 2 of 4, a share of 50,00%.
        let empat = try APIFixture.summary(
            ("Dinas Empat", ["Ya", "C", "Ya", "4"]), instrument: instrument)
        let tiga = try APIFixture.summary(APIFixture.tiga, instrument: instrument)
        // The instrument's one every-area criterion, OK.2, asks 50%: the default threshold.
        let comparison = Comparison(outline: InstrumentOutline(instrument), units: [empat, tiga])
        #expect(comparison.threshold == 0.5)
        // Area X: Empat's 50,00% meets 50%; Tiga's 0/4 = 0% does not. At 60% both are below.
        let x = comparison.areas.first { $0.area.id == "X" }
        #expect(x?.below.map(\.unit.unit) == ["Dinas Tiga"])
        let sixty = Comparison(
            outline: InstrumentOutline(instrument), units: [empat, tiga], threshold: 0.6)
        #expect(
            sixty.areas.first { $0.area.id == "X" }?.below.map(\.unit.unit)
                == ["Dinas Tiga", "Dinas Empat"])
        // zi-2021 asks 60% (WBK) and 75% (WBBM) of every area: the lowest, 60%, is the default.
        // rb-2014 asks nothing of every area, so the fallback 60% is used.
        let zi = try #require(BuiltinInstruments.instrument("zi-2021"))
        let rb = try #require(BuiltinInstruments.instrument("rb-2014"))
        #expect(InstrumentOutline(zi).areaThresholds.map(\.threshold) == [0.6, 0.75])
        #expect(InstrumentOutline(zi).weakAreaThreshold == 0.6)
        #expect(InstrumentOutline(rb).areaThresholds.isEmpty)
        #expect(InstrumentOutline(rb).weakAreaThreshold == 0.6)
    }

    @Test func diffListsChangedItemsLargestFirst() throws {
        let instrument = try APIFixture.instrument()
        let diff = WorksheetDiff(
            instrument: instrument,
            first: try APIFixture.worksheet(APIFixture.satu, instrument: instrument),
            second: try APIFixture.worksheet(APIFixture.dua, instrument: instrument))
        // Satu -> Dua: A.2.i.a 0 -> 2 (+2), A.1.i.b 1 -> 2 (+1), B.a 3 -> 4 (+1); A.1.i.a
        // is Ya in both. Ties keep the instrument's order.
        #expect(diff.items.map(\.item.code) == ["A.2.i.a", "A.1.i.b", "B.a"])
        #expect(diff.items.map(\.change).map { ($0 * 100).rounded() / 100 } == [2, 1, 1])
        #expect(close(diff.second.total - diff.first.total, 4))
        #expect(diff.inputs.isEmpty)
    }

    @Test func aggregateWeighsThePemdaAndTheMeanOfItsOPD() throws {
        let instrument = try APIFixture.instrument()
        let pemda = try APIFixture.summary(APIFixture.dua, instrument: instrument)
        let opd = try [APIFixture.satu, APIFixture.tiga].map {
            try APIFixture.summary($0, instrument: instrument)
        }
        let result = Aggregate(instrument: instrument, pemda: pemda, opd: opd)
        // OPD mean (6 + 4) / 2 = 5; total 0,5 x 10 + 0,5 x 5 = 7,5, band T (above 5).
        #expect(close(result.opdTotal, 5))
        #expect(close(result.total, 7.5))
        #expect(result.band?.grade == "T")
        // Area X: 0,5 x 4 + 0,5 x (3 + 0) / 2 = 2,75; area Y: 0,5 x 2 + 0,5 x (0 + 2) / 2 = 1,5.
        #expect(result.areas.map(\.id) == ["X", "Y"])
        #expect(close(result.areaValues[0], 2.75))
        #expect(close(result.areaValues[1], 1.5))
    }

    @Test func bandBoundsAreExclusiveExceptTheLowest() throws {
        let instrument = try APIFixture.instrument()
        // T needs more than 5 as published; 5,004 publishes as 5,00 and stays R; 5,005 is 5,01.
        #expect(instrument.band(for: 5)?.grade == "R")
        #expect(instrument.band(for: 5.004)?.grade == "R")
        #expect(instrument.band(for: 5.005)?.grade == "T")
        #expect(instrument.band(for: 0)?.grade == "R")
        #expect(instrument.band(for: -0.01) == nil)
    }
}
