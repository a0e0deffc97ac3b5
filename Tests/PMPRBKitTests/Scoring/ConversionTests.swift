import Foundation
import Testing

@testable import PMPRBKit

@Suite struct ConversionTests {
    /// Every conversion of the ZI instrument (`docs/methodology.md`, section 3).
    @Test(arguments: [
        ("ya-tidak", "Ya", 1.0), ("ya-tidak", "Tidak", 0),
        ("abc", "A", 1), ("abc", "B", 0.5), ("abc", "C", 0),
        ("abcd", "A", 1), ("abcd", "B", 0.67), ("abcd", "C", 0.33), ("abcd", "D", 0),
        ("abcde", "A", 1), ("abcde", "B", 0.75), ("abcde", "C", 0.5), ("abcde", "D", 0.25),
        ("abcde", "E", 0),
    ])
    func optionConverts(type id: String, answer: String, expected: Double) throws {
        let instrument = try TestWorksheets.zi()
        let type = try #require(instrument.answerTypes.first { $0.id == id })
        guard case .success(.option(let label)) = AnswerReading.read(answer, as: type),
            case .options(let options) = type.conversion
        else {
            Issue.record("'\(answer)' was not read as an option of \(id)")
            return
        }
        #expect(options.first { $0.label == label }?.value == expected)
    }

    /// People type answers loosely; these all mean one option.
    @Test(arguments: [
        ("ya-tidak", "ya", "Ya"), ("ya-tidak", " YA ", "Ya"), ("ya-tidak", "Y", "Ya"),
        ("ya-tidak", "t", "Tidak"), ("ya-tidak", "tidak.", "Tidak"), ("abc", "a.", "A"),
        ("abcd", " b ", "B"), ("abcde", "e)", "E"),
    ])
    func looseAnswersAreRead(type id: String, typed: String, expected: String) throws {
        let instrument = try TestWorksheets.zi()
        let type = try #require(instrument.answerTypes.first { $0.id == id })
        let trimmed = typed.trimmingCharacters(in: .whitespaces)
        #expect(AnswerReading.read(trimmed, as: type) == .success(.option(expected)))
    }

    @Test(arguments: [("abc", "D"), ("ya-tidak", "X"), ("abcd", "AB"), ("abcde", "")])
    func answersOutsideTheOptionsAreRefused(type id: String, typed: String) throws {
        let instrument = try TestWorksheets.zi()
        let type = try #require(instrument.answerTypes.first { $0.id == id })
        #expect(AnswerReading.read(typed, as: type) == .failure(.notAnOption))
    }

    /// A survey score s on 0-4 gives bobot x s / 4: 4,00 -> 17,50; 3,60 -> 15,75;
    /// 3,20 -> 14,00; 3,29 -> 17,5 x 3,29 / 4 = 14,39375.
    @Test(arguments: [("4,00", 17.5), ("3,60", 15.75), ("3.20", 14.0), ("3,29", 14.39375)])
    func surveyScoreConverts(typed: String, points: Double) throws {
        let instrument = try TestWorksheets.zi()
        var answers = TestWorksheets.bestAnswers(instrument)
        answers["B.I.a"] = typed
        let card = instrument.score(try TestWorksheets.worksheet(instrument, answers: answers))
        #expect(approximately(card.points("B.I.a"), points))
    }

    /// A percentage item is its numerator row / its denominator row, capped to 0...1; a zero
    /// denominator takes the instrument's `penyebut_nol` or leaves the item uncomputed.
    @Test(arguments: [
        // A.II.1.i.a = changes (.2) / agents (.1); bobot 2 over 2 items: value x 1.
        ("A.II.1.i.a", ["A.II.1.i.a.1": "4", "A.II.1.i.a.2": "1"], 0.25 as Double?),
        ("A.II.1.i.a", ["A.II.1.i.a.1": "2", "A.II.1.i.a.2": "6"], 1),
        ("A.II.1.i.a", ["A.II.1.i.a.1": "0", "A.II.1.i.a.2": "0"], nil),
        // Discipline: (last year - this year) / last year; more violations gives 0.
        ("A.II.3.iii.a", ["A.II.3.iii.a.1": "4", "A.II.3.iii.a.2": "1"], 0.75),
        ("A.II.3.iii.a", ["A.II.3.iii.a.1": "2", "A.II.3.iii.a.2": "5"], 0),
        ("A.II.3.iii.a", ["A.II.3.iii.a.1": "0", "A.II.3.iii.a.2": "0"], 1),
    ])
    func percentageItemsAreComputed(code: String, inputs: [String: String], value: Double?)
        throws
    {
        let instrument = try TestWorksheets.zi()
        var answers = TestWorksheets.bestAnswers(instrument)
        answers.merge(inputs) { _, new in new }
        let card = instrument.score(try TestWorksheets.worksheet(instrument, answers: answers))
        let item = try #require(card.items.first { $0.code == code })
        #expect(item.isAnswered == (value != nil))
        #expect(approximately(item.value, value ?? 0))
    }
}
