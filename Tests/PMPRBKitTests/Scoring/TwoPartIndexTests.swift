import Foundation
import Testing

@testable import PMPRBKit

/// Ranges, multipliers, the coefficient, lines that do not apply, targets and bands above 100,
/// on the small two-part index of `SmallIndex`.
@Suite struct TwoPartIndexTests {
    @Test func chainedMultipliersCoefficientAndTematik() throws {
        let card = try SmallIndex.score([
            "G.1": "4", "G.2": "50", "G.3": "80", "T.1": "50", "K.1": "2",
        ])
        // G.1 = 4/5 × 20 = 16 (the minimum 1 is not used).
        // G.2 = 50/100 × 30 × (G.1 0,8) = 12.
        // G.3 = 80/100 × 50 × (G.2 0,5 × G.1 0,8 = 0,4) = 16. General = 44.
        // Adjusted = (44 + 2) / 100 × 100 = 46. Tematik = 50/100 × 10 = 5. Index = 51 → D.
        let index = try #require(card.index)
        #expect(approximately(card.points("G.2"), 12))
        #expect(approximately(card.points("G.3"), 16))
        #expect(approximately(index.generalTotal, 44))
        #expect(index.coefficient == 2)
        #expect(approximately(index.adjustedGeneral, 46))
        #expect(approximately(index.thematicTotal, 5))
        #expect(approximately(card.total, 51))
        #expect(card.band?.grade == "D")
        #expect(index.maximum == 110)
    }

    @Test func aLineBelowItsTargetTurnsAIntoAMinus() throws {
        // G = 5/5 × 20 + 100/100 × 30 + 60/100 × 50 = 20 + 30 + 30 = 80; + coefficient 1 = 81.
        // T.1 = 0. Index 81 is in A's range, but G.3 (60) is below its target 60,5 → A−.
        let missed = try SmallIndex.score(["G.1": "5", "G.2": "100", "G.3": "60", "T.1": "0", "K.1": "1"])
        #expect(approximately(missed.total, 81))
        #expect(missed.band?.grade == "A-")
        #expect(missed.index?.missedTargets.map(\.code) == ["G.3"])
        #expect(missed.index?.missedTargets.first?.target == 60.5)
        // G.3 at "60,5" (a decimal comma): 60,5/100 × 50 = 30,25; index 81,25 → A.
        let met = try SmallIndex.score(["G.1": "5", "G.2": "100", "G.3": "60,5", "T.1": "0", "K.1": "1"])
        #expect(approximately(met.total, 81.25))
        #expect(met.band?.grade == "A")
        #expect(met.index?.missedTargets.isEmpty == true)
    }

    @Test func aLineThatDoesNotApplyIsLeftOutAndGeneralRescaled() throws {
        let card = try SmallIndex.score(["G.1": "5", "G.2": "TB", "G.3": "100", "T.1": "100"])
        // G.2 does not apply: its weight 30 leaves the base, 100 − 30 = 70. Its multiplier on
        // G.3 is skipped, G.1's (1) still applies: G.3 = 100/100 × 50 × 1 = 50.
        // General = 20 + 50 = 70; adjusted = (70 + 0) / 70 × 100 = 100. Tematik = 10.
        // Index = 110, above 100 → AA. The empty coefficient is 0 and not unanswered.
        let index = try #require(card.index)
        #expect(index.notApplicable == ["G.2"])
        #expect(approximately(index.applicableWeight, 70))
        #expect(approximately(index.adjustedGeneral, 100))
        #expect(approximately(card.total, 110))
        #expect(card.band?.grade == "AA")
        #expect(card.unansweredCount == 0)
        let g2 = try #require(card.items.first { $0.code == "G.2" })
        #expect(g2.answer == .option("TB") && g2.potential == 0 && g2.isAnswered)
        // G.1 in index points: 20 × 100/70 = 28,57.
        #expect(approximately(card.items.first { $0.code == "G.1" }?.points ?? 0, 2000 / 70))
    }

