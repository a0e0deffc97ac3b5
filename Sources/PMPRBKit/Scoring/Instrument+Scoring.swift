import Foundation

extension Instrument {
    /// Scores a worksheet: a pure function of the instrument and the answers.
    ///
    /// Item values follow their answer types; a sub-indicator is worth its weight times the
    /// mean of its items' values (an unanswered item counts 0); every other node is the sum of
    /// its children (`docs/methodology.md`, section 4).
    ///
    /// - Parameter worksheet: A worksheet checked against this instrument.
    /// - Returns: The score card.
    /// - Complexity: O(n) in the number of nodes.
    public func score(_ worksheet: Worksheet) -> ScoreCard {
        var ownValue = [Double?](repeating: nil, count: nodes.count)
        var shown = [ShownAnswer](repeating: .none, count: nodes.count)
        for (offset, node) in nodes.enumerated() where node.kind == .butir {
            (ownValue[offset], shown[offset]) = evaluate(node, in: worksheet)
        }
        let gateFactor = nodes.indices.map { gateValue(of: $0, ownValue: ownValue) }
        let itemValue = nodes.indices.map { offset in
            ownValue[offset].map { $0 * gateFactor[offset] }
        }
        let direct = directShares(in: worksheet)
        var value = [Double](repeating: 0, count: nodes.count)
        for offset in nodes.indices.reversed() {
            if let share = direct[offset] {
                value[offset] = (nodes[offset].weight ?? 0) * share.share
            } else {
                value[offset] = nodeValue(offset, itemValue: itemValue, value: value)
            }
        }
        var items: [ScoreCard.ItemScore] = []
        var covered = [Bool](repeating: false, count: nodes.count)
        var coveredUntil = -1
        for (offset, node) in nodes.enumerated() {
            if offset <= coveredUntil {
                covered[offset] = true
                continue
            }
            if let share = direct[offset] {
                items.append(directItemScore(offset, share: share.share, number: share.number))
                coveredUntil = lastDescendant(of: offset)
            } else if node.kind == .butir {
                items.append(
                    itemScore(
                        offset, value: itemValue[offset], own: ownValue[offset],
                        gate: gateFactor[offset], answer: shown[offset]))
            }
        }
        let nodeScores = nodes.indices.compactMap { offset -> ScoreCard.NodeScore? in
            let node = nodes[offset]
            guard let weight = node.weight, node.kind != .masukan, !covered[offset] else {
                return nil
            }
            return ScoreCard.NodeScore(
                code: node.code, kind: node.kind, title: node.title, weight: weight,
                value: value[offset], depth: depth(of: offset))
        }
        // An area whose value was given directly above it has no value of its own to show.
        let areas = areaGroups.map { ($0.id, $0.nodes.filter { !covered[$0] }) }
            .filter { !$0.1.isEmpty }.map { group in
            ScoreCard.AreaScore(
                id: group.0, title: group.1.first.map { nodes[$0].title } ?? group.0,
                weight: group.1.compactMap { nodes[$0].weight }.reduce(0, +),
                value: group.1.map { value[$0] }.reduce(0, +))
        }
        let total = nodes.indices.filter { nodes[$0].parent == nil }.map { value[$0] }
            .reduce(0, +)
        var card = ScoreCard(
            instrumentID: id, instrumentTitle: title, instrumentSource: source,
            unit: worksheet.unit, year: worksheet.year, nodes: nodeScores, areas: areas,
            total: total, maximum: declaredTotal, band: band(for: total), predicates: [],
            items: items, assumptions: assumptions, warnings: worksheet.warnings)
        card.predicates = checkPredicates(card)
        return card
    }

    /// The factor an item's gates put on its value: the product of its prerequisites' values
    /// (an unanswered prerequisite counts 0); 1 for an item without a gate.
    private func gateValue(of offset: Int, ownValue: [Double?]) -> Double {
        var factor = 1.0
        var current = nodes[offset].gate.flatMap(index(of:))
        var steps = 0
        while let prerequisite = current, steps < nodes.count {
            factor *= ownValue[prerequisite] ?? 0
            current = nodes[prerequisite].gate.flatMap(index(of:))
            steps += 1
        }
        return factor
    }

    /// The nodes whose value the worksheet gives directly, with the number and its share.
    private func directShares(in worksheet: Worksheet) -> [Int: (share: Double, number: Double)] {
        var shares: [Int: (share: Double, number: Double)] = [:]
        for (offset, node) in nodes.enumerated() {
            guard let type = directType(of: node), case .scale(_, let maximum) = type.conversion,
                case .number(let number)? = worksheet.answer(node.code)
            else { continue }
            shares[offset] = (min(1, max(0, number / maximum)), number)
        }
        return shares
    }

