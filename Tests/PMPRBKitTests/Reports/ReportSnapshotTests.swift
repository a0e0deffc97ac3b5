import Foundation
import Testing

@testable import PMPRBKit

/// Golden files for every report format, from the mixed worksheet of ``RollUpTests``.
@Suite struct ReportSnapshotTests {
    static func report(language: ReportLanguage = .id, target: String? = nil) throws
        -> ScoreReport
    {
        let instrument = try TestWorksheets.zi()
        var answers = RollUpTests.mixedAnswers(instrument)
        answers["A.I.6.i.a"] = ""
        let card = instrument.score(try TestWorksheets.worksheet(instrument, answers: answers))
        let plan = try target.map {
            instrument.plan(try #require(.init(parsing: $0, instrument: instrument)), for: card)
        }
        return ScoreReport(card: card, language: language, top: 5, plan: plan)
    }

    @Test(arguments: [
        (ReportFormat.text, "score.txt"), (.markdown, "score.md"), (.json, "score.json"),
        (.csv, "score.csv"),
    ])
    func scoreReport(format: ReportFormat, snapshot: String) throws {
        try assertSnapshot(try Self.report(target: "WBBM").rendered(format), named: snapshot)
    }

    @Test func englishTextReport() throws {
        try assertSnapshot(try Self.report(language: .en).rendered(.text), named: "score-en.txt")
    }

    @Test func gapPlanCSV() throws {
        let report = try Self.report()
        try assertSnapshot(GapPlanCSV(card: report.card).rendered(), named: "gaps.csv")
    }

    @Test func reportsAreDeterministic() throws {
        for format in ReportFormat.allCases {
            #expect(try Self.report().rendered(format) == (try Self.report().rendered(format)))
        }
    }

    @Test func worksheetTextCannotRunAsAFormulaInTheGapPlan() throws {
        let instrument = try TestWorksheets.zi()
        var card = instrument.score(
            try TestWorksheets.worksheet(instrument, answers: RollUpTests.mixedAnswers(instrument)))
        card.items[0].title = "=HYPERLINK(\"http://x\")"
        card.items[0].potential = 9
        let text = GapPlanCSV(card: card).rendered()
        #expect(text.contains("'=HYPERLINK"))
        #expect(!text.contains(",=HYPERLINK"))
    }
}
