import Foundation
import Testing

@testable import PMPRBKit

/// What scoring takes besides the answers: the predicate a unit already holds (`#predikat`,
/// `--predikat`) and the policy for unanswered items (`--kosong`).
@Suite struct DeclaredInputTests {
    static func zi() throws -> Instrument { try TestWorksheets.zi() }

    /// The official example (every item at its best) with a `#predikat` cell.
    static func best(predikat: String) throws -> Worksheet {
        let instrument = try zi()
        var text = try TestWorksheets.csv(instrument, answers: TestWorksheets.bestAnswers(instrument))
        text = text.replacingOccurrences(
            of: "#predikat,Predikat yang sudah diraih (mis. WBK 2025),,,,,,",
            with: "#predikat,Predikat yang sudah diraih (mis. WBK 2025),,,,\(predikat),,")
        return try Worksheet(csv: Data(text.utf8), file: "uji.csv", instrument: instrument)
    }

    // MARK: - WBBM needs a declared Menuju WBK

    /// Every value at its best meets every WBK and WBBM threshold (total 100 >= 85, ...), but
    /// without a declaration WBBM.1 fails: WBBM is not met; its verdict is "score criteria
    /// met; Menuju WBK predicate not declared" (before, WBBM was met because the same
    /// worksheet passed WBK).
    @Test func wbbmIsNotMetWithoutADeclaredWBK() throws {
        let card = try Self.zi().score(try Self.best(predikat: ""))
        let wbk = try #require(card.predicates.first { $0.name == "WBK" })
        let wbbm = try #require(card.predicates.first { $0.name == "WBBM" })
        #expect(wbk.holds)
        #expect(!wbbm.holds)
        #expect(wbbm.scoreCriteriaHold)
        #expect(wbbm.awaitsDeclaration)
        #expect(wbbm.undeclared == ["WBK"])
        let text = ScoreReport(card: card).rendered(.text)
        #expect(text.contains("WBBM: kriteria nilai terpenuhi; predikat Menuju WBK belum dinyatakan"))
        #expect(text.contains("Predikat yang sudah diraih: belum dinyatakan"))
        let english = ScoreReport(card: card, language: .en).rendered(.text)
        #expect(english.contains("WBBM: score criteria met; Menuju WBK predicate not declared"))
    }

    @Test(arguments: ["WBK 2025", "wbk:2025", "WBK"])
    func aDeclaredWBKInTheWorksheetMeetsWBBM(predikat: String) throws {
        let worksheet = try Self.best(predikat: predikat)
        #expect(worksheet.heldPredicates.first?.name == "WBK")
        let card = try Self.zi().score(worksheet)
        #expect(card.predicates.allSatisfy { $0.holds })
        let json = ScoreReport(card: card).rendered(.json)
        #expect(json.contains("\"heldPredicates\" : ["))
        #expect(json.contains("\"name\" : \"WBK\""))
    }

    @Test func aDeclarationByOptionMeetsWBBMAndEveryFormatSaysSo() throws {
        let instrument = try Self.zi()
        let options = ScoringOptions(heldPredicates: [HeldPredicate(name: "WBK", year: 2025)])
        let card = instrument.score(try Self.best(predikat: ""), options: options)
        #expect(card.predicates.allSatisfy { $0.holds })
        let report = ScoreReport(card: card)
        #expect(report.rendered(.text).contains("Predikat yang sudah diraih: WBK 2025"))
        #expect(report.rendered(.markdown).contains("Predikat yang sudah diraih: WBK 2025"))
        #expect(report.rendered(.html).contains("Predikat yang sudah diraih: WBK 2025"))
        #expect(report.rendered(.csv).contains("\n#predikat,predikat_diraih,WBK 2025,"))
        #expect(report.rendered(.csv).contains("\nWBBM,predikat,terpenuhi,"))
        // The same worksheet's summary (compare) agrees.
        let summary = instrument.summary(try Self.best(predikat: ""), file: "uji.csv", options: options)
        #expect(summary.meets("WBBM") == true)
        #expect(summary.heldPredicates == [HeldPredicate(name: "WBK", year: 2025)])
    }

