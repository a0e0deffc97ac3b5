import Foundation

extension InstrumentBuilder {
    /// The kinds a node of each kind may have as children.
    static let allowedChildren: [NodeKind: Set<NodeKind>] = [
        .komponen: [.aspek, .area, .butir],
        .aspek: [.area, .subindikator, .butir],
        .area: [.subindikator],
        .subindikator: [.subindikator, .butir],
        .butir: [.masukan],
        .masukan: [],
    ]

    /// Sets every node's parent and children from the codes, and reports orphans and nodes
    /// under a parent of the wrong kind.
    mutating func linkTree() {
        var indexByCode: [String: Int] = [:]
        for offset in nodes.indices {
            let node = nodes[offset]
            if let parentCode = node.parentCode {
                guard let parent = indexByCode[parentCode] else {
                    error(
                        "'\(node.code)' has no parent: no row '\(parentCode)' comes before it",
                        node: node, column: "kode",
                        notes: ["a parent must come before its children"])
                    indexByCode[node.code] = offset
                    continue
                }
                let parentKind = nodes[parent].kind
                if !(Self.allowedChildren[parentKind] ?? []).contains(node.kind) {
                    error(
                        "a \(node.kind.rawValue) cannot be under a \(parentKind.rawValue)",
                        node: node, column: "jenis")
                }
                nodes[offset].parent = parent
                nodes[parent].children.append(offset)
            } else if node.kind != .komponen {
                error(
                    "'\(node.code)' is a \(node.kind.rawValue) without a parent",
                    node: node, column: "kode", notes: ["only a komponen has a code without dots"])
            }
            indexByCode[node.code] = offset
        }
    }