    @Test func exactlyOneHundredFollowsTheDeclaredBoundary() throws {
        let best = ["G.1": "5", "G.2": "100", "G.3": "100", "T.1": "0"]
        // General 100, Tematik 0: index 100. With 'ambang 100' AA needs more than 100 → A.
        #expect(try SmallIndex.score(best).band?.grade == "A")
        // Declared '>=100', the same 100 is AA.
        let inclusive = try SmallIndex.instrument(
            SmallIndex.text.replacingOccurrences(of: "Istimewa,,,,100,", with: "Istimewa,,,,>=100,"))
        #expect(try SmallIndex.score(best, instrument: inclusive).band?.grade == "AA")
    }

    @Test func coefficientCannotLiftGeneralAbove100() throws {
        // (100 + 10) / 100 × 100 = 110, kept at 100 (ASM-48); + Tematik 10 = 110.
        let card = try SmallIndex.score([
            "G.1": "5", "G.2": "100", "G.3": "100", "T.1": "100", "K.1": "10",
        ])
        #expect(approximately(card.index?.adjustedGeneral ?? 0, 100))
        #expect(approximately(card.total, 110))
    }

    @Test func gapsRankLinesByIndexPointsRecoverableAfterMultipliers() throws {
        let card = try SmallIndex.score(["G.1": "4", "G.2": "50", "G.3": "80", "T.1": "50"])
        // G.1: (1 − 0,8) × 20 = 4. G.2: (1 − 0,5) × 30 × 0,8 = 12.
        // G.3: (1 − 0,8) × 50 × 0,4 = 4. T.1: (1 − 0,5) × 10 = 5. Applicable 100: × 1.
        #expect(card.gaps.map(\.code) == ["G.2", "T.1", "G.1", "G.3"])
        #expect(approximately(card.gaps.first?.potential ?? 0, 12))
    }

    @Test func notApplicableOnALineThatMustApplyIsRefusedAtItsCell() throws {
        let instrument = try SmallIndex.instrument()
        let text = try TestWorksheets.csv(instrument, answers: ["T.1": "TB"])
        let errors = TestWorksheets.errors(text, instrument: instrument)
        let error = try #require(errors.first { $0.message.contains("T.1") })
        #expect(error.message == "'T.1' cannot be marked not applicable")
        #expect(error.position?.line == text.split(separator: "\n").firstIndex { $0.hasPrefix("T.1,") }.map { $0 + 1 })
    }

    @Test func aValueOutsideItsRangeIsRefused() throws {
        let instrument = try SmallIndex.instrument()
        let text = try TestWorksheets.csv(instrument, answers: ["G.1": "0"])
        let messages = TestWorksheets.errors(text, instrument: instrument).map(\.message)
        #expect(messages.contains("answer '0' for 'G.1' is outside 1.00..5.00"), "\(messages)")
    }
}

/// `--target A` on a two-part index: the lines below their target first, then the total.
@Suite struct TwoPartIndexPlanTests {
    @Test func planForANamesTheLinesBelowTheirTarget() throws {
        let instrument = try SmallIndex.instrument()
        let card = try SmallIndex.score(
            ["G.1": "5", "G.2": "100", "G.3": "60", "T.1": "0", "K.1": "1"], instrument: instrument)
        // Index 81 is in A's range but A− (G.3 60 < 60,5): raising G.3 alone gives A.
        // G.3 to 100: + (1 − 0,6) × 50 × 1 = 20 → 101.
        let target = try #require(ImprovementPlan.Target(parsing: "A", instrument: instrument))
        let plan = instrument.plan(target, for: card)
        #expect(plan.steps.map(\.code) == ["G.3"])
        #expect(plan.targetGrade == "A")
        #expect(plan.missedTargets.map(\.code) == ["G.3"])
        #expect(approximately(plan.totalAfter, 101))
        let text = ScoreReport(card: card, plan: plan).rendered(.text)
        #expect(text.contains("A memerlukan nilai dalam rentang A dan setiap baris bertarget baik"))
        #expect(text.contains("Di bawah target: G.3 Capaian (60,00 < 60,50)"))
    }

