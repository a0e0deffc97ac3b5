extension Instrument {
    /// Whether the instrument is a two-part index: its components are marked `umum`,
    /// `tematik` and `koefisien` (`docs/methodology.md`, section 11).
    public var isTwoPartIndex: Bool { nodes.contains { $0.part != nil } }

    /// The part of the component a node lies in, if the instrument is a two-part index.
    func part(ofNodeAt offset: Int) -> IndexPart? {
        var current = offset
        while let parent = nodes[current].parent { current = parent }
        return nodes[current].part
    }

    /// Computes the parts of a two-part index from node values; `nil` for other instruments.
    ///
    /// `adjusted = (general + coefficient) / applicable × 100`, `index = adjusted + tematik`,
    /// where `applicable` is the weight of the RB General lines not marked `TB` (Portal RB
    /// application, PermenPANRB 9/2023; `docs/methodology.md`, section 11).
    func indexParts(
        value: [Double], answers: Answers, notApplicable: [Bool]
    ) -> IndexParts? {
        guard isTwoPartIndex else { return nil }
        var general: [IndexParts.Part] = []
        var thematic: [IndexParts.Part] = []
        var coefficient = 0.0
        for offset in nodes.indices where nodes[offset].parent == nil {
            let node = nodes[offset]
            switch node.part {
            case .umum?:
                let weight = node.weight ?? 0
                let excluded = excludedWeight(under: offset, notApplicable: notApplicable)
                general.append(
                    .init(
                        code: node.code, title: node.title, weight: weight,
                        applicableWeight: weight - excluded, value: value[offset]))
            case .tematik?:
                let weight = node.weight ?? 0
                thematic.append(
                    .init(
                        code: node.code, title: node.title, weight: weight,
                        applicableWeight: weight, value: value[offset]))
            case .koefisien?:
                for child in node.children {
                    if case .number(let number)? = answers.atNode(child) { coefficient += number }
                }
            case nil:
                break
            }
        }
        let generalTotal = general.map(\.value).reduce(0, +)
        let applicable = general.map(\.applicableWeight).reduce(0, +)
        // RB General is out of 100 (PermenPANRB 9/2023): the adjusted value is kept within
        // 0...100 (ASM-48).
        let raw = applicable > 0 ? (generalTotal + coefficient) / applicable * 100 : 0
        let adjusted = min(100, max(0, raw))
        let thematicTotal = thematic.map(\.value).reduce(0, +)
        let notApplicableCodes = nodes.indices.filter { notApplicable[$0] }.map { nodes[$0].code }
        let total = adjusted + thematicTotal
        return IndexParts(
            general: general, generalTotal: generalTotal, coefficient: coefficient,
            applicableWeight: applicable, adjustedGeneral: adjusted, thematic: thematic,
            thematicTotal: thematicTotal, index: total,
            maximum: 100 + thematic.map(\.weight).reduce(0, +), notApplicable: notApplicableCodes,
            missedTargets: missedTargets(answers: answers, notApplicable: notApplicable),
            gradesWithTargets: targetBands.compactMap(\.standsInFor),
            uncertainBoundary: bands.first {
                $0.provenance.isAssumption && Rounding.published(total) == $0.lowerBound
                    && $0.lowerBound > 0
            })
    }

    /// The weight of the lines marked `TB` under a node.
    private func excludedWeight(under offset: Int, notApplicable: [Bool]) -> Double {
        var sum = 0.0
        var stack = [offset]
        while let next = stack.popLast() {
            if notApplicable[next] { sum += nodes[next].weight ?? 0 }
            stack.append(contentsOf: nodes[next].children)
        }
        return sum
    }

    /// The lines with a target whose answer is below it or missing; a line marked `TB` misses
    /// nothing.
    private func missedTargets(
        answers: Answers, notApplicable: [Bool]
    ) -> [IndexParts.TargetMiss] {
        nodes.indices.compactMap { offset in
            guard let target = nodes[offset].target, !notApplicable[offset] else { return nil }
            var number: Double?
            if case .number(let value)? = answers.atNode(offset) { number = value }
            if let number, number >= target - 1e-9 { return nil }
            return IndexParts.TargetMiss(
                code: nodes[offset].code, title: nodes[offset].title, value: number,
                target: target)
        }
    }

    /// The band of a total, given instead by the band standing in for it when a line misses
    /// its target (A− for A; `docs/methodology.md`, section 11).
    func band(for total: Double, index: IndexParts?) -> Band? {
        guard let band = band(for: total) else { return nil }
        guard let index, !index.missedTargets.isEmpty,
            let standIn = targetBands.first(where: { $0.standsInFor == band.grade })
        else { return band }
        return standIn
    }
}

extension Instrument {
    /// Points of an RB General line in index points: times `100 / applicable`; other points
    /// as they are.
    func indexPoints(_ points: Double, offset: Int, tally: Tally) -> Double {
        guard let index = tally.index else { return points }
        switch part(ofNodeAt: offset) {
        case .umum?: return points * index.generalScale
        case .koefisien?:
            if case .number(let number) = tally.shown[offset] { return number * index.generalScale }
            return 0
        case .tematik?, nil: return points
        }
    }

    /// Whether an item without a value is still not unanswered: a line marked `TB`, or the
    /// coefficient, which is 0 when left empty.
    func isExemptFromAnswer(_ offset: Int, tally: Tally) -> Bool {
        guard tally.index != nil else { return false }
        return tally.notApplicable[offset] || part(ofNodeAt: offset) == .koefisien
    }

    /// An item of a two-part index as the score card shows it: a line marked `TB` counts as
    /// answered with nothing to gain; the coefficient shows its index points; RB General
    /// points and potentials are in index points.
    func indexAdjusted(
        _ item: ScoreCard.ItemScore, offset: Int, tally: Tally
    ) -> ScoreCard.ItemScore {
        guard let index = tally.index else { return item }
        var item = item
        if tally.notApplicable[offset] {
            item.isAnswered = true
            item.potential = 0
            item.gapClass = .dipertahankan
            return item
        }
        switch part(ofNodeAt: offset) {
        case .umum?:
            item.points *= index.generalScale
            item.potential *= index.generalScale
        case .koefisien?:
            // The coefficient is not converted to a value from 0 to 1; its answer and its
            // index points show it.
            item.points = indexPoints(item.points, offset: offset, tally: tally)
            item.value = 0
            item.bestValue = 0
            item.isAnswered = true
            item.potential = 0
            item.gapClass = .dipertahankan
        case .tematik?, nil:
            break
        }
        return item
    }
}
