/// An item whose answer differs between two summaries of one instrument: two assessors'
/// worksheets (`pmprb diff`), or a unit's worksheets of two rounds (`pmprb compare --baseline`).
public struct AnswerChange: Hashable, Sendable {
    /// The item.
    public var item: InstrumentOutline.ItemInfo
    /// The answer in the first summary (assessor A, or the earlier round).
    public var first: ShownAnswer
    /// The answer in the second summary.
    public var second: ShownAnswer
    /// The item's points in the first summary.
    public var firstPoints: Double
    /// The item's points in the second summary.
    public var secondPoints: Double
    /// The points the second summary gives more (negative when fewer).
    public var change: Double { secondPoints - firstPoints }
}

extension InstrumentOutline {
    /// The items whose answers differ between two summaries, compared as written; the largest
    /// change in points first, ties (within ``Tolerance/points``) in the instrument's order.
    func answerChanges(_ first: UnitSummary, _ second: UnitSummary) -> [AnswerChange] {
        var changes: [(offset: Int, change: AnswerChange)] = []
        for (offset, pair) in pairedEntries(first, second).enumerated() {
            guard pair.first.answer.text(decimalComma: false)
                != pair.second.answer.text(decimalComma: false)
            else { continue }
            changes.append(
                (
                    offset,
                    AnswerChange(
                        item: pair.item, first: pair.first.answer, second: pair.second.answer,
                        firstPoints: pair.first.points, secondPoints: pair.second.points)
                ))
        }
        changes.sort {
            let left = abs($0.change.change)
            let right = abs($1.change.change)
            return abs(left - right) > Tolerance.points ? left > right : $0.offset < $1.offset
        }
        return changes.map(\.change)
    }
}
