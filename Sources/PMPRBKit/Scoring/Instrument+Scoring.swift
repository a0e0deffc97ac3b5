import PMPRBPlatform

extension Instrument {
    /// Scores a worksheet: a pure function of the instrument and the answers.
    ///
    /// Item values follow their answer types; a sub-indicator is worth its weight times the
    /// mean of its items' values (an unanswered item counts 0, or is left out of the mean with
    /// ``MissingAnswers/ignored``); every other node is the sum of its children
    /// (`docs/methodology.md`, section 4).
    ///
    /// - Parameters:
    ///   - worksheet: A worksheet checked against this instrument.
    ///   - options: How unanswered items count, and predicates declared besides the
    ///     worksheet's `#predikat` row.
    /// - Returns: The score card.
    /// - Complexity: O(n) in the number of nodes.
    public func score(_ worksheet: Worksheet, options: ScoringOptions = ScoringOptions())
        -> ScoreCard
    {
        let tally = self.tally(
            Answers(worksheet: worksheet, instrument: self), missing: options.missingAnswers)
        var items: [ScoreCard.ItemScore] = []
        items.reserveCapacity(tally.items.count)
        for item in tally.items { items.append(itemScore(item, tally: tally)) }
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
        card.missingAnswers = options.missingAnswers
        card.heldPredicates = Self.merged(worksheet.heldPredicates, options.heldPredicates)
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
        /// The number of items each averaged sub-indicator divides by, in the order of
        /// ``nodes`` (0 elsewhere): all of them, or only the answered ones.
        var divisor: [Int]
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
    func tally(_ worksheet: Worksheet, missing: MissingAnswers = .zero) -> Tally {
        tally(Answers(worksheet: worksheet, instrument: self), missing: missing)
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
            // The lookup alone is captured: a closure holding the instrument would copy it.
            forCode = { [indexByCode = instrument.indexByCode] code in
                indexByCode[code].flatMap { answers[$0] }
            }
        }
    }

    /// Computes every value from answers (`docs/methodology.md`, section 4).
    func tally(_ answers: Answers, missing: MissingAnswers = .zero) -> Tally {
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
        // The children are read in place, not copied (retained) for every node.
        let divisor = nodes.indices.map { offset -> Int in
            guard nodes[offset].kind == .subindikator,
                nodes[offset].children.contains(where: { nodes[$0].weight == nil })
            else { return 0 }
            return missing == .zero
                ? nodes[offset].children.count
                : nodes[offset].children.count(where: { itemValue[$0] != nil })
        }
        var value = [Double](repeating: 0, count: nodes.count)
        for offset in nodes.indices.reversed() {
            if let share = direct[offset] {
                value[offset] = (nodes[offset].weight ?? 0) * share.share
            } else {
                value[offset] = nodeValue(
                    offset, itemValue: itemValue, value: value, divisor: divisor[offset])
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
            divisor: divisor, notApplicable: notApplicable, index: index)
    }

    /// The value of each area group; an area with a node whose value was given directly above
    /// it has no value of its own to show (a part of it would be read as the whole).
    func areaScores(_ tally: Tally) -> [ScoreCard.AreaScore] {
        areaGroupList.filter { !$0.nodes.contains { tally.covered[$0] } }
            .map { ($0.id, $0.nodes) }.map { group in
                ScoreCard.AreaScore(
                    id: group.0, title: group.1.first.map { nodes[$0].title } ?? group.0,
                    weight: group.1.compactMap { nodes[$0].weight }.reduce(0, +),
                    value: group.1.map { tally.value[$0] }.reduce(0, +))
            }
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
                }, zeroDenominator: nodes[offset].zeroDenominator)
            return (result, result.map(ShownAnswer.percent) ?? .none)
        default:
            return (nil, .none)
        }
    }

    private func nodeValue(
        _ offset: Int, itemValue: [Double?], value: [Double], divisor: Int
    ) -> Double {
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
            guard divisor > 0 else { return 0 }
            return (nodes[offset].weight ?? 0) * sum / Double(divisor)
        default:
            var sum = 0.0
            for child in nodes[offset].children { sum += value[child] }
            return sum
        }
    }

    /// Declared predicates without repeats: the first declaration of a name wins.
    static func merged(_ first: [HeldPredicate], _ second: [HeldPredicate]) -> [HeldPredicate] {
        var seen: Set<String> = []
        return (first + second).filter { seen.insert($0.name).inserted }
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
}
