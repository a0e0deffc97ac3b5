extension WorksheetReader {
    /// Completes or checks an input row that the instrument breaks down into other rows (the
    /// LHKPN and LHKASN "wajib melaporkan" totals, `docs/methodology.md` section 3.2): a blank
    /// total with breakdown rows filled takes their sum (a blank breakdown row counts 0); a
    /// total that differs from its fully filled breakdown is kept, with a warning naming both
    /// numbers at the total's cell.
    mutating func checkBreakdowns() {
        for offset in instrument.nodes.indices where !instrument.nodes[offset].breakdown.isEmpty {
            let node = instrument.nodes[offset]
            guard var total = entryOfNode[offset],
                let verdict = Self.breakdownVerdict(
                    node, total: total.answer, in: instrument, answer: { entryOfNode[$0]?.answer })
            else { continue }
            let rows = node.breakdown.joined(separator: " + ")
            let count = { (value: Double) in LocaleNumber.format(value, decimals: 0) }
            switch verdict {
            case .completes(let sum):
                total.answer = .number(sum)
                entryOfNode[offset] = total
                diagnostics.append(
                    table.diagnostic(
                        .note, .worksheet(.breakdownSumUsed(node.code, sum: count(sum))),
                        file: file, at: total.position,
                        notes: [.worksheet(.breakdownRows(node.code, rows: rows))]))
            case .contradicts(let value, let sum):
                diagnostics.append(
                    table.diagnostic(
                        .warning,
                        .worksheet(.breakdownDiffers(node.code, value: count(value), sum: count(sum))),
                        file: file, at: total.position,
                        notes: [
                            .worksheet(.totalUsed(node.code, rows: rows, value: count(value)))
                        ]))
            }
        }
    }

    /// What a node's breakdown rows say about its total.
    enum BreakdownVerdict {
        /// The total is blank: the sum of the filled breakdown rows is used.
        case completes(sum: Double)
        /// Every breakdown row is filled and their sum is not the total.
        case contradicts(value: Double, sum: Double)
    }

    /// What the breakdown rows of `node` say about its `total`, with the answers by node
    /// offset; `nil` when they say nothing.
    static func breakdownVerdict(
        _ node: Node, total: Worksheet.Answer?, in instrument: Instrument,
        answer: (Int) -> Worksheet.Answer?
    ) -> BreakdownVerdict? {
        let parts = node.breakdown.map { code -> Double? in
            guard let index = instrument.index(of: code), case .number(let value)? = answer(index)
            else { return nil }
            return value
        }
        let filled = parts.compactMap { $0 }
        guard !filled.isEmpty else { return nil }
        let sum = filled.reduce(0, +)
        switch total {
        case nil: return .completes(sum: sum)
        case .number(let value)? where filled.count == parts.count && value != sum:
            return .contradicts(value: value, sum: sum)
        default: return nil
        }
    }
}
