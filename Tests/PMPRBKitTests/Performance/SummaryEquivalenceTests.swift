import Foundation
import PMPRBTestSupport
import Testing

@testable import PMPRBKit

/// The shortcuts taken for speed give what the plain code gives: a summary built straight from
/// a worksheet equals the summary of its score card, and the sort by keys equals the sort by
/// the ranking order (`docs/performance.md`).
@Suite struct SummaryEquivalenceTests {
    static let root = PackageFolder.root

    /// Generated worksheets of every built-in instrument, with empty items and gates.
    @Test(arguments: BuiltinInstruments.ids)
    func summaryOfAWorksheetEqualsTheSummaryOfItsCard(id: String) throws {
        let instrument = try #require(BuiltinInstruments.instrument(id))
        let generator = WorksheetGenerator(instrument: instrument, seed: 99, emptyShare: 0.1)
        for index in 1...40 {
            let file = "opd-\(index).csv"
            let worksheet = try Worksheet(
                csv: Data(generator.csv(index).utf8), file: file, instrument: instrument)
            let card = instrument.score(worksheet)
            #expect(
                instrument.summary(worksheet, file: file) == UnitSummary(card: card, file: file))
        }
    }

    /// A value given directly above its items (`langsung`), which hides the items.
    @Test func summaryWithADirectValueEqualsTheSummaryOfItsCard() throws {
        let instrument = try #require(BuiltinInstruments.instrument("rb-2020"))
        let direct = try #require(instrument.nodes.first { $0.directTypeID != nil })
        let generator = WorksheetGenerator(instrument: instrument, seed: 5)
        for value in ["0", "1,75", "3.2", "4"] {
            var answers = generator.answers(3)
            answers[direct.code] = value
            let worksheet = try TestWorksheets.worksheet(instrument, answers: answers)
            let card = instrument.score(worksheet)
            #expect(card.items.contains { $0.code == direct.code })
            #expect(
                instrument.summary(worksheet, file: "d.csv")
                    == UnitSummary(card: card, file: "d.csv"))
        }
    }

    /// The shipped example worksheets.
    @Test func summaryOfEveryShippedWorksheetEqualsTheSummaryOfItsCard() throws {
        let folder = Self.root.appendingPathComponent("worksheets")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".csv") }
        #expect(!names.isEmpty)
        for name in names {
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            let table = try Worksheet.table(csv: data, file: name)
            let id = try #require(Worksheet.instrumentID(in: table))
            let instrument = try #require(BuiltinInstruments.instrument(id))
            let worksheet = try Worksheet(parsing: table, file: name, instrument: instrument)
            let card = instrument.score(worksheet)
            #expect(
                instrument.summary(worksheet, file: name) == UnitSummary(card: card, file: name))
        }
    }

    /// Many units, with published totals made to tie, in several orders.
    @Test func rankingByKeysEqualsRankingByTheOrder() throws {
        let instrument = try TestWorksheets.zi()
        let generator = WorksheetGenerator(instrument: instrument, seed: 11)
        var units: [UnitSummary] = []
        for index in 1...30 {
            let worksheet = try Worksheet(
                csv: Data(generator.csv(index).utf8), file: "f\(index).csv",
                instrument: instrument)
            var summary = instrument.summary(worksheet, file: "f\(index).csv")
            // Every third unit ties with the one before it, under a name that differs in case.
            if index % 3 == 0, let previous = units.last {
                summary.total = previous.total
                summary.unit = previous.unit.uppercased()
            }
            units.append(summary)
        }
        var random = SplitMix64(seed: 3)
        for _ in 0..<5 {
            #expect(Comparison.inRankingOrder(units) == units.sorted(by: Comparison.rankingOrder))
            units.shuffle(using: &random)
        }
    }
}
