import Foundation
import Testing

@testable import PMPRBKit

/// Units for the coordinator's tests, built in code from ``TestWorksheets``.
///
/// Each is computed by hand in ``RollUpTests`` or below:
/// - best: every answer at its best (the official example): total 100, every area 100%.
/// - mixed: ``RollUpTests/mixedAnswers(_:)``: total 90,35625 (90,36, AA); areas
///   MP 8 - (0,125 + 0,25) = 7,625 (95,3125%), TL 7 - 0,1666667 = 6,8333333 (97,619%),
///   SDM 10 - 0,1395833 = 9,8604167, AK 10 - 0,3125 = 9,6875, PW 15 - 0,9 = 14,1 (94%), PP 10.
/// - weakPW: best, but every item of A.I.5 (PW pemenuhan, bobot 7,5, 18 items) left empty:
///   total 100 - 7,5 = 92,5 (AA); PW 7,5 / 15 = 50%, so WBK fails (every area needs 60%);
///   18 of 113 items unanswered.
/// - blank: nothing answered: total 0 (D), 113 of 113 unanswered.
enum CoordinatorFixtures {
    static func instrument() throws -> Instrument { try TestWorksheets.zi() }

    static func bestAnswers() throws -> [String: String] {
        TestWorksheets.bestAnswers(try instrument())
    }

    static func mixedAnswers() throws -> [String: String] {
        RollUpTests.mixedAnswers(try instrument())
    }

    static func weakPWAnswers() throws -> [String: String] {
        var answers = try bestAnswers()
        for code in answers.keys where code.hasPrefix("A.I.5.") { answers[code] = "" }
        return answers
    }

    static func blankAnswers() -> [String: String] { [:] }

    /// A worksheet with a unit and a year, read from CSV as a file would be.
    static func worksheet(
        _ answers: [String: String], unit: String, year: Int? = 2026, file: String
    ) throws -> Worksheet {
        let instrument = try instrument()
        let text = try TestWorksheets.csv(instrument, answers: answers, unit: unit, year: year)
        return try Worksheet(csv: Data(text.utf8), file: file, instrument: instrument)
    }

    /// The summary of such a worksheet.
    static func summary(
        _ answers: [String: String], unit: String, year: Int? = 2026, file: String
    ) throws -> UnitSummary {
        let instrument = try instrument()
        let text = try TestWorksheets.csv(instrument, answers: answers, unit: unit, year: year)
        return try UnitSummary.reading(csv: Data(text.utf8), file: file, instrument: instrument)
            .summary
    }

    /// Five units of one year, given in an order unlike the ranking.
    static func units() throws -> [UnitSummary] {
        [
            try summary(try mixedAnswers(), unit: "Dinas C", file: "lke/dinas-c.csv"),
            try summary(blankAnswers(), unit: "Dinas E", file: "lke/dinas-e.csv"),
            try summary(try bestAnswers(), unit: "Dinas A", file: "lke/dinas-a.csv"),
            try summary(try mixedAnswers(), unit: "Dinas B", file: "lke/dinas-b.csv"),
            try summary(try weakPWAnswers(), unit: "Dinas D", file: "lke/dinas-d.csv"),
        ]
    }

    /// Last year's results for the baseline tests: A was mixed, D was at its best, and F,
    /// which is not assessed this year. Names differ in case and spacing from this year's.
    static func baseline() throws -> [UnitSummary] {
        [
            try summary(try mixedAnswers(), unit: "DINAS  A", year: 2025, file: "lke-2025/a.csv"),
            try summary(try bestAnswers(), unit: "dinas d", year: 2025, file: "lke-2025/d.csv"),
            try summary(try bestAnswers(), unit: "Dinas F", year: 2025, file: "lke-2025/f.csv"),
        ]
    }

    /// This year's results for the baseline tests: A at its best, B mixed (new), D weak in PW.
    static func current() throws -> [UnitSummary] {
        [
            try summary(try bestAnswers(), unit: "Dinas A", file: "lke/dinas-a.csv"),
            try summary(try mixedAnswers(), unit: "Dinas B", file: "lke/dinas-b.csv"),
            try summary(try weakPWAnswers(), unit: "Dinas D", file: "lke/dinas-d.csv"),
        ]
    }

    static func comparison(threshold: Double = 0.6) throws -> Comparison {
        Comparison(
            outline: InstrumentOutline(try instrument()), units: try units(), threshold: threshold)
    }

    static func baselineComparison() throws -> Comparison {
        Comparison(
            outline: InstrumentOutline(try instrument()), units: try current(),
            baseline: try baseline())
    }

    /// The index of an area in the outline.
    static func area(_ id: String) throws -> Int {
        try #require(InstrumentOutline(try instrument()).areas.firstIndex { $0.id == id })
    }
}
