import Foundation
import Testing

@testable import PMPRBKit

/// A worksheet that does not fit its instrument is refused with the file, line and column, the
/// expected form, and no score.
@Suite struct WorksheetErrorTests {
    static func text(_ edit: (inout [String: String]) -> Void) throws -> String {
        let instrument = try TestWorksheets.zi()
        var answers = TestWorksheets.bestAnswers(instrument)
        edit(&answers)
        return try TestWorksheets.csv(instrument, answers: answers)
    }

    /// The errors of the best-answered ZI 2021 worksheet with `old` (which it must hold)
    /// replaced by `new`.
    static func errors(replacing old: String, with new: String) throws -> [Diagnostic] {
        let text = try Self.text { _ in }
        let edited = text.replacingOccurrences(of: old, with: new)
        #expect(edited != text, "the worksheet holds no '\(old)'")
        return TestWorksheets.errors(edited, instrument: try TestWorksheets.zi())
    }

    static func lineNumber(of code: String, in text: String) -> Int? {
        text.components(separatedBy: "\n").firstIndex { $0.hasPrefix(code + ",") }.map { $0 + 1 }
    }

    @Test func answerOutsideItsOptionsNamesTheItemAndItsOptions() throws {
        let instrument = try TestWorksheets.zi()
        let text = try Self.text { $0["A.I.1.i.b"] = "X" }
        let errors = TestWorksheets.errors(text, instrument: instrument)
        let error = try #require(errors.first)
        #expect(errors.count == 1)
        #expect(error.message == "answer 'X' for 'A.I.1.i.b' is not one of the options")
        #expect(error.notes.contains("allowed answers: A/B/C"))
        // kode,penilaian,bobot,pilihan_jawaban,penjelasan,jawaban: the answer is in the sixth
        // column, after "A.I.1.i.b,<summary>,,A/B/C,<quoted criteria>,".
        let line = try #require(Self.lineNumber(of: "A.I.1.i.b", in: text))
        #expect(error.position?.line == line)
        let prefix = try #require(text.components(separatedBy: "\n")[line - 1].range(of: "\",X,"))
        let column = text.components(separatedBy: "\n")[line - 1][..<prefix.lowerBound]
            .unicodeScalars.count + 3
        #expect(error.position?.column == column)
        #expect(error.file == "uji.csv")
        #expect(error.rendered().contains("^"))
    }

    @Test func unknownCodeSuggestsTheNearest() throws {
        let errors = try Self.errors(replacing: "\nA.I.1.iv.d,", with: "\nA.I.1.iv.x,")
        let unknown = try #require(errors.first { $0.message.hasPrefix("unknown kode") })
        #expect(unknown.message == "unknown kode 'A.I.1.iv.x'")
        #expect(unknown.notes.first?.hasPrefix("did you mean 'A.I.1.iv.") == true)
        // The renamed row also leaves its item missing.
        #expect(errors.contains { $0.message.contains("lacks 1 row(s)") })
    }

    @Test func editedWeightIsRefused() throws {
        let errors = try Self.errors(
            replacing: "\nA.I.1,Manajemen Perubahan,4.00,",
            with: "\nA.I.1,Manajemen Perubahan,6.00,")
        #expect(errors.map(\.message) == ["bobot '6.00' of 'A.I.1' differs from the instrument's (4.00)"])
    }

    @Test func worksheetOfAnotherInstrumentIsRefused() throws {
        let errors = try Self.errors(replacing: ",zi-2021,", with: ",rb-2014,")
        #expect(errors.map(\.message) == ["the worksheet is for instrument 'rb-2014', not 'zi-2021'"])
    }

    @Test(arguments: [
        ("B.I.a", "5", "answer '5' for 'B.I.a' is outside 0.00..4.00"),
        ("B.I.a", "tinggi", "answer 'tinggi' for 'B.I.a' is not a number"),
        ("A.II.1.i.a.1", "-1", "answer '-1' for 'A.II.1.i.a.1' is not a whole number of 0 or more"),
        ("A.II.1.i.a.1", "1,5", "answer '1,5' for 'A.II.1.i.a.1' is not a whole number of 0 or more"),
    ])
    func numberOutOfItsRangeIsRefused(code: String, typed: String, message: String) throws {
        let instrument = try TestWorksheets.zi()
        let text = try Self.text { $0[code] = typed }
        #expect(TestWorksheets.errors(text, instrument: instrument).map(\.message) == [message])
    }

