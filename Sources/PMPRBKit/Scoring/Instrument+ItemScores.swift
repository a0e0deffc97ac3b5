/// The rows of a score card's item list, and the area each node belongs to.
extension Instrument {
    /// The area node an item lies in, if any.
    func areaAncestor(of offset: Int) -> Int? {
        areaAncestorOfNode[offset]
    }

    /// The points one unit of an item's value is worth in the total: its own weight, or its
    /// sub-indicator's weight over the items that sub-indicator divides by.
    func pointsPerUnit(of offset: Int, tally: Tally) -> Double {
        if let weight = nodes[offset].weight { return weight }
        guard let parent = nodes[offset].parent, let weight = nodes[parent].weight else {
            return 0
        }
        // An unanswered item left out of the mean would share the weight with the others.
        let divisor = max(1, tally.divisor[parent] + (tally.itemValue[offset] == nil ? 1 : 0))
        return weight / Double(min(divisor, nodes[parent].children.count))
    }

    /// An item's row: its answer, value, points, what its best answer would add, and its
    /// gap class.
    func itemScore(
        _ offset: Int, value: Double?, own: Double?, gate: Double, answer: ShownAnswer,
        tally: Tally
    ) -> ScoreCard.ItemScore {
        let best = answerTypeOfNode[offset]?.bestValue ?? 1
        let current = own ?? 0
        let perUnit = pointsPerUnit(of: offset, tally: tally)
        let gapClass = ScoreCard.GapClass(value: current, best: best)
        return ScoreCard.ItemScore(
            code: nodes[offset].code, title: nodes[offset].title, areaID: areaID(of: offset),
            areaTitle: areaTitle(of: offset), answer: answer, isAnswered: value != nil,
            value: value ?? 0, bestValue: best,
            bestAnswer: answerTypeOfNode[offset]?.bestAnswer ?? .none,
            points: (value ?? 0) * perUnit, potential: max(0, best - current) * gate * perUnit,
            gapClass: gapClass)
    }

    /// The row of an entry of a tally's item list, as the score card lists it.
    func itemScore(_ item: (offset: Int, direct: (share: Double, number: Double)?), tally: Tally)
        -> ScoreCard.ItemScore
    {
        let offset = item.offset
        if let direct = item.direct {
            return directItemScore(offset, share: direct.share, number: direct.number)
        }
        return indexAdjusted(
            itemScore(
                offset, value: tally.itemValue[offset], own: tally.ownValue[offset],
                gate: tally.gateFactor[offset], answer: tally.shown[offset], tally: tally),
            offset: offset, tally: tally)
    }

    /// A node whose value the worksheet gives directly, shown in the place of its items.
    func directItemScore(_ offset: Int, share: Double, number: Double)
        -> ScoreCard.ItemScore
    {
        let node = nodes[offset]
        let weight = node.weight ?? 0
        let best = directType(of: node)?.bestAnswer ?? .none
        let gapClass = ScoreCard.GapClass(value: share, best: 1)
        return ScoreCard.ItemScore(
            code: node.code, title: node.title, areaID: areaID(of: offset),
            areaTitle: areaTitle(of: offset), answer: .number(number), isAnswered: true,
            value: share, bestValue: 1, bestAnswer: best, points: share * weight,
            potential: (1 - share) * weight, gapClass: gapClass)
    }

    /// The area a node belongs to: the node itself when it is an area, else its area ancestor.
    func areaNode(of offset: Int) -> Int? {
        nodes[offset].kind == .area ? offset : areaAncestor(of: offset)
    }

    /// The id of the area a node belongs to (``Node/areaKey``), if any.
    func areaID(of offset: Int) -> String? {
        areaNode(of: offset).map { nodes[$0].areaKey }
    }

    func areaTitle(of offset: Int) -> String {
        if let area = areaNode(of: offset) {
            return nodes[area].title
        }
        var root = offset
        while let parent = nodes[root].parent { root = parent }
        return nodes[root].title
    }
}
