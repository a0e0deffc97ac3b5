/// Which answers claim more than the lowest option without evidence (*bukti dukung*), and what
/// the total would be if the evaluation discarded them, as it does (`docs/methodology.md`,
/// "Evidence").
public struct EvidenceCheck: Hashable, Sendable {
    /// An item answered above its lowest option whose evidence cell is empty.
    public struct Item: Hashable, Sendable {
        /// The item's code.
        public var code: String
        /// The item's summary.
        public var title: String
        /// The answer given.
        public var answer: ShownAnswer
        /// The points the total loses when the item is scored as its lowest option.
        public var pointsAtStake: Double
    }

    /// The items without evidence, in the instrument's order.
    public var items: [Item]
    /// The total with the answers as given.
    public var totalAsAnswered: Double
    /// The total with every item of ``items`` scored as its lowest option.
    public var totalWithEvidenceRequired: Double
    /// Whether the report's score requires evidence (`--bukti wajib`), so that its total is
    /// ``totalWithEvidenceRequired``.
    public var isRequired: Bool
}

extension Instrument {
    /// The items of a worksheet answered above their lowest option without evidence.
    ///
    /// An item counts when its answer is worth more than the lowest answer of its type (an
    /// option above the lowest one, a number above the scale's minimum, a percentage above 0%)
    /// and its `bukti_dukung` cell is blank; for a percentage item, the cells of its input rows
    /// count as its evidence too.
    ///
    /// - Parameters:
    ///   - worksheet: A worksheet checked against this instrument.
    ///   - required: Whether the report's score requires evidence.
    public func evidenceCheck(_ worksheet: Worksheet, required: Bool = false) -> EvidenceCheck {
        answeredEvidenceCheck(worksheet, required: required).check
    }

    /// ``evidenceCheck(_:required:)`` with the card of the worksheet as answered, which it
    /// scores, so that a caller does not score the worksheet again. The worksheet required to
    /// have evidence is tallied, not made into a card: its total and the points of the items
    /// without evidence are all the check reads (``scoredEvidenceCheck(_:required:)`` gives
    /// that card too).
    public func answeredEvidenceCheck(_ worksheet: Worksheet, required: Bool = false) -> (
        check: EvidenceCheck, asAnswered: ScoreCard
    ) {
        let before = score(worksheet)
        let codes = codesMissingEvidence(worksheet, card: before)
        guard !codes.isEmpty else {
            return (check(before, codes: codes, after: (before.total, [:]), required), before)
        }
        let tally = self.tally(requiringEvidence(worksheet, codes: codes))
        var points: [String: Double] = [:]
        for item in tally.items where codes.contains(nodes[item.offset].code) {
            let code = nodes[item.offset].code
            if points[code] == nil { points[code] = itemScore(item, tally: tally).points }
        }
        return (check(before, codes: codes, after: (tally.total, points), required), before)
    }

    /// ``evidenceCheck(_:required:)`` with the two cards it scores, so that a caller does not
    /// score the worksheet again: the worksheet as answered, and the worksheet that
    /// ``requiringEvidence(_:as:)`` gives with this check (the same card when no answer lacks
    /// evidence), each as `score(_:)` with the default options scores it.
    public func scoredEvidenceCheck(_ worksheet: Worksheet, required: Bool = false) -> (
        check: EvidenceCheck, asAnswered: ScoreCard, evidenceRequired: ScoreCard
    ) {
        let before = score(worksheet)
        let codes = codesMissingEvidence(worksheet, card: before)
        // With no answer to replace, the worksheet required to have evidence is the same one.
        let after = codes.isEmpty ? before : score(requiringEvidence(worksheet, codes: codes))
        let afterPoints = Dictionary(
            after.items.map { ($0.code, $0.points) }, uniquingKeysWith: { first, _ in first })
        return (
            check(before, codes: codes, after: (after.total, afterPoints), required), before, after
        )
    }

    /// The check of the items of `before` named by `codes`, given the total and the items'
    /// points (the first item of a code) with evidence required.
    private func check(
        _ before: ScoreCard, codes: Set<String>, after: (total: Double, points: [String: Double]),
        _ required: Bool
    ) -> EvidenceCheck {
        let items = before.items.filter { codes.contains($0.code) }.map { item in
            EvidenceCheck.Item(
                code: item.code, title: item.title, answer: item.answer,
                pointsAtStake: item.points - (after.points[item.code] ?? 0))
        }
        return EvidenceCheck(
            items: items, totalAsAnswered: before.total, totalWithEvidenceRequired: after.total,
            isRequired: required)
    }

