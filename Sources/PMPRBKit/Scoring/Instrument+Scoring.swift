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
        let tally = self.tally(worksheet)
        var items: [ScoreCard.ItemScore] = []
        items.reserveCapacity(tally.items.count)
        for item in tally.items {
            let offset = item.offset
            if let direct = item.direct {
                items.append(directItemScore(offset, share: direct.share, number: direct.number))
            } else {
                items.append(
                    indexAdjusted(
                        itemScore(
                            offset, value: tally.itemValue[offset], own: tally.ownValue[offset],
                            gate: tally.gateFactor[offset], answer: tally.shown[offset]),
                        offset: offset, tally: tally))
            }
        }
        let nodeScores = nodes.indices.compactMap { offset -> ScoreCard.NodeScore? in
            guard let weight = tally.shownWeight(of: offset, in: self) else { return nil }
            return ScoreCard.NodeScore(
                code: nodes[offset].code, kind: nodes[offset].kind, title: nodes[offset].title,
                weight: weight, value: tally.value[offset], depth: depth(of: offset))
        }
        let areas = areaScores(tally)
        var card = ScoreCard(
            instrumentID: id, instrumentTitle: title, instrumentSource: source,
            unit: worksheet.unit, year: worksheet.year, nodes: nodeScores, areas: areas,
            total: tally.total, maximum: declaredTotal,
            band: band(for: tally.total, index: tally.index),
            predicates: [], items: items, assumptions: assumptionList,
            warnings: worksheet.warnings, index: tally.index)
        card.predicates = checkPredicates(card)
        return card
    }

    /// The numbers of a scored worksheet, before they are dressed as a ``ScoreCard`` or a
    /// ``UnitSummary``: both are built from one tally, so they always agree.
    struct Tally {
        /// The value (0...1) of each item from its own answer, in the order of ``nodes``.
        var ownValue: [Double?]
        /// The answer of each item as shown.
        var shown: [ShownAnswer]
        /// The factor the gates put on each item.
        var gateFactor: [Double]
        /// The value of each item after its gates.
        var itemValue: [Double?]
        /// The value of each node, in points.
        var value: [Double]
        /// Whether a node lies under a node whose value the worksheet gives directly.
        var covered: [Bool]
        /// The nodes shown as items, in order; `direct` holds the share and the number of a
        /// node whose value the worksheet gives directly.
        var items: [(offset: Int, direct: (share: Double, number: Double)?)]
        /// The total.
        var total: Double
        /// Whether each node is a line the worksheet marks not applicable (`TB`).
        var notApplicable: [Bool] = []
        /// The parts of a two-part index, or `nil` for other instruments.
        var index: IndexParts?

        /// The weight of a node that the score card lists, or `nil` for one it leaves out (no
        /// weight, an input row, or under a value given directly).
        func shownWeight(of offset: Int, in instrument: Instrument) -> Double? {
            guard let weight = instrument.nodes[offset].weight,
                instrument.nodes[offset].kind != .masukan, !covered[offset]
            else { return nil }
            return weight
        }
    }

    /// Computes every value of a worksheet (`docs/methodology.md`, section 4).
    func tally(_ worksheet: Worksheet) -> Tally {
        tally(Answers(worksheet: worksheet, instrument: self))
    }

    /// The answers a tally reads: by node (the index in ``nodes``) or by code.
    ///
    /// A ``Worksheet`` keeps its answers by code; a summary read straight from a table keeps
    /// them by node, which spares thousands of worksheets a dictionary each.
    struct Answers {
        /// The answer of the node at an index.
        var atNode: (Int) -> Worksheet.Answer?
        /// The answer of the node with a code.
        var forCode: (String) -> Worksheet.Answer?

        /// The answers of a worksheet.
        init(worksheet: Worksheet, instrument: Instrument) {
            atNode = { worksheet.answer(instrument.nodes[$0].code) }
            forCode = { worksheet.answer($0) }
        }

        /// Answers kept by node.
        init(byNode answers: [Worksheet.Answer?], instrument: Instrument) {
            atNode = { answers[$0] }
            forCode = { code in instrument.index(of: code).flatMap { answers[$0] } }
        }
    }

    /// Computes every value from answers (`docs/methodology.md`, section 4).
    func tally(_ answers: Answers) -> Tally {
        var ownValue = [Double?](repeating: nil, count: nodes.count)
        var shown = [ShownAnswer](repeating: .none, count: nodes.count)
        var notApplicable = [Bool](repeating: false, count: nodes.count)
        for offset in nodes.indices where nodes[offset].kind == .butir {
            if case .notApplicable? = answers.atNode(offset) {
                notApplicable[offset] = true
                shown[offset] = .option(NotApplicable.label)
                continue
            }
            (ownValue[offset], shown[offset]) = evaluate(
                offset, conversion: answerTypeOfNode[offset]?.conversion, answers: answers)
        }
        let gateFactor = nodes.indices.map {
            gateValue(of: $0, ownValue: ownValue, notApplicable: notApplicable)
        }
        let itemValue = nodes.indices.map { offset in
            ownValue[offset].map { $0 * gateFactor[offset] }
        }
        let direct = directShares(answers)
        var value = [Double](repeating: 0, count: nodes.count)
        for offset in nodes.indices.reversed() {
            if let share = direct[offset] {
                value[offset] = (nodes[offset].weight ?? 0) * share.share
            } else {
                value[offset] = nodeValue(offset, itemValue: itemValue, value: value)
            }
        }
        var items: [(offset: Int, direct: (share: Double, number: Double)?)] = []
        var covered = [Bool](repeating: false, count: nodes.count)
        var coveredUntil = -1
        for offset in nodes.indices {
            if offset <= coveredUntil {
                covered[offset] = true
                continue
            }
            if let share = direct[offset] {
                items.append((offset, share))
                coveredUntil = lastDescendant(of: offset)
            } else if nodes[offset].kind == .butir {
                items.append((offset, nil))
            }
        }
        var total = 0.0
        for offset in nodes.indices where nodes[offset].parent == nil { total += value[offset] }
        let index = indexParts(value: value, answers: answers, notApplicable: notApplicable)
        return Tally(
            ownValue: ownValue, shown: shown, gateFactor: gateFactor, itemValue: itemValue,
            value: value, covered: covered, items: items, total: index?.index ?? total,
            notApplicable: notApplicable, index: index)
    }

    /// The value of each area group; an area whose value was given directly above it has no
    /// value of its own to show.
    func areaScores(_ tally: Tally) -> [ScoreCard.AreaScore] {
        areaGroupList.map { ($0.id, $0.nodes.filter { !tally.covered[$0] }) }
            .filter { !$0.1.isEmpty }.map { group in
                ScoreCard.AreaScore(
                    id: group.0, title: group.1.first.map { nodes[$0].title } ?? group.0,
                    weight: group.1.compactMap { nodes[$0].weight }.reduce(0, +),
                    value: group.1.map { tally.value[$0] }.reduce(0, +))
            }
    }

    /// Summarises a worksheet as ``UnitSummary/init(card:file:)`` summarises its score card,
    /// without building the card's titles, node list and gap data: `compare` summarises
    /// thousands of worksheets.
    ///
    /// - Parameters:
    ///   - worksheet: A worksheet checked against this instrument.
    ///   - file: The worksheet's file, as the user named it.
    /// - Returns: A summary equal to `UnitSummary(card: score(worksheet), file: file)`.
    func summary(_ worksheet: Worksheet, file: String) -> UnitSummary {
        summary(
            unit: worksheet.unit, year: worksheet.year, file: file,
            answers: Answers(worksheet: worksheet, instrument: self))
    }

    /// Summarises a worksheet's answers; see ``summary(_:file:)``.
    func summary(unit: String, year: Int?, file: String, answers: Answers) -> UnitSummary {
        let tally = self.tally(answers)
        let areas = areaScores(tally)
        let predicates = checkPredicates(total: tally.total, areas: areas) { code in
            guard let offset = index(of: code), tally.shownWeight(of: offset, in: self) != nil
            else { return nil }
            return tally.value[offset]
        }
        var answers: [ShownAnswer] = []
        var points: [Double] = []
        var unanswered = 0
        answers.reserveCapacity(tally.items.count)
        points.reserveCapacity(tally.items.count)
        for item in tally.items {
            if let direct = item.direct {
                answers.append(.number(direct.number))
                points.append(direct.share * (nodes[item.offset].weight ?? 0))
            } else {
                let value = tally.itemValue[item.offset]
                if value == nil && !isExemptFromAnswer(item.offset, tally: tally) { unanswered += 1 }
                answers.append(tally.shown[item.offset])
                points.append(
                    indexPoints(
                        (value ?? 0) * pointsPerUnit(of: item.offset), offset: item.offset,
                        tally: tally))
            }
        }
        return UnitSummary(
            instrumentID: id, unit: unit, year: year, file: file,
            total: tally.total, band: band(for: tally.total, index: tally.index),
            predicates: predicates.map { .init(name: $0.name, holds: $0.holds) },
            itemCount: tally.items.count, unansweredCount: unanswered,
            areaValues: areas.map(\.value), answers: answers, points: points)
    }

    /// The factor an item's gates put on its value: the product of its prerequisites' values
    /// (an unanswered prerequisite counts 0); 1 for an item without a gate.
    /// A prerequisite marked not applicable (`TB`) puts no factor on the item.
    private func gateValue(
        of offset: Int, ownValue: [Double?], notApplicable: [Bool]
    ) -> Double {
        var factor = 1.0
        var current = nodes[offset].gate.flatMap(index(of:))
        var steps = 0
        while let prerequisite = current, steps < nodes.count {
            if !notApplicable[prerequisite] { factor *= ownValue[prerequisite] ?? 0 }
            current = nodes[prerequisite].gate.flatMap(index(of:))
            steps += 1
        }
        return factor
    }

    /// The nodes whose value the worksheet gives directly, with the number and its share.
    private func directShares(_ answers: Answers) -> [Int: (share: Double, number: Double)] {
        var shares: [Int: (share: Double, number: Double)] = [:]
        for offset in nodes.indices {
            guard case .scale(_, let maximum)? = directTypeOfNode[offset]?.conversion,
                case .number(let number)? = answers.atNode(offset)
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

    /// The value (0...1) of the item at an index and its answer as shown, or `nil` when
    /// unanswered; `conversion` is that of the item's answer type.
    private func evaluate(
        _ offset: Int, conversion: AnswerType.Conversion?, answers: Answers
    ) -> (Double?, ShownAnswer) {
        guard let conversion else { return (nil, .none) }
        switch (conversion, answers.atNode(offset)) {
        case (.options(let options), .option(let label)?):
            return (options.first { $0.label == label }?.value, .option(label))
        case (.scale(_, let maximum), .number(let number)?):
            return (number / maximum, .number(number))
        case (.percent, _):
            guard let formula = nodes[offset].formula else { return (nil, .none) }
            let result = formula.evaluate(
                { code in
                    if case .number(let number)? = answers.forCode(code) { return number }
                    return nil
                }, zeroDenominatorValue: nodes[offset].zeroDenominatorValue)
            return (result, result.map(ShownAnswer.percent) ?? .none)
        default:
            return (nil, .none)
        }
    }

    private func nodeValue(_ offset: Int, itemValue: [Double?], value: [Double]) -> Double {
        switch nodes[offset].kind {
        case .masukan: return 0
        case .butir:
            guard let weight = nodes[offset].weight else { return 0 }
            return weight * (itemValue[offset] ?? 0)
        case .subindikator
        where nodes[offset].children.contains(where: { nodes[$0].weight == nil }):
            // Sums in child order, as `map(_:).reduce(0, +)` would, without an array.
            var sum = 0.0
            for child in nodes[offset].children { sum += itemValue[child] ?? 0 }
            return (nodes[offset].weight ?? 0) * sum / Double(nodes[offset].children.count)
        default:
            var sum = 0.0
            for child in nodes[offset].children { sum += value[child] }
            return sum
        }
    }

    /// The points one unit of an item's value is worth in the total.
    func pointsPerUnit(of offset: Int) -> Double {
        if let weight = nodes[offset].weight { return weight }
        guard let parent = nodes[offset].parent, let weight = nodes[parent].weight else {
            return 0
        }
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
        areaAncestorOfNode[offset]
    }

    private func itemScore(
        _ offset: Int, value: Double?, own: Double?, gate: Double, answer: ShownAnswer
    ) -> ScoreCard.ItemScore {
        let best = answerTypeOfNode[offset]?.bestValue ?? 1
        let current = own ?? 0
        let perUnit = pointsPerUnit(of: offset)
        let gapClass: ScoreCard.GapClass =
            current >= best - 1e-12 ? .dipertahankan : current > 1e-12 ? .ditingkatkan : .diperbaiki
        return ScoreCard.ItemScore(
            code: nodes[offset].code, title: nodes[offset].title, areaID: areaID(of: offset),
            areaTitle: areaTitle(of: offset), answer: answer, isAnswered: value != nil,
            value: value ?? 0, bestValue: best,
            bestAnswer: answerTypeOfNode[offset]?.bestAnswer ?? .none,
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
