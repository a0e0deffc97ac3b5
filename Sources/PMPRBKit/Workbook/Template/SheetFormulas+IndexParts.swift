/// The formulas of the result block of a two-part index (RB General and RB Tematik,
/// decision 0033), beside the item and heading formulas of ``SheetFormulas``.
extension SheetFormulas {
    /// The top-level nodes of a part of a two-part index (every one for `nil`).
    func components(_ part: IndexPart?) -> [Int] {
        instrument.nodes.indices.filter {
            instrument.nodes[$0].parent == nil && (part == nil || instrument.nodes[$0].part == part)
        }
    }

    /// The formula of a part of a two-part index in the result block, as
    /// ``Instrument/indexParts(value:answers:notApplicable:)`` computes it.
    func indexPart(_ part: IndexPartRow) -> String {
        func cellsUnder(_ roots: [Int]) -> [Int] {
            var found: [Int] = []
            var stack = roots.reversed() as [Int]
            while let next = stack.popLast() {
                found.append(next)
                stack.append(contentsOf: instrument.nodes[next].children.reversed())
            }
            return found
        }
        let general = components(.umum)
        switch part {
        case .general:
            return general.isEmpty ? "0" : Self.sum(of: general.map { g(layout.row(ofNode: $0)) })
        case .coefficient:
            let lines = components(.koefisien).flatMap { instrument.nodes[$0].children }
            return lines.isEmpty ? "0"
                : Self.sum(of: lines.map { "N(" + f(layout.row(ofNode: $0)) + ")" })
        case .applicable:
            // The weight of RB General less that of its lines marked `TB`.
            let weights = general.map { c(layout.row(ofNode: $0)) }
            let excluded = cellsUnder(general).filter {
                instrument.nodes[$0].allowsNotApplicable && instrument.nodes[$0].weight != nil
            }.map { offset -> String in
                let row = layout.row(ofNode: offset)
                return "IF(\(isNotApplicable(row)),\(c(row)),0)"
            }
            let total = weights.isEmpty ? "0" : Self.sum(of: weights)
            return excluded.isEmpty ? total : total + "-(" + excluded.joined(separator: "+") + ")"
        case .adjusted:
            let sum = "($C$\(layout.row(of: .general))+$C$\(layout.row(of: .coefficient)))"
            let applicable = "$C$\(layout.row(of: .applicable))"
            return "IF(\(applicable)>0,MIN(100,MAX(0,\(sum)/\(applicable)*100)),0)"
        case .thematic:
            let thematic = components(.tematik)
            return thematic.isEmpty ? "0" : Self.sum(of: thematic.map { g(layout.row(ofNode: $0)) })
        case .missedTargets:
            // A line misses its target when its number is below it or missing; a line
            // marked `TB` misses nothing.
            let checks = instrument.nodes.indices.compactMap { offset -> String? in
                guard let target = instrument.nodes[offset].target else { return nil }
                let row = layout.row(ofNode: offset)
                let below = "IF(ISNUMBER(\(f(row))),IF(\(f(row))>="
                    + Self.number(target - Tolerance.threshold) + ",0,1),1)"
                return instrument.nodes[offset].allowsNotApplicable
                    ? "IF(\(isNotApplicable(row)),0,\(below))" : below
            }
            return checks.isEmpty ? "0" : Self.sum(of: checks)
        }
    }
}