    /// The worksheet with every answer above the lowest option that lacks evidence replaced by
    /// the lowest answer: the lowest option, the scale's minimum, or, for a percentage item,
    /// 0%: one count that only the numerator reads is set so that the numerator is 0 (for
    /// `(A - B) / A`, B becomes A). When no count can do that, the item's counts are removed
    /// and it cannot be computed, which is also worth 0.
    public func requiringEvidence(_ worksheet: Worksheet) -> Worksheet {
        requiringEvidence(worksheet, codes: codesMissingEvidence(worksheet, card: score(worksheet)))
    }

    /// ``requiringEvidence(_:)`` with the items already found by `check`, this worksheet's
    /// ``evidenceCheck(_:required:)``: the worksheet is not scored again to find them.
    public func requiringEvidence(_ worksheet: Worksheet, as check: EvidenceCheck) -> Worksheet {
        requiringEvidence(worksheet, codes: Set(check.items.map(\.code)))
    }

    private func requiringEvidence(_ worksheet: Worksheet, codes: Set<String>) -> Worksheet {
        var copy = worksheet
        // Nodes are read in place by offset: a copy of a node retains every string it holds.
        for code in codes {
            guard let offset = index(of: code), let type = answerTypeOfNode[offset] else {
                continue
            }
            switch type.conversion {
            case .options(let options):
                if let lowest = options.min(by: { $0.value < $1.value }) {
                    copy.entries[code]?.answer = .option(lowest.label)
                }
            case .scale(let minimum, _):
                copy.entries[code]?.answer = .number(minimum)
            case .percent:
                zeroNumerator(ofNodeAt: offset, in: &copy)
            case .count:
                break
            }
        }
        return copy
    }

    /// Sets a count read only by the numerator so that the numerator is 0, keeping the
    /// denominator; removes the item's counts when no count can.
    private func zeroNumerator(ofNodeAt offset: Int, in worksheet: inout Worksheet) {
        func count(_ code: String) -> Double? {
            if case .number(let value) = worksheet.entries[code]?.answer { return value }
            return nil
        }
        if let formula = nodes[offset].formula {
            let denominatorCodes = Set(formula.denominator.compactMap(\.code))
            for (index, term) in formula.numerator.enumerated() {
                guard let code = term.code, !denominatorCodes.contains(code),
                    formula.numerator.filter({ $0.code == code }).count == 1
                else { continue }
                var rest = 0.0
                var known = true
                for (other, part) in formula.numerator.enumerated() where other != index {
                    let value = part.code.map(count) ?? part.constant
                    guard let value else {
                        known = false
                        break
                    }
                    rest += part.isNegative ? -value : value
                }
                // term = -rest, with the term's sign: a count of rest (subtracted) or -rest.
                let needed = term.isNegative ? rest : -rest
                if known && needed >= 0 {
                    worksheet.entries[code]?.answer = .number(needed)
                    return
                }
            }
        }
        for child in nodes[offset].children { worksheet.entries[nodes[child].code]?.answer = nil }
    }

    /// The items of `card`, the worksheet's score, answered above their lowest option without
    /// evidence in their own cell or their input rows' cells.
    private func codesMissingEvidence(_ worksheet: Worksheet, card: ScoreCard) -> Set<String> {
        func hasEvidence(_ code: String) -> Bool {
            !(worksheet.entries[code]?.evidence.trimmed.isEmpty ?? true)
        }
        var codes: Set<String> = []
        // Items are read in place by offset: a copy of an item retains every string it holds.
        for item in card.items.indices where card.items[item].isAnswered {
            let code = card.items[item].code
            guard let offset = index(of: code), nodes[offset].kind == .butir,
                let type = answerTypeOfNode[offset], isAboveLowest(card.items[item].answer, type)
            else { continue }
            let hasEvidence =
                hasEvidence(code) || nodes[offset].children.contains { hasEvidence(nodes[$0].code) }
            if !hasEvidence { codes.insert(code) }
        }
        return codes
    }

    private func isAboveLowest(_ answer: ShownAnswer, _ type: AnswerType) -> Bool {
        switch (answer, type.conversion) {
        case (.option(let label), .options(let options)):
            // The lowest value, as `min()` finds it, without an array of the values.
            var lowest = options.first?.value ?? 0
            for option in options.dropFirst() where option.value < lowest { lowest = option.value }
            return (options.first { $0.label == label }?.value ?? lowest) > lowest
        case (.number(let number), .scale(let minimum, _)): return number > minimum
        case (.percent(let share), .percent): return share > 0
        default: return false
        }
    }
}