    /// Complaints followed up cannot exceed complaints to follow up (`maks_penyebut`): 7 done of
    /// 5 is a typing error, refused at the numerator's cell rather than scored as 100%.
    @Test func numeratorAboveItsDenominatorIsRefused() throws {
        let instrument = try TestWorksheets.zi()
        let text = try Self.text {
            $0["A.II.5.ii.a.1"] = "5"
            $0["A.II.5.ii.a.3"] = "7"
        }
        let errors = TestWorksheets.errors(text, instrument: instrument)
        #expect(errors.map(\.message) == ["'A.II.5.ii.a.3' (7) is more than 'A.II.5.ii.a.1' (5)"])
        #expect(errors.first?.position?.line == Self.lineNumber(of: "A.II.5.ii.a.3", in: text))
        // More changes than change agents is possible (not marked): capped at 100%.
        let agents = try Self.text {
            $0["A.II.1.i.a.1"] = "2"
            $0["A.II.1.i.a.2"] = "5"
        }
        #expect(TestWorksheets.errors(agents, instrument: instrument).isEmpty)
    }

    /// `3,48` typed without quotes in a comma-separated file splits into `3` and `48`; scoring
    /// 3 would be silently wrong, so the worksheet is refused with the fix.
    @Test func decimalCommaSplitByTheDelimiterIsRefused() throws {
        let instrument = try TestWorksheets.zi()
        let text = try Self.text { $0["B.I.a"] = "@@" }
            .replacingOccurrences(of: ",@@,", with: ",3,48,")
        let errors = TestWorksheets.errors(text, instrument: instrument)
        #expect(
            errors.map(\.message) == [
                "answer '3' for 'B.I.a' and the next cell '48' look like the number '3,48' split "
                    + "at its decimal comma"
            ])
        #expect(errors.first?.notes == ["in a comma-separated file write 3.48, or put the number in quotes: \"3,48\""])
        // Quoted, it is read as 3,48.
        let quoted = try Self.text { $0["B.I.a"] = "3,48" }
        #expect(quoted.contains(",\"3,48\","))
        #expect(TestWorksheets.errors(quoted, instrument: instrument).isEmpty)
    }

    @Test func duplicateAndMissingRowsAreRefused() throws {
        let instrument = try TestWorksheets.zi()
        var lines = try Self.text { _ in }.components(separatedBy: "\n")
        let index = try #require(lines.firstIndex { $0.hasPrefix("A.I.2.i.a,") })
        let duplicated = lines[index]
        lines.insert(duplicated, at: index + 1)
        let messages = TestWorksheets.errors(lines.joined(separator: "\n"), instrument: instrument)
            .map(\.message)
        #expect(messages == ["duplicate kode 'A.I.2.i.a'"])
        lines.remove(at: index + 1)
        lines.remove(at: index)
        let missing = TestWorksheets.errors(lines.joined(separator: "\n"), instrument: instrument)
        #expect(missing.map(\.message) == ["the worksheet lacks 1 row(s) of instrument 'zi-2021': 'A.I.2.i.a'"])
    }

    @Test func everyErrorIsReportedInOneRun() throws {
        let instrument = try TestWorksheets.zi()
        let text = try Self.text {
            $0["A.I.1.i.b"] = "X"
            $0["A.I.2.i.a"] = "Q"
            $0["B.II.a"] = "9"
        }
        let errors = TestWorksheets.errors(text, instrument: instrument)
        #expect(errors.count == 3)
        #expect(errors == errors.sorted())
    }

    @Test func typedPercentageIsIgnoredWithAWarning() throws {
        let instrument = try TestWorksheets.zi()
        let worksheet = try TestWorksheets.worksheet(
            instrument, answers: TestWorksheets.bestAnswers(instrument).merging(["A.II.1.i.a": "50%"]) { $1 })
        #expect(worksheet.warnings.map(\.message) == ["'A.II.1.i.a' is computed from its input rows; '50%' is ignored"])
        #expect(approximately(instrument.score(worksheet).total, 100))
    }
}
