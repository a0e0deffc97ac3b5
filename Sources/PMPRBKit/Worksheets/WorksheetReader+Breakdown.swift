extension WorksheetReader {
    /// Completes or checks an input row that the instrument breaks down into other rows (the
    /// LHKPN and LHKASN "wajib melaporkan" totals, `docs/methodology.md` section 3.2): a blank
    /// total with breakdown rows filled takes their sum (a blank breakdown row counts 0); a
    /// total that differs from its fully filled breakdown is kept, with a warning naming both
    /// numbers at the total's cell.
    mutating func checkBreakdowns() {
        for offset in instrument.nodes.indices where !instrument.nodes[offset].breakdown.isEmpty {
            let node = instrument.nodes[offset]
            guard var total = entryOfNode[offset] else { continue }
            let parts = node.breakdown.map { code -> Double? in
                guard let index = instrument.index(of: code),
                    case .number(let value)? = entryOfNode[index]?.answer
                else { return nil }
                return value
            }
            let filled = parts.compactMap { $0 }
            guard !filled.isEmpty else { continue }
            let sum = filled.reduce(0, +)
            let rows = node.breakdown.joined(separator: " + ")
            let count = { (value: Double) in LocaleNumber.format(value, decimals: 0) }
            switch total.answer {
            case nil:
                total.answer = .number(sum)
                entryOfNode[offset] = total
                diagnostics.append(
                    Diagnostic(
                        .note,
                        .worksheet(.breakdownSumUsed(node.code, sum: count(sum))), file: file,
                        position: total.position,
                        notes: [.worksheet(.breakdownRows(node.code, rows: rows))],
                        sourceLine: table.sourceLine(total.position.line)))
            case .number(let value)? where filled.count == parts.count && value != sum:
                diagnostics.append(
                    .warning(
                        .worksheet(.breakdownDiffers(node.code, value: count(value), sum: count(sum))),
                        file: file, at: total.position,
                        notes: [.worksheet(.totalUsed(node.code, rows: rows, value: count(value)))],
                        sourceLine: table.sourceLine(total.position.line)))
            default:
                break
            }
        }
    }
}
