import Foundation
import Testing

@testable import PMPRBKit

/// The `penjelasan` cells read on bytes give the guide that the reading by `Character` gives,
/// and whatever the byte reading cannot tell goes to the reading by `Character`.
@Suite struct AnswerGuideByteParsingTests {
    /// Every guide of every built-in instrument, read both ways from the instrument's own cells.
    @Test func builtInGuidesAreTheSameReadEitherWay() throws {
        var onBytes = 0
        var choices = 0
        for id in BuiltinInstruments.ids {
            let csv = try #require(BuiltinInstruments.csv(id))
            let instrument = try #require(BuiltinInstruments.instrument(id))
            let table = try CSVReader(requiredColumns: Instrument.requiredColumns)
                .read(Data(csv.utf8), file: nil)
            guard let column = table.columnIndex(InstrumentColumn.penjelasan.name),
                let codeColumn = table.columnIndex("kode")
            else { continue }
            for row in table.rows {
                guard let cell = row.field(column)?.value, !cell.trimmed.isEmpty,
                    let code = row.field(codeColumn)?.value.trimmed,
                    let node = instrument.node(code), let type = instrument.answerType(of: node)
                else { continue }
                let reference = try AnswerGuide.parseByCharacter(cell, for: type)
                #expect(node.guide == reference, "\(id) \(code)")
                if case .options(let options) = type.conversion {
                    choices += 1
                    if let fast = AnswerGuide.parseBytes(cell, options: options) {
                        onBytes += 1
                        #expect(fast == reference, "\(id) \(code)")
                    }
                }
            }
        }
        // The built-in guides are plain `LABEL: text | …` cells: every one is read on bytes.
        #expect(choices > 0)
        #expect(onBytes == choices)
    }

    /// The options A, B, C, D of an answer type of `zi-2021`.
    static func abcd() throws -> AnswerType {
        let instrument = try #require(BuiltinInstruments.instrument("zi-2021"))
        return try #require(
            instrument.answerTypes.first {
                guard case .options(let options) = $0.conversion else { return false }
                return options.map(\.label) == ["A", "B", "C", "D"]
            })
    }

    @Test(arguments: [
        // Plain, in another order, in lower case, with spaces and tabs.
        "A: semua | B: sebagian",
        "d: belum ada|\tb : sebagian besar |a:semua",
        // Non-ASCII text at the ends of parts and of the cell.
        "A: ≥ 90 % | B: 50–90 % | C: < 50 %…",
        "A: ya é",
        // A combining mark right after a delimiter: `|\u{301}` is one Character, not a `|`.
        "A: x |\u{301} B: y",
        "A:\u{301} x | B: y",
        // Errors: no colon, unknown option, twice, empty text, an empty part at the end.
        "A semua | B: sebagian",
        "E: lain | A: semua",
        "A: satu | a: dua",
        "A: | B: sebagian",
        "A: semua |",
    ])
    func cellsAreReadAsByCharacter(cell: String) throws {
        let type = try Self.abcd()
        let reference = Result { () throws(AnswerGuide.ParseFailure) in
            try AnswerGuide.parseByCharacter(cell, for: type)
        }
        let parsed = Result { () throws(AnswerGuide.ParseFailure) in
            try AnswerGuide.parse(cell, for: type)
        }
        #expect(parsed == reference)
    }

    @Test func theByteReadingLeavesWhatItCannotTellToTheOther() throws {
        let type = try Self.abcd()
        guard case .options(let options) = type.conversion else { return }
        // `|` followed by U+0301 is one Character, so by Character the cell is one part
        // `A: x |\u{301} B: y` whose text is `x |\u{301} B: y`; the byte reading declines.
        #expect(AnswerGuide.parseBytes("A: x |\u{301} B: y", options: options) == nil)
        #expect(
            try AnswerGuide.parse("A: x |\u{301} B: y", for: type)
                == AnswerGuide(entries: [.init(label: "A", text: "x |\u{301} B: y")]))
        #expect(AnswerGuide.parseBytes("A semua", options: options) == nil)
        #expect(
            AnswerGuide.parseBytes("b: sebagian | A: semua", options: options)
                == AnswerGuide(entries: [.init(label: "A", text: "semua"), .init(label: "B", text: "sebagian")]))
    }
}
