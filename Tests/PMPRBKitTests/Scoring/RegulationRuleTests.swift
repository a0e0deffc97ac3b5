import Foundation
import Testing

@testable import PMPRBKit

/// Rules of the built-in instruments that follow the regulation (or KemenPAN-RB's 2015
/// evaluation workbook) more closely than a plain formula would; each expected value computed
/// by hand.
@Suite struct RegulationRuleTests {
    static func instrument(_ id: String) throws -> Instrument {
        try #require(BuiltinInstruments.instrument(id))
    }

    // MARK: - A.II.3.iii.a, fewer disciplinary violations (zi-2021)

    /// `A.II.3.iii` (bobot 2, one item): (last year - this year) / last year, and for a last
    /// year of 0 the instrument's `penyebut_nol` 'negatif=0; nol=1'.
    @Test(arguments: [
        // 0 last year, 3 this year: numerator 0 - 3 = -3 < 0 over 0: violations rose: 0 x 2 = 0.
        ("0", "3", 0.0, 0.0),
        // 0 and 0: numerator 0 over 0: nothing to reduce: 1 x 2 = 2.
        ("0", "0", 1.0, 2.0),
        // 4 and 1: (4 - 1) / 4 = 0,75; 0,75 x 2 = 1,5.
        ("4", "1", 0.75, 1.5),
        // 2 and 5: (2 - 5) / 2 = -1,5, capped to 0.
        ("2", "5", 0.0, 0.0),
    ])
    func violationsRoseFromZeroScoreZero(
        last: String, now: String, value: Double, points: Double
    ) throws {
        let instrument = try Self.instrument("zi-2021")
        let card = try TestWorksheets.card(
            instrument, bestChanging: ["A.II.3.iii.a.1": last, "A.II.3.iii.a.2": now])
        let item = try #require(card.items.first { $0.code == "A.II.3.iii.a" })
        #expect(item.isAnswered)
        #expect(approximately(item.value, value))
        #expect(approximately(card.points("A.II.3.iii"), points))
    }

    @Test func zeroDenominatorRuleIsInstrumentData() throws {
        let node = try #require(try Self.instrument("zi-2021").node("A.II.3.iii.a"))
        #expect(node.zeroDenominator == ZeroDenominator(negative: 0, zero: 1, positive: nil))
        #expect(node.zeroDenominator?.description == "negatif=0; nol=1")
        // The LHKPN item keeps one value for every numerator.
        let lhkpn = try #require(try Self.instrument("zi-2021").node("A.II.5.iii.i.a"))
        #expect(lhkpn.zeroDenominator == ZeroDenominator(1))
    }

    @Test(arguments: ["negatif=2", "nol", "turun=0", "nol=1; nol=0", "1,5"])
    func unreadableZeroDenominatorRulesAreRefused(text: String) {
        guard case .failure = ZeroDenominator.parse(text) else {
            Issue.record("'\(text)' was read")
            return
        }
    }

    // MARK: - LHKPN / LHKASN totals and their breakdown (zi-2021)

    /// `A.II.5.iii.i.a` = sudah melaporkan (.5) / wajib melaporkan (.1), sub-sub-indicator
    /// bobot 1. With .1 blank and its breakdown .2 + .3 + .4 = 1 + 1 + 2 = 4, the total is 4:
    /// 3 / 4 = 0,75 -> 0,75 points (before, a blank .1 left the item uncomputed: 0).
    @Test func aBlankObligedTotalIsTheSumOfItsBreakdown() throws {
        let instrument = try Self.instrument("zi-2021")
        let answers = TestWorksheets.bestAnswers(
            instrument,
            changing: [
                "A.II.5.iii.i.a.1": "", "A.II.5.iii.i.a.2": "1", "A.II.5.iii.i.a.3": "1",
                "A.II.5.iii.i.a.4": "2", "A.II.5.iii.i.a.5": "3",
            ])
        let worksheet = try TestWorksheets.worksheet(instrument, answers: answers)
        let card = instrument.score(worksheet)
        #expect(approximately(card.points("A.II.5.iii.i"), 0.75))
        #expect(worksheet.answer("A.II.5.iii.i.a.1") == .number(4))
        let note = try #require(worksheet.warnings.first)
        #expect(note.severity == .note)
        #expect(note.message == "'A.II.5.iii.i.a.1' is empty; the sum of its breakdown rows, 4, is used")
    }

