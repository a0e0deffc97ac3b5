import PMPRBPlatform

/// The formulas of a workbook template, which compute every value as ``Instrument/score(_:)``
/// does (`docs/methodology.md`, section 4): written in the function set common to Excel 2010
/// and LibreOffice Calc (`IF`, `OR`, `AND`, `N`, `MIN`, `MAX`, `SUM`, `ROUND`).
///
/// On an item row, `%` is the item's value from 0 to 1 after its gates and `Nilai` the points
/// it adds to the total; on a heading row, `Nilai` is the node's value in points and `%` its
/// share of the weight.
struct SheetFormulas {
    let layout: SheetLayout
    var instrument: Instrument { layout.instrument }

    /// The word a met criterion shows.
    static let met = "Memenuhi"
    /// The word an unmet criterion shows.
    static let unmet = "Tidak memenuhi"

    /// The cells of a row: answer (F), points (G), share (H), weight (C).
    func f(_ row: Int) -> String { layout.cell(.jawaban, row) }
    func g(_ row: Int) -> String { layout.cell(.nilai, row) }
    func h(_ row: Int) -> String { layout.cell(.persen, row) }
    func c(_ row: Int) -> String { layout.cell(.bobot, row) }

    /// A number as a formula writes it, with a decimal point.
    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }

    /// A string literal in a formula.
    static func string(_ text: String) -> String {
        "\"" + text.replacingOccurrences(ofASCII: "\"", with: "\"\"") + "\""
    }

    /// The `%` formula of an item: its value from 0 to 1 after its gates, or empty when
    /// unanswered; `nil` for a node that is not an item.
    func itemValue(_ offset: Int) -> String? {
        let node = instrument.nodes[offset]
        guard node.kind == .butir else { return nil }
        let row = layout.row(ofNode: offset)
        guard let value = ownItemValue(offset, row: row) else { return nil }
        // A line marked `TB` has no value (`docs/methodology.md`, section 11).
        return node.allowsNotApplicable ? "IF(\(isNotApplicable(row)),\"\",\(value))" : value
    }

    /// Whether the answer cell of a row marks its line as not applicable, in any spelling the
    /// reader takes (``NotApplicable/spellings``), in any case, whether or not the program
    /// compares text with regard to case.
    func isNotApplicable(_ row: Int) -> String {
        "OR(" + NotApplicable.spellings.map {
            "UPPER(TRIM(\(f(row))))=\(Self.string($0.uppercased()))"
        }.joined(separator: ",") + ")"
    }

    /// The factor the gate of a node puts on its value: the product of its prerequisites'
    /// values, a prerequisite marked `TB` putting none (as ``Instrument/score(_:)``), or `nil`
    /// for a node without a gate.
    private func gateFactor(_ offset: Int, depth: Int = 0) -> String? {
        guard depth < instrument.nodes.count,
            let prerequisite = instrument.nodes[offset].gate.flatMap(instrument.index(of:))
        else { return nil }
        let row = layout.row(ofNode: prerequisite)
        // The prerequisite's `%` already carries the factor of its own gate.
        guard instrument.nodes[prerequisite].allowsNotApplicable else { return "N(" + h(row) + ")" }
        let inner = gateFactor(prerequisite, depth: depth + 1) ?? "1"
        return "IF(\(isNotApplicable(row)),\(inner),N(\(h(row))))"
    }

    private func ownItemValue(_ offset: Int, row: Int) -> String? {
        let node = instrument.nodes[offset]
        let gate = gateFactor(offset).map { "*" + $0 } ?? ""
        switch instrument.answerTypeOfNode[offset]?.conversion {
        case .options(let options)?:
            var chain = "\"\""
            for option in options.reversed() {
                chain = "IF(\(f(row))=\(Self.string(option.label)),\(Self.number(option.value)),"
                    + chain + ")"
            }
            return "IF(\(f(row))=\"\",\"\",(\(chain))\(gate))"
        case .scale(_, let maximum)?:
            return "IF(\(f(row))=\"\",\"\",\(f(row))/\(Self.number(maximum))\(gate))"
        case .percent?:
            guard let formula = node.formula else { return "\"\"" }
            let inputs = formula.codes.compactMap { layout.row(of: $0) }.map { f($0) + "=\"\"" }
            let top = sum(formula.numerator)
            let bottom = sum(formula.denominator)
            // The declared value for a zero denominator, per sign of the numerator.
            let rule = node.zeroDenominator
            func onZero(_ value: Double?) -> String {
                value.map { Self.number($0) + gate } ?? "\"\""
            }
            let zero = rule.map {
                $0.negative == $0.zero && $0.zero == $0.positive
                    ? onZero($0.zero) :
                "IF(\(top)<0,\(onZero($0.negative)),IF(\(top)=0,\(onZero($0.zero)),"
                    + "\(onZero($0.positive))))"
            } ?? "\"\""
            let blank = inputs.count == 1 ? inputs[0] : "OR(" + inputs.joined(separator: ",") + ")"
            return "IF(\(blank),\"\",IF(\(bottom)=0,\(zero),MIN(1,MAX(0,\(top)/\(bottom)))\(gate)))"
        case .count?, nil:
            return "\"\""
        }
    }

    /// A sum of formula terms over the answer cells of the input rows.
    private func sum(_ terms: [Formula.Term]) -> String {
        var text = ""
        for (index, term) in terms.enumerated() {
            let body = term.code.flatMap { layout.row(of: $0) }.map(f) ?? Self.number(term.constant)
            text += (term.isNegative ? "-" : index == 0 ? "" : "+") + body
        }
        return "(" + (text.isEmpty ? "0" : text) + ")"
    }

    /// The `Nilai` formula of a node: points; `nil` for an input row.
    func points(_ offset: Int) -> String? {
        let node = instrument.nodes[offset]
        let row = layout.row(ofNode: offset)
        switch node.kind {
        case .masukan:
            return nil
        case .butir:
            if node.weight != nil { return "N(\(h(row)))*\(c(row))" }
            guard let parent = node.parent, instrument.nodes[parent].weight != nil else {
                return "0"
            }
            let count = instrument.nodes[parent].children.count
            return "N(\(h(row)))*\(c(layout.row(ofNode: parent)))/\(count)"
        default:
            let children = node.children
            var total: String
            if children.isEmpty {
                total = "0"
            } else if node.kind == .subindikator,
                children.contains(where: { instrument.nodes[$0].weight == nil }),
                children.contains(where: { instrument.nodes[$0].weight != nil })
            {
                // A mean over every item, weighted or not, as the scoring takes it.
                let values = children.map { "N(" + h(layout.row(ofNode: $0)) + ")" }
                total = "\(c(row))*(" + values.joined(separator: "+") + ")/\(children.count)"
            } else {
                total = Self.sum(of: children.map { g(layout.row(ofNode: $0)) })
            }
            if case .scale(_, let maximum)? = instrument.directTypeOfNode[offset]?.conversion {
                total = "IF(\(f(row))=\"\",\(total),\(c(row))*MIN(1,MAX(0,\(f(row))/"
                    + "\(Self.number(maximum)))))"
            }
            return total
        }
    }

    /// `SUM` over cells, in groups of at most 200 arguments (Excel allows 255).
    static func sum(of cells: [String]) -> String {
        guard cells.count > 200 else { return "SUM(" + cells.joined(separator: ",") + ")" }
        var parts: [String] = []
        var start = 0
        while start < cells.count {
            parts.append(sum(of: Array(cells[start..<min(cells.count, start + 200)])))
            start += 200
        }
        return parts.joined(separator: "+")
    }

    /// The `%` formula of a heading row: its share of the weight.
    func share(_ offset: Int) -> String? {
        let node = instrument.nodes[offset]
        guard node.kind != .butir, node.kind != .masukan, node.weight != nil else { return nil }
        let row = layout.row(ofNode: offset)
        return "IF(\(c(row))>0,\(g(row))/\(c(row)),\"\")"
    }

    /// The total: the sum of the components; for a two-part index, the adjusted RB General
    /// plus RB Tematik.
    var total: String {
        guard instrument.isTwoPartIndex else {
            return Self.sum(of: components(nil).map { g(layout.row(ofNode: $0)) })
        }
        return "$C$\(layout.row(of: .adjusted))+$C$\(layout.row(of: .thematic))"
    }

    /// The category of the total, decided on the total rounded to two decimals.
    var category: String {
        let total = "ROUND($C$\(layout.totalRow),2)"
        var chain = "\"\""
        for (index, band) in instrument.bands.enumerated().reversed() {
            let isLast = index == instrument.bands.count - 1
            let comparison = band.includesLowerBound(isLowest: isLast) ? ">=" : ">"
            var name = Self.string(band.grade + " (" + band.label + ")")
            // The band standing in when a line misses its target (A− for A).
            if !layout.indexPartRows.isEmpty,
                let standIn = instrument.targetBands.first(where: { $0.standsInFor == band.grade })
            {
                name = "IF($C$\(layout.row(of: .missedTargets))>0,"
                    + Self.string(standIn.grade + " (" + standIn.label + ")") + ",\(name))"
            }
            chain = "IF(\(total)\(comparison)\(Self.number(band.lowerBound)),\(name),\(chain))"
        }
        return chain
    }

    /// The value and the area-group rows of an area group.
    func areaValue(_ group: Int) -> String {
        Self.sum(of: instrument.areaGroupList[group].nodes.map { g(layout.row(ofNode: $0)) })
    }

    /// The weight of an area group.
    func areaWeight(_ group: Int) -> String {
        Self.sum(of: instrument.areaGroupList[group].nodes.map { c(layout.row(ofNode: $0)) })
    }

    /// The share of an area group.
    func areaShare(_ group: Int) -> String {
        let row = layout.row(ofAreaGroup: group)
        return "IF(D\(row)>0,C\(row)/D\(row),0)"
    }

    /// The value a criterion compares, for column C of its row.
    func criterionValue(_ index: Int) -> String {
        switch instrument.criteria[index].target {
        case .total: return "$C$\(layout.totalRow)"
        case .node(let code): return layout.row(of: code).map(g) ?? "0"
        case .everyArea:
            let shares = instrument.areaGroupList.indices.map { "E\(layout.row(ofAreaGroup: $0))" }
            return shares.isEmpty ? "0" : "MIN(" + shares.joined(separator: ",") + ")"
        case .predicate(let name):
            // Held when declared (PermenPANRB 90/2021 Lamp. II Tabel 6): the declaration
            // starts with the predicate's name, as `WBK 2025` or `WBK:2025`.
            guard let cell = layout.predicateCell else { return "0" }
            let declared = "$\(CellReference.columnName(cell.column))$\(cell.row)"
            return "IF(UPPER(LEFT(TRIM(\(declared)),\(name.count)))=\(Self.string(name.uppercased())),1,0)"
        }
    }

    /// The verdict of a criterion, for column E of its row.
    func criterionVerdict(_ index: Int) -> String {
        let criterion = instrument.criteria[index]
        let row = layout.criterionRows[index]
        let condition: String
        switch criterion.target {
        case .total, .node:
            condition = "ROUND(C\(row),2)>=\(Self.number(criterion.threshold))"
        case .everyArea:
            let checks = instrument.areaGroupList.indices.map {
                "ROUND(E\(layout.row(ofAreaGroup: $0))*100,2)>="
                    + Self.number(Rounding.published(criterion.threshold * 100))
            }
            condition = checks.isEmpty ? "TRUE()" : "AND(" + checks.joined(separator: ",") + ")"
        case .predicate:
            condition = "C\(row)=1"
        }
        return "IF(\(condition),\(Self.string(Self.met)),\(Self.string(Self.unmet)))"
    }

    /// The verdict of a predicate: met when every criterion is.
    func predicateVerdict(_ name: String) -> String {
        let rows = instrument.criteria.indices.filter { instrument.criteria[$0].predicate == name }
            .map { "E\(layout.criterionRows[$0])=\(Self.string(Self.met))" }
        let condition = rows.isEmpty ? "FALSE()" : "AND(" + rows.joined(separator: ",") + ")"
        return "IF(\(condition),\(Self.string(Self.met)),\(Self.string(Self.unmet)))"
    }
}
