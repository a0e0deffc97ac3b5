import Foundation
import Testing

@testable import PMPRBKit

/// A better answer never lowers a score: raising one answer (a better option, a higher survey
/// score, a count that raises a percentage) leaves the total, and every node, at least where
/// they were (`docs/methodology.md`, section 4: values are sums and means of non-negative
/// parts).
@Suite struct MonotonicityPropertyTests {
    /// How many answers each seed raises in memory.
    static let raisesPerSeed = 20

    /// Better options and higher survey scores, for items answered or not.
    @Test(arguments: PropertySeeds.standard)
    func raisingAnAnswerNeverLowersAScore(seed: UInt64) throws {
        let (instrument, sample, before) = try RandomWorksheet.scored(seed: seed)
        let worksheet = try sample.worksheet(instrument)
        var random = PropertyRandom(seed: seed ^ 0x6D6F_6E6F)
        var raised = 0
        for code in random.shuffled(Self.raisableCodes(instrument)) {
            guard raised < Self.raisesPerSeed,
                let better = Self.betterAnswer(code, in: worksheet, instrument, random: &random)
            else { continue }
            var changed = worksheet
            changed.entries[code]?.answer = better
            Self.expectNoScoreFalls(
                from: before, to: instrument.score(changed), "seed \(seed): \(code) to \(better)")
            raised += 1
        }
        #expect(raised > 0 || before.total >= 100 - propertyTolerance, "seed \(seed)")
    }

    /// A count moved the way that raises its percentage never lowers a score.
    ///
    /// The moves: a numerator up, a denominator (while it stays above 0) or a subtracted count
    /// down. Moves that the reader would refuse (a capped numerator above its denominator) are
    /// skipped.
    @Test(arguments: PropertySeeds.standard)
    func aCountThatRaisesAPercentageNeverLowersAScore(seed: UInt64) throws {
        let (instrument, sample, before) = try RandomWorksheet.scored(seed: seed)
        let worksheet = try sample.worksheet(instrument)
        for move in Self.countMoves(instrument, worksheet) {
            var changed = worksheet
            changed.entries[move.code]?.answer = .number(move.count)
            guard Self.isAccepted(changed, instrument) else { continue }
            let after = instrument.score(changed)
            let item = try #require(after.items.first { $0.code == move.item })
            let old = try #require(before.items.first { $0.code == move.item })
            #expect(
                item.value >= old.value - propertyTolerance,
                "seed \(seed): \(move.code) to \(move.count) lowers \(move.item)")
            Self.expectNoScoreFalls(
                from: before, to: after, "seed \(seed): \(move.code) to \(move.count)")
        }
    }

    /// One raise per seed made in the text and read back, so that the reader and the scoring
    /// agree with the in-memory change.
    @Test(arguments: PropertySeeds.standard)
    func raisingAnAnswerInTheFileNeverLowersTheTotal(seed: UInt64) throws {
        let (instrument, sample, _) = try RandomWorksheet.scored(seed: seed)
        let worksheet = try sample.worksheet(instrument)
        var random = PropertyRandom(seed: seed ^ 0x7465_7874)
        let codes = random.shuffled(Self.raisableCodes(instrument))
        for code in codes {
            guard let better = Self.betterAnswer(code, in: worksheet, instrument, random: &random)
            else { continue }
            var raised = sample
            switch better {
            case .option(let label): raised.answers[code] = label
            case .number(let number): raised.answers[code] = LocaleNumber.format(number)
            case .notApplicable: raised.answers[code] = NotApplicable.label
            }
            let before = instrument.score(worksheet)
            let after = try raised.score(instrument)
            Self.expectNoScoreFalls(from: before, to: after, "seed \(seed): \(code) to \(better)")
            return
        }
    }

    /// The items answered with an option or a survey score.
    static func raisableCodes(_ instrument: Instrument) -> [String] {
        instrument.nodes.filter { node in
            guard node.kind == .butir, let type = instrument.answerType(of: node) else {
                return false
            }
            switch type.conversion {
            case .options, .scale: return true
            case .percent, .count: return false
            }
        }.map(\.code)
    }

    /// A random answer better than the current one, or `nil` when it is already the best.
    ///
    /// Any answer is better than none.
    static func betterAnswer(
        _ code: String, in worksheet: Worksheet, _ instrument: Instrument,
        random: inout PropertyRandom
    ) -> Worksheet.Answer? {
        guard let node = instrument.node(code), let type = instrument.answerType(of: node) else {
            return nil
        }
        let current = worksheet.answer(code)
        switch type.conversion {
        case .options(let options):
            var floor = -Double.infinity
            if case .option(let label)? = current {
                floor = options.first { $0.label == label }?.value ?? 0
            }
            let better = options.filter { $0.value > floor }
            guard !better.isEmpty else { return nil }
            return .option(better[random.index(below: better.count)].label)
        case .scale(let minimum, let maximum):
            var floor = Int(minimum * 100) - 1
            if case .number(let number)? = current { floor = Int((number * 100).rounded()) }
            guard floor < Int(maximum * 100) else { return nil }
            return .number(Double(random.int(in: (floor + 1)...Int(maximum * 100))) / 100)
        case .percent, .count:
            return nil
        }
    }

    /// A change of one input row, and the percentage item it feeds.
    struct CountMove {
        var code: String
        var count: Double
        var item: String
    }

    /// The moves of every answered input row that raise its item's percentage.
    static func countMoves(_ instrument: Instrument, _ worksheet: Worksheet) -> [CountMove] {
        var moves: [CountMove] = []
        for node in instrument.nodes {
            guard let formula = node.formula else { continue }
            let denominator = Set(formula.denominator.compactMap(\.code))
            for term in formula.numerator + formula.denominator {
                guard let code = term.code,
                    case .number(let count)? = worksheet.answer(code)
                else { continue }
                let inNumerator = formula.numerator.contains { $0.code == code }
                let raises = inNumerator && !term.isNegative && !denominator.contains(code)
                if raises {
                    moves.append(CountMove(code: code, count: count + 1, item: node.code))
                } else if count >= 1 && !(inNumerator && denominator.contains(code)) {
                    var lowered = worksheet
                    lowered.entries[code]?.answer = .number(count - 1)
                    // A denominator of 0 makes the percentage undefined, not higher.
                    guard let parts = formula.parts({ lowered.number($0) }), parts.denominator > 0
                    else { continue }
                    moves.append(CountMove(code: code, count: count - 1, item: node.code))
                }
            }
        }
        return moves
    }

    /// Whether the reader would accept the counts: no capped numerator above its denominator.
    static func isAccepted(_ worksheet: Worksheet, _ instrument: Instrument) -> Bool {
        instrument.nodes.allSatisfy { node in
            guard node.numeratorCapped, let formula = node.formula,
                let parts = formula.parts({ worksheet.number($0) })
            else { return true }
            return parts.numerator <= parts.denominator
        }
    }

    /// Checks that neither the total nor any node fell.
    static func expectNoScoreFalls(
        from before: ScoreCard, to after: ScoreCard, _ context: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(
            after.total >= before.total - propertyTolerance,
            "\(context): total \(before.total) -> \(after.total)", sourceLocation: sourceLocation)
        for (old, new) in zip(before.nodes, after.nodes) where new.value < old.value - 1e-9 {
            Issue.record(
                "\(context): \(old.code) \(old.value) -> \(new.value)",
                sourceLocation: sourceLocation)
        }
    }
}

extension Worksheet {
    /// The number answered for a code, if any.
    func number(_ code: String) -> Double? {
        if case .number(let value)? = answer(code) { return value }
        return nil
    }
}