    /// LHKASN: .1 = 5 but .2 + .3 + .4 = 1 + 1 + 1 = 3: the total 5 is kept (3 / 5 = 0,6
    /// points of bobot 1) with a warning at the total's answer cell naming both numbers.
    @Test func aTotalThatDisagreesWithItsBreakdownIsWarnedAtItsCell() throws {
        let instrument = try Self.instrument("zi-2021")
        let answers = TestWorksheets.bestAnswers(instrument, changing: ["A.II.5.iii.ii.a.1": "5"])
        let text = try TestWorksheets.csv(instrument, answers: answers)
        let worksheet = try Worksheet(csv: Data(text.utf8), file: "uji.csv", instrument: instrument)
        let card = instrument.score(worksheet)
        #expect(approximately(card.points("A.II.5.iii.ii"), 0.6))
        let warning = try #require(worksheet.warnings.first { $0.severity == .warning })
        #expect(warning.message == "'A.II.5.iii.ii.a.1' is 5, but its breakdown rows add up to 3")
        let line = try #require(
            text.split(separator: "\n", omittingEmptySubsequences: false)
                .firstIndex { $0.hasPrefix("A.II.5.iii.ii.a.1,") })
        // Line numbers are 1-based; the answer is the fifth column (kode, penilaian, bobot,
        // pilihan_jawaban, jawaban).
        #expect(warning.position?.line == line + 1)
        #expect(warning.position?.column != nil)
    }

    // MARK: - rb-2014 gates of the 2015 workbook

    /// `A.5.iv` (bobot 6, items a-e): a = Ya 1, b = A 1, c = Tidak 0, d = Ya, e = Ya. The chain
    /// d x c, e x d makes d = 1 x (0 x 1) = 0 and e = 1 x 0 = 0; mean (1 + 1 + 0 + 0 + 0) / 5 =
    /// 0,4; 6 x 0,4 = 2,4 (gating d and e on b alone gave 6 x 4 / 5 = 4,8).
    @Test func rb2014OpenPromotionIsAChain() throws {
        let instrument = try Self.instrument("rb-2014")
        let card = try TestWorksheets.card(
            instrument,
            bestChanging: [
                "A.5.iv.a": "Ya", "A.5.iv.b": "A", "A.5.iv.c": "Tidak", "A.5.iv.d": "Ya",
                "A.5.iv.e": "Ya",
            ])
        #expect(approximately(card.points("A.5.iv"), 2.4))
        #expect(instrument.node("A.5.iv.d")?.gate == "A.5.iv.c")
        #expect(instrument.node("A.5.iv.e")?.gate == "A.5.iv.d")
    }

    /// `A.1.ii` (bobot 1, items a-e): a = Tidak 0 and b-e at A (1): d is gated by a, so
    /// mean (0 + 1 + 1 + 0 + 1) / 5 = 0,6 (ungated 0,8).
    @Test func rb2014RoadMapInvolvementNeedsARoadMap() throws {
        let instrument = try Self.instrument("rb-2014")
        let card = try TestWorksheets.card(instrument, bestChanging: ["A.1.ii.a": "Tidak"])
        #expect(approximately(card.points("A.1.ii"), 0.6))
    }

    /// `A.8.iv` (bobot 1,5, items a-c): a = C 0, b = Ya, c = A: b and c are gated by a, so
    /// mean (0 + 0 + 0) / 3 = 0 (b ungated gave 1,5 x 1 / 3 = 0,5).
    @Test func rb2014SurveyResultsNeedASurvey() throws {
        let instrument = try Self.instrument("rb-2014")
        let card = try TestWorksheets.card(instrument, bestChanging: ["A.8.iv.a": "C"])
        #expect(approximately(card.points("A.8.iv"), 0))
    }

    @Test func rb2014FiveOptionValuesAreConfirmedByTheWorkbook() throws {
        let type = try #require(try Self.instrument("rb-2014").answerTypes.first { $0.id == "abcde" })
        #expect(!type.provenance.isAssumption)
        #expect(type.provenance.source.contains("LKE RB 2015"))
        #expect(
            type.conversion
                == .options(
                    zip(["A", "B", "C", "D", "E"], [1, 0.75, 0.5, 0.25, 0]).map {
                        AnswerType.Option(label: $0, value: $1)
                    }))
    }

    // MARK: - Pemda + OPD rule

    /// Only rb-2014 declares how a Pemda's result and its OPD's combine (PermenPANRB 30/2018:
    /// 50% each); a ZI worksheet assesses one unit.
    @Test func onlyRB2014DeclaresAPemdaAndOPDRule() throws {
        let rule = try #require(try Self.instrument("rb-2014").combination)
        #expect(rule.pemdaWeight == 0.5)
        #expect(rule.provenance.source.contains("30/2018"))
        #expect(try Self.instrument("zi-2021").combination == nil)
        #expect(try Self.instrument("rb-2020").combination == nil)
    }
}
