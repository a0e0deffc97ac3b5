import Foundation
import Testing

@testable import PMPRBKit

/// The `penjelasan` column is read against each item's answer type, and what it cannot be is
/// refused at the offending part of the cell.
@Suite struct AnswerGuideParsingTests {
    /// The small instrument with a `penjelasan` column; `cells` gives the cell of some rows,
    /// by the row's start.
    static func guided(_ cells: [String: String]) -> String {
        var lines = SmallInstrument.text.split(separator: "\n", omittingEmptySubsequences: false)
            .map(String.init)
        lines[0] += ",penjelasan"
        for index in lines.indices.dropFirst() {
            for (start, cell) in cells where lines[index].hasPrefix(start + ",") {
                lines[index] += "," + cell
            }
        }
        return lines.joined(separator: "\n")
    }

    static let complete: [String: String] = [
        "A.1.i.a": "B: sebagian besar | A: semua | C: sebagian kecil | D: belum ada",
        "A.1.i.b": "ya: ada | TIDAK: tidak ada",
        "A.1.i.c": "Jumlah selesai dibagi jumlah semua",
        "A.1.ii.a": "WTP: wajar | WDP: dengan pengecualian | TW: tidak wajar | TIDAK: tidak menyusun",
        "B.a": "Nilai survei 0-10",
    ]

    @Test func criteriaAreAttachedInOptionOrderWithTheTypesLabels() throws {
        let instrument = try SmallInstrument.instrument(Self.guided(Self.complete))
        let abcd = try #require(instrument.node("A.1.i.a")?.guide)
        // Written B, A, C, D; kept in the type's order A, B, C, D.
        #expect(abcd.entries.map(\.label) == ["A", "B", "C", "D"])
        #expect(abcd.text(for: "A") == "semua")
        #expect(abcd.text(for: "D") == "belum ada")
        let yesNo = try #require(instrument.node("A.1.i.b")?.guide)
        // 'ya' and 'TIDAK' are stored as the type writes them.
        #expect(yesNo.entries == [.init(label: "Ya", text: "ada"), .init(label: "Tidak", text: "tidak ada")])
        #expect(yesNo.encoded == "Ya: ada | Tidak: tidak ada")
        let percent = try #require(instrument.node("A.1.i.c")?.guide)
        #expect(percent.entries.isEmpty)
        #expect(percent.general == "Jumlah selesai dibagi jumlah semua")
        #expect(instrument.node("A.1")?.guide == nil)
        #expect(instrument.answerGuideWarnings(file: "uji.csv").isEmpty)
    }

    @Test func criteriaDoNotChangeTheScore() throws {
        let plain = try SmallInstrument.instrument()
        let guided = try SmallInstrument.instrument(Self.guided(Self.complete))
        #expect(plain.nodes.map(\.code) == guided.nodes.map(\.code))
        #expect(plain.nodes.map(\.weight) == guided.nodes.map(\.weight))
        #expect(guided.hasAnswerGuides && !plain.hasAnswerGuides)
    }

    /// The row `A.1.i.a,butir,Prasyarat,,abcd,,,,,Uji hlm. 2,pasti,,,` has 14 fields; its
    /// penjelasan cell is the 15th and starts right after it and one comma.
    static let abcdRow = "A.1.i.a,butir,Prasyarat,,abcd,,,,,Uji hlm. 2,pasti,,,"

    @Test(arguments: [
        // "A: semua |" is 10 scalars, then one space: the label 'E' is at offset 11.
        ("A: semua | E: lebih", "penjelasan names option 'E', which 'abcd' does not have", 11),
        // "A: semua | " then 'sebagian' at offset 11.
        ("A: semua | sebagian", "penjelasan part 'sebagian' names no option", 11),
        ("A: semua | a: lagi", "penjelasan explains option 'A' twice", 11),
        ("A: semua | B:  ", "penjelasan of option 'B' is empty", 11),
        ("A: semua |", "penjelasan part '' names no option", 10),
    ])
    func wrongPartIsRefusedWhereItStands(cell: String, message: String, offset: Int) throws {
        let text = Self.guided(["A.1.i.a": cell])
        let errors = SmallInstrument.errors(text)
        let error = try #require(errors.first { $0.message == message }, "\(errors.map(\.message))")
        let line = try #require(
            text.split(separator: "\n").firstIndex { $0.hasPrefix("A.1.i.a,") })
        // Line numbers are 1-based; the cell starts at column (row length + 1 comma) + 1.
        let cellColumn = Self.abcdRow.unicodeScalars.count + 2
        #expect(error.position == SourcePosition(line: line + 1, column: cellColumn + offset))
        #expect(error.file == "uji-instrumen.csv")
        #expect(error.rendered().contains("^"))
    }

    @Test func quotedCellIsLocatedPastItsQuote() throws {
        let text = Self.guided(["A.1.i.a": "\"A: semua, tanpa kecuali | F: x\""])
        let error = try #require(SmallInstrument.errors(text).first)
        #expect(error.message == "penjelasan names option 'F', which 'abcd' does not have")
        // The row is 53 scalars and a comma, so the quote is at column 55 and the text starts
        // at 56; "A: semua, tanpa kecuali | " is 26 scalars: 'F' is at 56 + 26 = 82.
        #expect(Self.abcdRow.unicodeScalars.count == 53)
        #expect(error.position?.column == 82)
        #expect(error.notes.contains("the options of 'abcd' are A/B/C/D"))
    }

    @Test func headingRowTakesNoCriteria() {
        let text = Self.guided(["A.1.i,subindikator": "A: semua"])
        #expect(
            SmallInstrument.errors(text).map(\.message)
                == ["subindikator 'A.1.i' is not a scored item and takes no penjelasan"])
    }

    @Test func misspelledYesNoLabelGetsASuggestion() throws {
        let error = try #require(SmallInstrument.errors(Self.guided(["A.1.i.b": "Yaa: ada"])).first)
        #expect(error.message == "penjelasan names option 'Yaa', which 'yt' does not have")
        #expect(error.notes.first == "did you mean 'Ya'?")
    }

    @Test func missingCriteriaAreWarnedPerItem() throws {
        var cells = Self.complete
        cells["A.1.i.a"] = "A: semua | C: sebagian kecil"
        cells["B.a"] = nil
        let instrument = try SmallInstrument.instrument(Self.guided(cells))
        let warnings = instrument.answerGuideWarnings(file: "uji.csv")
        #expect(
            warnings.map(\.description) == [
                "uji.csv:12: warning: penjelasan of 'A.1.i.a' does not explain option(s) B, D",
                "uji.csv:20: warning: item 'B.a' has no penjelasan",
            ])
    }

    @Test func instrumentWithoutCriteriaGetsOneWarning() throws {
        let warnings = try SmallInstrument.instrument().answerGuideWarnings(file: "uji.csv")
        // Five items: A.1.i.a, A.1.i.b, A.1.i.c, A.1.ii.a, B.a; the first, A.1.i.a, is on
        // line 12 (the header is line 1, then 10 rows from 'uji' to 'A.1.i').
        #expect(
            warnings.map(\.description)
                == ["uji.csv:12: warning: no item of 'uji' explains its answer options (5 items)"])
    }

    @Test func rb2020StillLoadsWithoutCriteria() throws {
        let instrument = try #require(BuiltinInstruments.instrument("rb-2020"))
        #expect(!instrument.hasAnswerGuides)
        #expect(instrument.answerGuideWarnings(file: nil).count == 1)
    }
}
