extension Instrument {
    /// A requirement of a target: a value that must reach a threshold, and the items that
    /// raise it.
    private struct Requirement {
        var label: String
        var current: Double
        var threshold: Double
        /// For a share requirement, the weight the value is a share of.
        var weight: Double?
        var raises: (ScoreCard.ItemScore) -> Bool
        /// What bringing an item to its best answer adds to the value; its potential when `nil`.
        var gain: ((ScoreCard.ItemScore) -> Double)? = nil
        /// Whether the value is compared unrounded (a line's *target baik*, on its own scale).
        var exact = false

        func added(_ item: ScoreCard.ItemScore) -> Double { gain?(item) ?? item.potential }

        func isMet(_ value: Double) -> Bool {
            if exact { return value >= threshold - 1e-9 }
            if let weight {
                return Rounding.published(value / weight * 100) >= threshold * 100 - 1e-9
            }
            return Rounding.published(value) >= threshold - 1e-9
        }
    }

    /// The items to bring to their best answer so that a score card reaches a target.
    ///
    /// Requirements are met narrowest first: every area below its share, then every node
    /// criterion, then the total; within each, the improvable items that raise it are taken
    /// largest gain first, so each requirement is met with as few items as possible. A
    /// requirement that the improvable items cannot meet (a survey score, say) is returned as
    /// an obstacle.
    ///
    /// - Parameters:
    ///   - target: A total, a band or a predicate.
    ///   - card: A score card of this instrument.
    public func plan(_ target: ImprovementPlan.Target, for card: ScoreCard) -> ImprovementPlan {
        let requirements = self.requirements(for: target, card: card)
        var chosen: [ScoreCard.ItemScore] = []
        var chosenCodes: Set<String> = []
        var obstacles: [ImprovementPlan.Obstacle] = []
        let candidates = card.gaps.filter(\.isImprovable)
        for requirement in requirements {
            let members = candidates.filter(requirement.raises)
            var value = requirement.current
                + members.filter { chosenCodes.contains($0.code) }.map(requirement.added).reduce(0, +)
            var remaining = members.filter { !chosenCodes.contains($0.code) }.makeIterator()
            while !requirement.isMet(value), let next = remaining.next() {
                chosen.append(next)
                chosenCodes.insert(next.code)
                value += requirement.added(next)
            }
            if !requirement.isMet(value) {
                let scale = requirement.weight ?? 1
                obstacles.append(
                    ImprovementPlan.Obstacle(
                        requirement: requirement.label, value: requirement.current / scale,
                        threshold: requirement.threshold, reachable: value / scale,
                        isShare: requirement.weight != nil))
            }
        }
        var plan = ImprovementPlan(
            target: target, steps: chosen, totalBefore: card.total,
            totalAfter: card.total + chosen.map(\.potential).reduce(0, +), obstacles: obstacles)
        if case .band(let grade) = target, targetBands.contains(where: { $0.standsInFor == grade }) {
            plan.targetGrade = grade
            plan.missedTargets = card.index?.missedTargets ?? []
        }
        return plan
    }

    /// For a band that another stands in for when a line misses its target (A), one
    /// requirement per line below its target: its answer must reach the target.
    private func targetRequirements(for grade: String, card: ScoreCard) -> [Requirement] {
        guard targetBands.contains(where: { $0.standsInFor == grade }), let index = card.index
        else { return [] }
        return index.missedTargets.map { miss in
            let maximum: Double
            if let node = node(miss.code), case .scale(_, let top)? = answerType(of: node)?.conversion {
                maximum = top
            } else {
                maximum = miss.target
            }
            let current = miss.value ?? 0
            return Requirement(
                label: "target baik \(miss.code) (\(LocaleNumber.format(miss.target)))",
                current: current, threshold: miss.target, weight: nil,
                raises: { $0.code == miss.code }, gain: { _ in maximum - current }, exact: true)
        }
    }

    private func requirements(
        for target: ImprovementPlan.Target, card: ScoreCard
    ) -> [Requirement] {
        let total = { (label: String, threshold: Double) in
            Requirement(
                label: label, current: card.total, threshold: threshold, weight: nil,
                raises: { _ in true })
        }
        switch target {
        case .total(let value):
            return [total("total", value)]
        case .band(let grade):
            // A band standing in for another (A−) has that band's range, without its targets.
            guard let band = (bands + targetBands).first(where: { $0.grade == grade }) else {
                return []
            }
            let isLowest = band == bands.last
            let bound = band.isInclusive || isLowest ? band.lowerBound : band.lowerBound + 0.01
            return targetRequirements(for: grade, card: card) + [total("total (\(grade))", bound)]
        case .predicate(let name):
            var names = [name]
            var index = 0
            while index < names.count {
                for criterion in criteria where criterion.predicate == names[index] {
                    if case .predicate(let required) = criterion.target,
                        !names.contains(required)
                    {
                        names.append(required)
                    }
                }
                index += 1
            }
            let all = criteria.filter { names.contains($0.predicate) }
            var areas: [Requirement] = []
            var nodes: [Requirement] = []
            var totals: [Requirement] = []
            for criterion in all {
                switch criterion.target {
                case .everyArea:
                    for area in card.areas {
                        areas.append(
                            Requirement(
                                label: "\(criterion.code) \(area.title)", current: area.value,
                                threshold: criterion.threshold, weight: area.weight,
                                raises: { $0.areaID == area.id }))
                    }
                case .node(let code):
                    nodes.append(
                        Requirement(
                            label: "\(criterion.code) \(criterion.title)",
                            current: card.node(code)?.value ?? 0, threshold: criterion.threshold,
                            weight: nil, raises: { $0.code.hasPrefix(code + ".") }))
                case .total:
                    totals.append(total("\(criterion.code) \(criterion.title)", criterion.threshold))
                case .predicate:
                    break
                }
            }
            return areas + nodes + totals
        }
    }
}
