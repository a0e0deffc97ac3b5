import Foundation
import Testing

@testable import PMPRBKit

/// Golden files of the score report of the synthetic K/L example (A− with a line below its
/// target, a line that does not apply and a coefficient) with a plan for A.
@Suite struct IndexReportSnapshotTests {
    static func report(language: ReportLanguage = .id) throws -> ScoreReport {
        let (instrument, worksheet) = try RB2023InstrumentTests.example(
            "contoh-kementerian-rb-2023-kl.csv", "rb-2023-kl")
        let card = instrument.score(worksheet)
        let target = try #require(ImprovementPlan.Target(parsing: "A", instrument: instrument))
        return ScoreReport(
            card: card, language: language, plan: instrument.plan(target, for: card))
    }

    @Test(arguments: [
        (ReportFormat.text, "score-rb-2023-kl.txt"), (.markdown, "score-rb-2023-kl.md"),
        (.json, "score-rb-2023-kl.json"), (.csv, "score-rb-2023-kl.csv"),
        (.html, "score-rb-2023-kl.html"),
    ])
    func indexReport(format: ReportFormat, snapshot: String) throws {
        try assertSnapshot(try Self.report().rendered(format), named: snapshot)
    }

    @Test func englishIndexReport() throws {
        try assertSnapshot(try Self.report(language: .en).rendered(.text), named: "score-rb-2023-kl-en.txt")
    }

    @Test func reportNamesTheLineThatTurnsAIntoAMinus() throws {
        let text = try Self.report().rendered(.text)
        #expect(text.contains("A- dan bukan A: nilai dalam rentang A, tetapi 1 baris di bawah"))
        #expect(text.contains("- B.2 Capaian sistem kerja penyederhanaan birokrasi: 4,00 < target 4,01"))
        #expect(text.contains("ASM-43"))
    }
}
