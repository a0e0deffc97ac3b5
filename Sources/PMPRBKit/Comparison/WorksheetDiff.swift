/// The differences between two worksheets of one unit: two assessors' answers, or two years.
///
/// Every scored item whose answer differs is listed with both answers and the points between
/// them, the largest difference first; input rows (*masukan*) that differ are listed apart,
/// since their effect is already in their percentage item. This is the consensus step before
/// a unit's value is set.
///
/// ```swift
/// let diff = WorksheetDiff(instrument: instrument, first: assessorA, second: assessorB)
/// print(diff.first.total, diff.second.total, diff.items.count)
/// ```
public struct WorksheetDiff: Hashable, Sendable {
    /// A scored item whose answer differs.
    public typealias ItemDifference = AnswerChange

    /// An input row (a count that feeds a percentage item) whose value differs.
    public struct InputDifference: Hashable, Sendable {
        /// The row's code.
        public var code: String
        /// The row's summary.
        public var title: String
        /// The value in the first worksheet, if any.
        public var first: Double?
        /// The value in the second worksheet, if any.
        public var second: Double?
    }

    /// The instrument of both worksheets.
    public var instrument: Instrument
    /// The first worksheet's result.
    public var first: UnitSummary
    /// The second worksheet's result.
    public var second: UnitSummary
    /// The instrument's areas, in order; each summary's value of an area is
    /// ``UnitSummary/areaValue(_:)``, keyed by its id.
    public var areas: [InstrumentOutline.AreaInfo]
    /// The items whose answers differ, the largest difference in points first; ties in the
    /// instrument's order.
    public var items: [ItemDifference]
    /// The input rows whose values differ, in the instrument's order.
    public var inputs: [InputDifference]

    /// Scores two worksheets of one instrument and lists their differences.
    ///
    /// - Parameters:
    ///   - instrument: The instrument of both worksheets.
    ///   - first: The first worksheet (assessor A, or the earlier year).
    ///   - second: The second worksheet.
    /// - Precondition: Both worksheets are of `instrument`.
    public init(instrument: Instrument, first: Worksheet, second: Worksheet) {
        precondition(
            first.instrumentID == instrument.id && second.instrumentID == instrument.id,
            "both worksheets are of the instrument")
        self.instrument = instrument
        let outline = InstrumentOutline(instrument)
        self.first = UnitSummary(card: instrument.score(first), file: first.file ?? "")
        self.second = UnitSummary(card: instrument.score(second), file: second.file ?? "")
        areas = outline.areas
        items = outline.answerChanges(self.first, self.second)
        inputs = instrument.nodes.compactMap { node in
            guard node.kind == .masukan else { return nil }
            let left = Self.number(first.answer(node.code))
            let right = Self.number(second.answer(node.code))
            guard left != right else { return nil }
            return InputDifference(code: node.code, title: node.title, first: left, second: right)
        }
    }

    private static func number(_ answer: Worksheet.Answer?) -> Double? {
        if case .number(let value)? = answer { return value }
        return nil
    }

    /// Whether the two worksheets name different units, or the same unit differently.
    public var namesDifferentUnits: Bool { first.unitKey != second.unitKey }

    /// The total of the second worksheet minus that of the first.
    public var totalChange: Double { second.total - first.total }
}
