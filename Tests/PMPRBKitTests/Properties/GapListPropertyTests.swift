import Testing

@testable import PMPRBKit

/// The gap list accounts for every missing point: when every item is answered, the potentials
/// of the gaps (the hasil survey items included) add up to the maximum minus the total.
@Suite struct GapListPropertyTests {
    @Test(arguments: PropertySeeds.standard)
    func potentialsAddUpToWhatIsMissing(seed: UInt64) throws {
        let instrument = try RandomWorksheet.instrument()
        let card = try RandomWorksheet(seed: seed, instrument: instrument, complete: true)
            .score(instrument)
        try #require(card.unansweredCount == 0, "seed \(seed)")
        let potential = card.gaps.map(\.potential).reduce(0, +)
        #expect(
            abs(potential - (card.maximum - card.total)) <= 1e-9,
            "seed \(seed): potentials \(potential), missing \(card.maximum - card.total)")
    }

    /// The gaps are the items below their best, each with a positive potential, largest first.
    @Test(arguments: PropertySeeds.standard)
    func gapsAreTheItemsBelowTheirBestLargestFirst(seed: UInt64) throws {
        let instrument = try RandomWorksheet.instrument()
        let card = try RandomWorksheet(seed: seed, instrument: instrument).score(instrument)
        let gaps = card.gaps
        let below = card.items.filter { $0.potential > 1e-12 }.map(\.code)
        #expect(Set(gaps.map(\.code)) == Set(below), "seed \(seed)")
        #expect(gaps.allSatisfy { $0.potential > 0 && $0.gapClass != .dipertahankan })
        for (first, second) in zip(gaps, gaps.dropFirst()) {
            #expect(first.potential >= second.potential - 1e-12, "seed \(seed): \(first.code)")
        }
    }
}