    @Test func targetAMinusNeedsOnlyAsRange() throws {
        let instrument = try SmallIndex.instrument()
        let card = try SmallIndex.score(
            ["G.1": "5", "G.2": "100", "G.3": "60", "T.1": "0", "K.1": "1"], instrument: instrument)
        // Index 81 > 80: A− is met although G.3 misses its target; A is not.
        let minus = try #require(ImprovementPlan.Target(parsing: "a-", instrument: instrument))
        #expect(minus == .band("A-"))
        #expect(instrument.plan(minus, for: card).isAlreadyMet)
        let a = try #require(ImprovementPlan.Target(parsing: "A", instrument: instrument))
        #expect(!instrument.plan(a, for: card).isAlreadyMet)
    }

    @Test func reportShowsTheAdjustedGeneralAndTheLinesThatDoNotApply() throws {
        let card = try SmallIndex.score(
            ["G.1": "5", "G.2": "TB", "G.3": "50", "T.1": "100", "K.1": "-1"])
        // G = 20 + 50/100 × 50 × 1 = 45; (45 − 1) / 70 × 100 = 62,857; + 10 = 72,86 → D.
        #expect(approximately(card.total, 44.0 / 70 * 100 + 10))
        let text = ScoreReport(card: card).rendered(.text)
        #expect(text.contains("RB General disesuaikan (45,00 - 1,00) / 70,00 x 100"))
        #expect(text.contains("Tidak berlaku (TB): G.2; bobot 30,00 dikeluarkan"))
        let json = ScoreReport(card: card).rendered(.json)
        #expect(json.contains("\"notApplicable\" : [\n      \"G.2\"\n    ]"))
        let english = ScoreReport(card: card, language: .en).rendered(.text)
        #expect(english.contains("Not applicable (TB): G.2; weight 30.00 is left out"))
    }
}

/// `pmprb instrumen show` on a two-part index.
@Suite struct TwoPartIndexTreeTests {
    @Test func treeShowsPartsMultipliersTargetsAndTheStandInBand() throws {
        let text = InstrumentTree(instrument: try SmallIndex.instrument()).rendered()
        #expect(text.contains("G  General  [100,00]  <umum>\n"))
        #expect(text.contains("  G.3  Capaian  [50,00]  (Nilai 0-100)  x G.2  target 60,50  TB\n"))
        #expect(text.contains("A  > 80,00  Baik\nA-  = A, satu baris atau lebih di bawah target  Baik dengan catatan\n"))
    }
}

/// How a worksheet writes a line that does not apply, and a line left empty.
@Suite struct TwoPartIndexAnswerTests {
    @Test(arguments: ["TB", "tb", "tidak berlaku", "N/A"])
    func everySpellingOfNotApplicableIsRead(text: String) throws {
        let card = try SmallIndex.score(["G.1": "5", "G.2": text, "G.3": "100", "T.1": "0"])
        // As in aLineThatDoesNotApplyIsLeftOutAndGeneralRescaled: 70 / 70 × 100 = 100.
        #expect(card.index?.notApplicable == ["G.2"])
        #expect(approximately(card.total, 100))
    }

    @Test func anEmptyLineWithATargetMissesIt() throws {
        // G.3 empty counts 0 and misses its target 60,5: G = 20 + 30 = 50; + coefficient 10 →
        // 60; T.1 = 100 → 10: index 70 → below A anyway, but the miss is reported.
        let card = try SmallIndex.score(["G.1": "5", "G.2": "100", "T.1": "100", "K.1": "10"])
        #expect(approximately(card.total, 70))
        #expect(card.unansweredCount == 1)
        let miss = try #require(card.index?.missedTargets.first)
        #expect(miss.code == "G.3" && miss.value == nil)
    }
}
