import Foundation
import Testing

@testable import PMPRBKit

/// Coordinator views over worksheets that show different entries: one gives `A.I` of `rb-2020`
/// directly (*nilai langsung*), another answers its items. Summaries are matched by code and
/// area id, never by position.
@Suite struct DirectValueComparisonTests {
    static func instrument() throws -> Instrument {
        try #require(BuiltinInstruments.instrument("rb-2020"))
    }

    /// Kota Tangerang Selatan 2020 (`RBInstrumentTests`): A.I = 14,06 given directly, total
    /// 61,108786.
    static func tangsel(unit: String = "Kota Uji") throws -> UnitSummary {
        let instrument = try instrument()
        let worksheet = try TestWorksheets.worksheet(
            instrument, answers: RBInstrumentTests.tangerangSelatan)
        return UnitSummary(card: instrument.score(worksheet), file: "tangsel.csv").renamed(unit)
    }

    /// The same, but every pemenuhan item answered at its best instead of `A.I` = 14,06:
    /// A.I = 19,999998 (`docs/methodology.md` 10.7), total 61,108786 - 14,06 + 19,999998 =
    /// 67,048784.
    static func itemised(unit: String = "Kota Uji") throws -> UnitSummary {
        let instrument = try instrument()
        var answers = RBInstrumentTests.tangerangSelatan
        answers["A.I"] = nil
        for node in instrument.nodes where node.kind == .butir && node.code.hasPrefix("A.I.") {
            answers[node.code] = instrument.answerType(of: node)?.bestAnswer
                .text(decimalComma: true)
        }
        let worksheet = try TestWorksheets.worksheet(instrument, answers: answers)
        return UnitSummary(card: instrument.score(worksheet), file: "item.csv").renamed(unit)
    }

    @Test func aBaselineMatchesEntriesByCode() throws {
        let outline = InstrumentOutline(try Self.instrument())
        let now = try Self.itemised()
        let before = try Self.tangsel()
        #expect(approximately(before.total, 61.108786))
        #expect(approximately(now.total, 67.048784))
        let baseline = BaselineComparison(outline: outline, current: [now], baseline: [before])
        let change = try #require(baseline.units.first)
        // A.I: 14,06 given before, not given now: -14,06; each pemenuhan item: + its points,
        // together 19,999998. The changes add up to 67,048784 - 61,108786 = 5,939998.
        let direct = try #require(change.items.first { $0.item.code == "A.I" })
        #expect(approximately(direct.change, -14.06))
        #expect(direct.second.isNone)
        let sum = change.items.map(\.change).reduce(0, +)
        #expect(approximately(sum, 5.939998))
        // No pemenuhan area is shown before, so no area change is computed.
        #expect(change.areaChanges.allSatisfy { $0 == nil })
        #expect(baseline.areas.isEmpty)
    }

    /// Area statistics are over the units that show the area: MP (bobot 2) of the itemised
    /// unit is 2 (100%); the Tangerang Selatan unit has none.
    @Test func areaStatisticsLeaveOutUnitsWithoutTheArea() throws {
        let outline = InstrumentOutline(try Self.instrument())
        let comparison = Comparison(
            outline: outline,
            units: [try Self.tangsel(unit: "Kota A"), try Self.itemised(unit: "Kota B")])
        let mp = try #require(comparison.areas.first { $0.area.id == "MP" })
        #expect(approximately(mp.shares.mean, 1))
        #expect(mp.shares.minimum == mp.shares.maximum)
        let shares = comparison.ranking.map { comparison.shares(of: $0.unit) }
        // Ranked by total: Kota B (67,05) first, Kota A (61,11) second.
        #expect(shares[0].allSatisfy { $0 != nil })
        #expect(shares[1].allSatisfy { $0 == nil })
    }
}

extension UnitSummary {
    /// The summary with another unit name.
    fileprivate func renamed(_ name: String) -> UnitSummary {
        var copy = self
        copy.unit = name
        return copy
    }
}
