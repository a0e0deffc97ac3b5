import Foundation
import Testing

@testable import PMPRBKit

@Suite struct PropertyRandomTests {
    /// The first outputs for seed 0 of the reference SplitMix64 (`splitmix64.c`).
    @Test func matchesTheReferenceSequence() {
        var random = PropertyRandom(seed: 0)
        #expect(random.next() == 0xE220_A839_7B1D_CDAF)
        #expect(random.next() == 0x6E78_9E6A_A1B9_65F4)
        #expect(random.next() == 0x06C4_5D18_8009_454F)
    }

    @Test func staysWithinItsRanges() {
        var random = PropertyRandom(seed: 7)
        for _ in 0..<1_000 {
            #expect((3...5).contains(random.int(in: 3...5)))
            let unit = random.unit()
            #expect(unit >= 0 && unit < 1)
        }
        #expect(random.shuffled(Array(0..<50)).sorted() == Array(0..<50))
    }

    @Test func sameSeedGivesTheSameWorksheet() throws {
        let instrument = try RandomWorksheet.instrument()
        let first = RandomWorksheet(seed: 42, instrument: instrument)
        let again = RandomWorksheet(seed: 42, instrument: instrument)
        let other = RandomWorksheet(seed: 43, instrument: instrument)
        #expect(try first.csv() == again.csv())
        #expect(try first.csv() != other.csv())
    }

    /// Every sample is a worksheet the reader accepts without warnings, and the samples vary:
    /// some are empty, some complete, most in between.
    @Test func samplesAreAcceptedAndVaried() throws {
        let instrument = try RandomWorksheet.instrument()
        var unanswered: Set<Int> = []
        for seed in PropertySeeds.standard {
            let card = try RandomWorksheet(seed: seed, instrument: instrument).score(instrument)
            #expect(card.warnings.isEmpty, "seed \(seed): \(card.warnings.map(\.description))")
            unanswered.insert(card.unansweredCount)
        }
        #expect(unanswered.contains(0))
        #expect(unanswered.count > 20)
    }

    @Test(arguments: PropertySeeds.standard.prefix(20))
    func completeSamplesAnswerEveryItem(seed: UInt64) throws {
        let instrument = try RandomWorksheet.instrument()
        let card = try RandomWorksheet(seed: seed, instrument: instrument, complete: true)
            .score(instrument)
        #expect(card.unansweredCount == 0)
    }
}
