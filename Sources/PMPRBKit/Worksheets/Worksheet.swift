/// A filled worksheet (LKE): the answers of one unit for one year, checked against its
/// instrument.
///
/// The only way to get one is ``init(parsing:file:instrument:)`` (or ``init(csv:file:instrument:)``),
/// which refuses every answer that does not fit its item; scoring it then cannot fail.
public struct Worksheet: Hashable, Sendable {
    /// An answer as written, after it was checked against its item's answer type.
    public enum Answer: Hashable, Sendable {
        /// One of the item's options, spelled as the instrument spells it (`A`, `Ya`).
        case option(String)
        /// A number: a survey score or a count.
        case number(Double)
        /// The line does not apply to the unit (`TB`), where the instrument allows it.
        case notApplicable
    }

    /// One answered or unanswered row.
    public struct Entry: Hashable, Sendable {
        /// The item's code.
        public var code: String
        /// The answer, or `nil` when the cell is empty.
        public var answer: Answer?
        /// The evidence (*bukti dukung*) cell.
        public var evidence: String
        /// The note (*catatan*) cell.
        public var note: String
        /// Where the answer cell is.
        public var position: SourcePosition
    }

    /// The instrument's id.
    public var instrumentID: String
    /// The unit assessed (*unit kerja* or OPD), as written; empty when not given.
    public var unit: String
    /// The year assessed, if given.
    public var year: Int?
    /// The file as the user named it, if the worksheet came from a file.
    public var file: String?
    /// Every answerable row, by code.
    public var entries: [String: Entry]
    /// Problems that do not stop scoring, such as a value typed into a computed cell.
    public var warnings: [Diagnostic]

    /// Creates a worksheet from answers by code, for programs that build one in memory.
    ///
    /// Answers are not checked here; prefer the parsing initializers for files.
    public init(
        instrumentID: String, unit: String = "", year: Int? = nil,
        answers: [String: Answer]
    ) {
        self.instrumentID = instrumentID
        self.unit = unit
        self.year = year
        self.file = nil
        self.entries = answers.reduce(into: [:]) { result, pair in
            result[pair.key] = Entry(
                code: pair.key, answer: pair.value, evidence: "", note: "",
                position: SourcePosition(line: 0))
        }
        self.warnings = []
    }

    /// The answer given for a code, if any.
    public func answer(_ code: String) -> Answer? { entries[code]?.answer }
}