    /// Checks weights, answer types and formulas.
    mutating func checkTree() {
        let types = Dictionary(answerTypes.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for node in nodes {
            checkWeight(of: node)
            checkAnswerType(of: node, types: types)
            checkGate(of: node)
            checkDirectValue(of: node, types: types)
        }
        let componentSum = nodes.filter { $0.parent == nil }.compactMap(\.weight).reduce(0, +)
        if let header, !nodes.isEmpty, !Rounding.agrees(componentSum, header.total) {
            error(
                "components add up to \(LocaleNumber.format(componentSum, decimalComma: false)); "
                    + "the instrument declares \(LocaleNumber.format(header.total, decimalComma: false))",
                at: SourcePosition(line: table.rows.first?.line ?? 1),
                notes: ["the components' weights must add up to the bobot of the 'instrumen' row"])
        }
    }

    private mutating func checkWeight(of node: Node) {
        // The coefficient has no weight (`InstrumentBuilder+Index.swift` checks it).
        if isCoefficient(node) { return }
        let children = node.children.map { nodes[$0] }
        let parentKind = node.parent.map { nodes[$0].kind }
        switch node.kind {
        case .komponen, .aspek, .area, .subindikator:
            guard let weight = node.weight, weight > 0 else {
                error("\(node.kind.rawValue) '\(node.code)' has no positive bobot", node: node,
                    column: "bobot")
                return
            }
            let items = children.filter { $0.kind == .butir && $0.weight == nil }
            let weighted = children.filter { $0.weight != nil }
            if node.kind == .subindikator && !items.isEmpty {
                if !weighted.isEmpty {
                    error("sub-indicator '\(node.code)' mixes weighted and unweighted children",
                        node: node, column: "bobot")
                }
                return
            }
            if children.isEmpty {
                error(
                    "\(node.kind.rawValue) '\(node.code)' has no scored item", node: node,
                    column: "kode")
                return
            }
            let sum = weighted.compactMap(\.weight).reduce(0, +)
            if weighted.count != children.count {
                error(
                    "'\(node.code)' has children without bobot", node: node, column: "bobot",
                    notes: ["items without bobot belong directly under a sub-indicator"])
            } else if !Rounding.agrees(sum, weight) {
                error(
                    "children of '\(node.code)' add up to "
                        + "\(LocaleNumber.format(sum, decimalComma: false)); its bobot is "
                        + "\(LocaleNumber.format(weight, decimalComma: false))",
                    node: node, column: "bobot",
                    notes: ["weights must add up within half a hundredth"])
            }
        case .butir:
            let averaged = parentKind == .subindikator
            if averaged && node.weight != nil {
                error(
                    "item '\(node.code)' under a sub-indicator must not have its own bobot",
                    node: node, column: "bobot",
                    notes: ["an item's share is its sub-indicator's bobot / number of items"])
            } else if !averaged && (node.weight ?? 0) <= 0 {
                error(
                    "item '\(node.code)' outside a sub-indicator needs a positive bobot",
                    node: node, column: "bobot")
            }
        case .masukan:
            if node.weight != nil {
                error("input row '\(node.code)' must not have a bobot", node: node,
                    column: "bobot")
            }
        }
    }

    private mutating func checkAnswerType(of node: Node, types: [String: AnswerType]) {
        guard node.isAnswerable else {
            if node.answerTypeID != nil {
                error(
                    "\(node.kind.rawValue) '\(node.code)' is not answered and takes no "
                        + "tipe_jawaban", node: node, column: "tipe_jawaban")
            }
            return
        }
        guard let id = node.answerTypeID else {
            error("'\(node.code)' has no tipe_jawaban", node: node, column: "tipe_jawaban")
            return
        }
        guard let type = types[id] else {
            error(
                "tipe_jawaban '\(id)' is not defined", node: node, column: "tipe_jawaban",
                notes: ["defined types: " + answerTypes.map(\.id).joined(separator: ", ")])
            return
        }
        let isCount = type.conversion == .count
        if node.kind == .masukan && !isCount {
            error(
                "input row '\(node.code)' must have a count type ('jumlah')", node: node,
                column: "tipe_jawaban")
        }
        if node.kind == .butir && isCount {
            error(
                "item '\(node.code)' is scored and cannot be a count", node: node,
                column: "tipe_jawaban")
        }
        let isPercent = type.conversion == .percent
        if node.numeratorCapped && !isPercent {
            error("only a percentage item takes maks_penyebut", node: node, column: "maks_penyebut")
        }
        if isPercent {
            checkFormula(of: node)
        } else if node.formula != nil {
            error("only a percentage item has a rumus", node: node, column: "rumus")
        }
        if node.kind == .butir && !isPercent && !node.children.isEmpty {
            error(
                "item '\(node.code)' has input rows but is not a percentage item", node: node,
                column: "tipe_jawaban")
        }
    }

    private mutating func checkGate(of node: Node) {
        guard let gate = node.gate else { return }
        guard node.kind == .butir else {
            error("only an item can have a gerbang", node: node, column: "gerbang")
            return
        }
        guard let target = nodes.first(where: { $0.code == gate }), target.kind == .butir else {
            error(
                "gerbang '\(gate)' of '\(node.code)' is not an item", node: node,
                column: "gerbang", notes: ["a gate names the prerequisite item's kode"])
            return
        }
        var seen: Set<String> = [node.code]
        var current: Node? = target
        while let step = current {
            guard seen.insert(step.code).inserted else {
                error(
                    "gates of '\(node.code)' form a cycle through '\(step.code)'", node: node,
                    column: "gerbang")
                return
            }
            current = step.gate.flatMap { next in nodes.first { $0.code == next } }
        }
    }

    private mutating func checkDirectValue(of node: Node, types: [String: AnswerType]) {
        guard let id = node.directTypeID else { return }
        guard [.komponen, .aspek, .area, .subindikator].contains(node.kind) else {
            error(
                "only a weighted heading can take a direct value", node: node, column: "langsung")
            return
        }
        guard let type = types[id], case .scale = type.conversion else {
            error(
                "langsung '\(id)' of '\(node.code)' is not a scale answer type", node: node,
                column: "langsung",
                notes: ["a direct value is a number on a scale, e.g. 'skala 0..20'"])
            return
        }
    }

    private mutating func checkFormula(of node: Node) {
        guard let formula = node.formula else {
            error(
                "percentage item '\(node.code)' has no rumus", node: node, column: "rumus",
                notes: ["write 'NUMERATOR / DENOMINATOR' over its input rows"])
            return
        }
        let inputs = Set(node.children.map { nodes[$0].code })
        if inputs.isEmpty {
            error(
                "percentage item '\(node.code)' has no input rows", node: node, column: "rumus",
                notes: ["its 'Jumlah' rows follow it as masukan rows '\(node.code).1', …"])
        }
        for code in formula.codes where !inputs.contains(code) {
            error(
                "rumus of '\(node.code)' reads '\(code)', which is not one of its input rows",
                node: node, column: "rumus",
                notes: ["input rows: " + inputs.sorted().joined(separator: ", ")])
        }
    }
}
