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

    /// Generated counts are plausible: the LHKPN and LHKASN breakdown rows (.2 + .3 + .4) add
    /// up to their total (.1), and complaints resolved (.3) plus in process (.2) never exceed
    /// the complaints to follow up (.1). E.g. a total of 7 split 2 + 0 + 5.
    @Test(arguments: [2026, 7, 99] as [UInt64])
    func generatedCountsAddUp(seed: UInt64) throws {
        let instrument = try TestWorksheets.zi()
        let generator = WorksheetGenerator(instrument: instrument, seed: seed)
        var checked = 0
        for index in 1...100 {
            let answers = generator.answers(index)
            func count(_ code: String) -> Int? { answers[code].flatMap { Int($0) } }
            for base in ["A.II.5.iii.i.a", "A.II.5.iii.ii.a"] {
                guard let total = count(base + ".1") else { continue }
                let parts = [2, 3, 4].compactMap { count(base + ".\($0)") }
                #expect(parts.count == 3)
                #expect(parts.reduce(0, +) == total, "\(base) in worksheet \(index)")
                checked += 1
            }
            if let toFollow = count("A.II.5.ii.a.1"), let inProcess = count("A.II.5.ii.a.2"),
                let resolved = count("A.II.5.ii.a.3")
            {
                #expect(inProcess + resolved <= toFollow, "worksheet \(index)")
            }
            // Sanctioned violations are at most this year's.
            if let now = count("A.II.3.iii.a.2"), let sanctioned = count("A.II.3.iii.a.3") {
                #expect(sanctioned <= now)
            }
        }
        #expect(checked > 150)
    }
}