    /// The index of the last node in the subtree of a node (nodes are in pre-order).
    private func lastDescendant(of offset: Int) -> Int {
        var last = offset
        while let child = nodes[last].children.last { last = child }
        return last
    }

    /// The value (0...1) of an item and its answer as shown, or `nil` when unanswered.
    func evaluate(_ node: Node, in worksheet: Worksheet) -> (Double?, ShownAnswer) {
        guard let type = answerType(of: node) else { return (nil, .none) }
        switch (type.conversion, worksheet.answer(node.code)) {
        case (.options(let options), .option(let label)?):
            return (options.first { $0.label == label }?.value, .option(label))
        case (.scale(_, let maximum), .number(let number)?):
            return (number / maximum, .number(number))
        case (.percent, _):
            guard let formula = node.formula else { return (nil, .none) }
            let result = formula.evaluate(
                { code in
                    if case .number(let number)? = worksheet.answer(code) { return number }
                    return nil
                }, zeroDenominatorValue: node.zeroDenominatorValue)
            return (result, result.map(ShownAnswer.percent) ?? .none)
        default:
            return (nil, .none)
        }
    }

    private func nodeValue(_ offset: Int, itemValue: [Double?], value: [Double]) -> Double {
        let node = nodes[offset]
        switch node.kind {
        case .masukan: return 0
        case .butir:
            guard let weight = node.weight else { return 0 }
            return weight * (itemValue[offset] ?? 0)
        case .subindikator where node.children.contains(where: { nodes[$0].weight == nil }):
            let children = node.children
            let sum = children.map { itemValue[$0] ?? 0 }.reduce(0, +)
            return (node.weight ?? 0) * sum / Double(children.count)
        default:
            return node.children.map { value[$0] }.reduce(0, +)
        }
    }

    /// The points one unit of an item's value is worth in the total.
    func pointsPerUnit(of offset: Int) -> Double {
        let node = nodes[offset]
        if let weight = node.weight { return weight }
        guard let parent = node.parent, let weight = nodes[parent].weight else { return 0 }
        return weight / Double(nodes[parent].children.count)
    }

    private func depth(of offset: Int) -> Int {
        var depth = 0
        var current = nodes[offset].parent
        while let parent = current {
            depth += 1
            current = nodes[parent].parent
        }
        return depth
    }

    /// The area node an item lies in, if any.
    func areaAncestor(of offset: Int) -> Int? {
        var current = nodes[offset].parent
        while let parent = current {
            if nodes[parent].kind == .area { return parent }
            current = nodes[parent].parent
        }
        return nil
    }

    private func itemScore(
        _ offset: Int, value: Double?, own: Double?, gate: Double, answer: ShownAnswer
    ) -> ScoreCard.ItemScore {
        let node = nodes[offset]
        let type = answerType(of: node)
        let best = type?.bestValue ?? 1
        let current = own ?? 0
        let perUnit = pointsPerUnit(of: offset)
        let gapClass: ScoreCard.GapClass =
            current >= best - 1e-12 ? .dipertahankan : current > 1e-12 ? .ditingkatkan : .diperbaiki
        return ScoreCard.ItemScore(
            code: node.code, title: node.title, areaID: areaID(of: offset),
            areaTitle: areaTitle(of: offset), answer: answer, isAnswered: value != nil,
            value: value ?? 0, bestValue: best, bestAnswer: type?.bestAnswer ?? .none,
            points: (value ?? 0) * perUnit, potential: max(0, best - current) * gate * perUnit,
            gapClass: gapClass)
    }

    /// A node whose value the worksheet gives directly, shown in the place of its items.
    private func directItemScore(_ offset: Int, share: Double, number: Double)
        -> ScoreCard.ItemScore
    {
        let node = nodes[offset]
        let weight = node.weight ?? 0
        let best = directType(of: node)?.bestAnswer ?? .none
        let gapClass: ScoreCard.GapClass =
            share >= 1 - 1e-12 ? .dipertahankan : share > 1e-12 ? .ditingkatkan : .diperbaiki
        return ScoreCard.ItemScore(
            code: node.code, title: node.title, areaID: areaID(of: offset),
            areaTitle: areaTitle(of: offset), answer: .number(number), isAnswered: true,
            value: share, bestValue: 1, bestAnswer: best, points: share * weight,
            potential: (1 - share) * weight, gapClass: gapClass)
    }

    private func areaID(of offset: Int) -> String? {
        let area = nodes[offset].kind == .area ? offset : areaAncestor(of: offset)
        return area.map { nodes[$0].areaID ?? nodes[$0].code }
    }

    private func areaTitle(of offset: Int) -> String {
        if let area = nodes[offset].kind == .area ? offset : areaAncestor(of: offset) {
            return nodes[area].title
        }
        var root = offset
        while let parent = nodes[root].parent { root = parent }
        return nodes[root].title
    }
}
