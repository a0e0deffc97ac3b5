import Foundation
import Testing

@testable import PMPRBKit

@Suite struct WorksheetGeneratorTests {
    @Test func sameSeedGivesTheSameWorksheet() throws {
        let instrument = try TestWorksheets.zi()
        let one = WorksheetGenerator(instrument: instrument, seed: 42)
        let two = WorksheetGenerator(instrument: instrument, seed: 42)
        #expect(one.csv(7) == two.csv(7))
        #expect(one.csv(7) != one.csv(8))
        #expect(one.csv(7) != WorksheetGenerator(instrument: instrument, seed: 43).csv(7))
    }

    /// Two hundred generated worksheets all load, some items are empty, and their totals spread
    /// over at least four categories.
    @Test func generatedWorksheetsAreValidAndVaried() throws {
        let instrument = try TestWorksheets.zi()
        let generator = WorksheetGenerator(instrument: instrument, seed: 2026)
        var grades: Set<String> = []
        var unanswered = 0
        for index in 1...200 {
            let worksheet = try Worksheet(
                csv: Data(generator.csv(index).utf8), file: "opd-\(index).csv",
                instrument: instrument)
            let card = instrument.score(worksheet)
            grades.insert(card.band?.grade ?? "?")
            unanswered += card.unansweredCount
            #expect(worksheet.unit == generator.unit(index))
        }
        #expect(grades.count >= 4, "\(grades)")
        #expect(unanswered > 0)
    }
}
