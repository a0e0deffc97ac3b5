import Testing

@testable import PMPRBKit

/// Every score stays within its bounds (`docs/methodology.md`, section 4): a node between 0 and
/// its weight, an item's value between 0 and 1, the total between 0 and 100.
@Suite struct ScoreBoundsPropertyTests {
    @Test(arguments: PropertySeeds.standard)
    func everyValueStaysWithinItsBounds(seed: UInt64) throws {
        let instrument = try RandomWorksheet.instrument()
        let card = try RandomWorksheet(seed: seed, instrument: instrument).score(instrument)
        let tolerance = propertyTolerance
        #expect(card.maximum == 100)
        #expect(
            card.total >= -tolerance && card.total <= 100 + tolerance,
            "seed \(seed): total \(card.total)")
        for node in card.nodes {
            #expect(
                node.value >= -tolerance && node.value <= node.weight + tolerance,
                "seed \(seed): \(node.code) is \(node.value) of \(node.weight)")
        }
        for area in card.areas {
            #expect(
                area.share >= -tolerance && area.share <= 1 + tolerance,
                "seed \(seed): area \(area.id) share \(area.share)")
        }
        for item in card.items {
            #expect(
                item.value >= -tolerance && item.value <= 1 + tolerance,
                "seed \(seed): \(item.code) has value \(item.value)")
            #expect(item.potential >= 0, "seed \(seed): \(item.code) potential \(item.potential)")
        }
        let components = card.nodes.filter { $0.depth == 0 }.map(\.value).reduce(0, +)
        #expect(abs(components - card.total) <= tolerance, "seed \(seed)")
    }

    /// The items account for the total: their points add up to it.
    @Test(arguments: PropertySeeds.standard)
    func itemPointsAddUpToTheTotal(seed: UInt64) throws {
        let instrument = try RandomWorksheet.instrument()
        let card = try RandomWorksheet(seed: seed, instrument: instrument).score(instrument)
        let points = card.items.map(\.points).reduce(0, +)
        #expect(abs(points - card.total) <= propertyTolerance, "seed \(seed): \(points)")
    }
}