    @Test(arguments: ["WBBK 2025", "WBK dua", "WBK 2025 2026"])
    func anUnreadableDeclarationIsRefusedAtItsCell(predikat: String) throws {
        let error = #expect(throws: DiagnosticError.self) { try Self.best(predikat: predikat) }
        let diagnostic = try #require(error?.diagnostics.first)
        #expect(diagnostic.message.contains("predikat"))
        // '#predikat,' is 10 scalars, the label 42, then ',' and three empty cells (bobot,
        // pilihan_jawaban, penjelasan) with their commas: the jawaban cell starts at
        // 10 + 42 + 1 + 1 + 1 + 1 + 1 = 57.
        #expect(diagnostic.position?.column == 57)
    }

    // MARK: - Unanswered items: counted 0, or left out of the mean

    /// `A.I.1.i` (bobot 0,5, two items a and b) with a = A (1) and b empty; the rest at best.
    /// - nol: 0,5 x (1 + 0) / 2 = 0,25; total 100 - 0,25 = 99,75.
    /// - abaikan: 0,5 x 1 / 1 = 0,5; total 100.
    @Test func missingAnswersPolicyChangesTheMean() throws {
        let instrument = try Self.zi()
        var answers = TestWorksheets.bestAnswers(instrument)
        answers["A.I.1.i.b"] = ""
        let worksheet = try TestWorksheets.worksheet(instrument, answers: answers)
        let zero = instrument.score(worksheet)
        #expect(approximately(zero.points("A.I.1.i"), 0.25))
        #expect(approximately(zero.total, 99.75))
        let ignored = instrument.score(
            worksheet, options: ScoringOptions(missingAnswers: .ignored))
        #expect(approximately(ignored.points("A.I.1.i"), 0.5))
        #expect(approximately(ignored.total, 100))
        #expect(ignored.unansweredCount == 1)
        // The item's points add up to its sub-indicator: A.I.1.i.a carries 0,5 / 1.
        let item = try #require(ignored.items.first { $0.code == "A.I.1.i.a" })
        #expect(approximately(item.points, 0.5))
        let summary = instrument.summary(
            worksheet, file: "uji.csv", options: ScoringOptions(missingAnswers: .ignored))
        #expect(approximately(summary.total, 100))
    }

    /// A sub-indicator with no item answered counts 0 under either policy: `A.I.1.i` with a and
    /// b empty: 0.
    @Test func aSubIndicatorWithNoAnswerCountsZeroWhenIgnored() throws {
        let instrument = try Self.zi()
        var answers = TestWorksheets.bestAnswers(instrument)
        answers["A.I.1.i.a"] = ""
        answers["A.I.1.i.b"] = ""
        let card = instrument.score(
            try TestWorksheets.worksheet(instrument, answers: answers),
            options: ScoringOptions(missingAnswers: .ignored))
        #expect(approximately(card.points("A.I.1.i"), 0))
    }

    @Test(arguments: [MissingAnswers.zero, .ignored])
    func everyFormatSaysWhichPolicyItUsed(policy: MissingAnswers) throws {
        let instrument = try Self.zi()
        let card = instrument.score(
            try Self.best(predikat: ""), options: ScoringOptions(missingAnswers: policy))
        let report = ScoreReport(card: card)
        let line = "--kosong \(policy.rawValue)"
        for format in [ReportFormat.text, .markdown, .html] {
            #expect(report.rendered(format).contains(line), "\(format)")
        }
        #expect(report.rendered(.json).contains("\"missingAnswers\" : \"\(policy.rawValue)\""))
        #expect(report.rendered(.csv).contains("\n#kosong,kebijakan,\(policy.rawValue),"))
    }
}
