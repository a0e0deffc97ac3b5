extension FilledLKE {
    /// One printed row of the filled worksheet, its cells already formatted.
    struct Line: Hashable, Sendable {
        /// What the row is.
        enum Kind: Hashable, Sendable {
            /// A component, aspect, area or sub-indicator, with its weight, value and share.
            case heading
            /// A scored item.
            case item
            /// An input row (a count) of a percentage item.
            case input
            /// The total of a component, or the final value.
            case total
        }

        var kind: Kind
        /// For a heading, the level of its node.
        var level: NodeKind?
        var code: String
        var title: String
        var depth: Int
        var weight = ""
        var criterion = ""
        var options = ""
        var answer = ""
        var value = ""
        var percent = ""
        var evidence = ""
        var note = ""
    }

    /// Every row in the instrument's order: each node, a total row after each component, and
    /// the final value.
    func lines() -> [Line] {
        let items = Dictionary(
            card.items.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        let scores = Dictionary(
            card.nodes.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        var result: [Line] = []
        var depthOf: [Int: Int] = [:]
        var openComponent: Node?
        for (offset, node) in instrument.nodes.enumerated() {
            let depth = node.parent.map { (depthOf[$0] ?? 0) + 1 } ?? 0
            depthOf[offset] = depth
            if node.parent == nil {
                if let open = openComponent { result.append(total(of: open, scores)) }
                openComponent = node
            }
            switch node.kind {
            case .komponen, .aspek, .area, .subindikator:
                result.append(heading(node, depth: depth, scores))
            case .butir:
                result.append(item(node, depth: depth, items[node.code], scores[node.code]))
            case .masukan:
                result.append(input(node, depth: depth))
            }
        }
        if let open = openComponent { result.append(total(of: open, scores)) }
        result.append(finalLine())
        return result
    }

    private func entry(_ code: String) -> Worksheet.Entry? { worksheet.entries[code] }

    private func heading(
        _ node: Node, depth: Int, _ scores: [String: ScoreCard.NodeScore]
    ) -> Line {
        var line = Line(
            kind: .heading, level: node.kind, code: node.code, title: node.title, depth: depth)
        if let score = scores[node.code] {
            line.weight = language.number(score.weight)
            line.value = language.number(score.value)
            line.percent = language.percent(score.share)
        }
        if let answer = entry(node.code)?.answer, case .number(let number) = answer {
            line.options = labels.direct
            line.answer = language.number(number)
        }
        line.evidence = entry(node.code)?.evidence ?? ""
        line.note = entry(node.code)?.note ?? ""
        return line
    }

    private func item(
        _ node: Node, depth: Int, _ score: ScoreCard.ItemScore?, _ weighted: ScoreCard.NodeScore?
    ) -> Line {
        var line = Line(kind: .item, code: node.code, title: node.title, depth: depth)
        let type = instrument.answerType(of: node)
        line.options = type.map(optionsText) ?? ""
        if let score {
            line.answer = score.isAnswered
                ? score.answer.text(decimalComma: language.usesDecimalComma) : labels.unanswered
            if case .option(let label) = score.answer {
                line.criterion = node.guide?.text(for: label) ?? ""
            } else if score.isAnswered {
                line.criterion = node.guide?.general ?? ""
            }
            line.value = language.number(score.value)
        }
        if let weighted {
            // A hasil indicator carries its own weight: its value is in points.
            line.weight = language.number(weighted.weight)
            line.value = language.number(weighted.value)
            line.percent = language.percent(weighted.share)
        }
        line.evidence = entry(node.code)?.evidence ?? ""
        if let evidence, evidence.items.contains(where: { $0.code == node.code }) {
            line.evidence = labels.noEvidence
        }
        line.note = entry(node.code)?.note ?? ""
        return line
    }

    private func input(_ node: Node, depth: Int) -> Line {
        var line = Line(kind: .input, code: node.code, title: node.title, depth: depth)
        line.options = labels.count
        if let answer = entry(node.code)?.answer, case .number(let number) = answer {
            line.answer = LocaleNumber.format(number, decimals: 0)
        }
        line.note = entry(node.code)?.note ?? ""
        return line
    }

    private func total(of component: Node, _ scores: [String: ScoreCard.NodeScore]) -> Line {
        var line = Line(
            kind: .total, code: "", title: labels.total + " " + component.title.uppercased(),
            depth: 0)
        if let score = scores[component.code] {
            line.weight = language.number(score.weight)
            line.value = language.number(score.value)
            line.percent = language.percent(score.share)
        }
        return line
    }

    private func finalLine() -> Line {
        var line = Line(kind: .total, code: "", title: labels.finalValue, depth: 0)
        line.weight = language.number(card.maximum)
        line.value = language.number(card.publishedTotal)
        line.percent = language.percent(card.maximum > 0 ? card.total / card.maximum : 0)
        if let band = card.band {
            line.criterion = labels.category + ": " + band.grade + " (" + band.label + ")"
        }
        return line
    }

    private func optionsText(_ type: AnswerType) -> String {
        switch type.conversion {
        case .options(let options): options.map(\.label).joined(separator: "/")
        case .scale(let minimum, let maximum):
            labels.value + " (" + LocaleNumber.format(minimum, decimals: 0) + "-"
                + LocaleNumber.format(maximum, decimals: 0) + ")"
        case .percent: "%"
        case .count: labels.count
        }
    }
}
