import PMPRBPlatform

extension InstrumentBuilder {
    /// Whether a node of one kind may have a child of another.
    static func allows(_ parent: NodeKind, child: NodeKind) -> Bool {
        switch parent {
        case .komponen: [.aspek, .area, .butir].contains(child)
        case .aspek: [.area, .subindikator, .butir].contains(child)
        case .area: child == .subindikator
        case .subindikator: child == .subindikator || child == .butir
        case .butir: child == .masukan
        case .masukan: false
        }
    }

    /// Sets every node's parent and children from the codes, and reports orphans and nodes
    /// under a parent of the wrong kind.
    mutating func linkTree() {
        var indexByCode = [String: Int](minimumCapacity: nodes.count)
        for offset in nodes.indices {
            // The node's fields, not a copy of it; the node itself only for a message.
            let (code, kind) = (nodes[offset].code, nodes[offset].kind)
            if let parentCode = nodes[offset].parentCode {
                guard let parent = indexByCode[parentCode] else {
                    error(
                        .noParent(code, parent: parentCode), node: nodes[offset], column: .kode,
                        notes: [.parentFirst])
                    indexByCode[code] = offset
                    continue
                }
                let parentKind = nodes[parent].kind
                if !Self.allows(parentKind, child: kind) {
                    error(
                        .kindUnderKind(kind.rawValue, parent: parentKind.rawValue),
                        node: nodes[offset], column: .jenis)
                }
                nodes[offset].parent = parent
                nodes[parent].children.append(offset)
            } else if kind != .komponen {
                error(
                    .withoutParent(code, kind: kind.rawValue), node: nodes[offset], column: .kode,
                    notes: [.onlyComponentWithoutDots])
            }
            indexByCode[code] = offset
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
            checkBreakdown(of: node)
        }
        let componentSum = nodes.filter { $0.parent == nil }.compactMap(\.weight).reduce(0, +)
        if let header, !nodes.isEmpty, !Rounding.agrees(componentSum, header.total) {
            error(
                .componentsSum(Self.plain(componentSum), declared: Self.plain(header.total)),
                at: SourcePosition(line: table.rows.first?.line ?? 1),
                notes: [.componentsAddUp])
        }
    }

    private mutating func checkWeight(of node: Node) {
        // The coefficient has no weight (`InstrumentBuilder+Index.swift` checks it).
        if isCoefficient(node) { return }
        // Children by offset, so that no node is copied to be looked at.
        let children = node.children
        let parentKind = node.parent.map { nodes[$0].kind }
        switch node.kind {
        case .komponen, .aspek, .area, .subindikator:
            guard let weight = node.weight, weight > 0 else {
                error(
                    .noPositiveWeight(kind: node.kind.rawValue, code: node.code), node: node,
                    column: .bobot)
                return
            }
            let items = children.filter { nodes[$0].kind == .butir && nodes[$0].weight == nil }
            let weighted = children.filter { nodes[$0].weight != nil }
            if node.kind == .subindikator && !items.isEmpty {
                if !weighted.isEmpty {
                    error(.mixedWeights(node.code), node: node, column: .bobot)
                }
                return
            }
            if children.isEmpty {
                error(
                    .noScoredItem(kind: node.kind.rawValue, code: node.code), node: node,
                    column: .kode)
                return
            }
            let sum = weighted.compactMap { nodes[$0].weight }.reduce(0, +)
            if weighted.count != children.count {
                error(
                    .childrenWithoutWeight(node.code), node: node, column: .bobot,
                    notes: [.unweightedUnderSubIndicator])
            } else if !Rounding.agrees(sum, weight) {
                error(
                    .childrenSum(node.code, sum: Self.plain(sum), weight: Self.plain(weight)),
                    node: node, column: .bobot, notes: [.withinHalfHundredth])
            }
        case .butir:
            let averaged = parentKind == .subindikator
            if averaged && node.weight != nil {
                error(
                    .itemOwnWeight(node.code), node: node, column: .bobot, notes: [.itemShare])
            } else if !averaged && (node.weight ?? 0) <= 0 {
                error(
                    .itemNeedsWeight(node.code), node: node, column: .bobot)
            }
        case .masukan:
            if node.weight != nil {
                error(.inputWithWeight(node.code), node: node, column: .bobot)
            }
        }
    }

    private mutating func checkAnswerType(of node: Node, types: [String: AnswerType]) {
        guard node.isAnswerable else {
            if node.answerTypeID != nil {
                error(
                    .notAnsweredTakesNoType(kind: node.kind.rawValue, code: node.code), node: node,
                    column: .tipeJawaban)
            }
            return
        }
        guard let id = node.answerTypeID else {
            error(.noAnswerType(node.code), node: node, column: .tipeJawaban)
            return
        }
        guard let type = types[id] else {
            error(
                .undefinedAnswerType(id), node: node, column: .tipeJawaban,
                notes: [.definedTypes(answerTypes.map(\.id))])
            return
        }
        let isCount = type.conversion == .count
        if node.kind == .masukan && !isCount {
            error(
                .inputNeedsCount(node.code), node: node, column: .tipeJawaban)
        }
        if node.kind == .butir && isCount {
            error(
                .scoredNotCount(node.code), node: node, column: .tipeJawaban)
        }
        let isPercent = type.conversion == .percent
        if node.numeratorCapped && !isPercent {
            error(.onlyPercentCap, node: node, column: .maksPenyebut)
        }
        if isPercent {
            checkFormula(of: node)
        } else if node.formula != nil {
            error(.onlyPercentFormula, node: node, column: .rumus)
        }
        if node.kind == .butir && !isPercent && !node.children.isEmpty {
            error(
                .inputsNotPercent(node.code), node: node, column: .tipeJawaban)
        }
    }

    private mutating func checkGate(of node: Node) {
        guard let gate = node.gate else { return }
        guard node.kind == .butir else {
            error(.onlyItemGate, node: node, column: .gerbang)
            return
        }
        guard let target = nodes.first(where: { $0.code == gate }), target.kind == .butir else {
            error(
                .gateNotItem(gate, code: node.code), node: node, column: .gerbang,
                notes: [.gateNamesItem])
            return
        }
        var seen: Set<String> = [node.code]
        var current: Node? = target
        while let step = current {
            guard seen.insert(step.code).inserted else {
                error(
                    .gateCycle(node.code, through: step.code), node: node, column: .gerbang)
                return
            }
            current = step.gate.flatMap { next in nodes.first { $0.code == next } }
        }
    }

    /// The rows that break an input row down are other input rows of the same item.
    private mutating func checkBreakdown(of node: Node) {
        for code in node.breakdown where !code.isEmpty {
            guard code != node.code,
                let part = nodes.first(where: { $0.code == code }), part.kind == .masukan,
                part.parent == node.parent
            else {
                error(
                    .breakdownNotSibling(code, of: node.code), node: node, column: .rumus)
                continue
            }
        }
    }

    private mutating func checkDirectValue(of node: Node, types: [String: AnswerType]) {
        guard let id = node.directTypeID else { return }
        guard [.komponen, .aspek, .area, .subindikator].contains(node.kind) else {
            error(
                .onlyWeightedHeadingDirect, node: node, column: .langsung)
            return
        }
        guard let type = types[id], case .scale = type.conversion else {
            error(
                .directNotScale(id, code: node.code), node: node, column: .langsung,
                notes: [.directIsScale])
            return
        }
    }

    private mutating func checkFormula(of node: Node) {
        guard let formula = node.formula else {
            error(
                .percentWithoutFormula(node.code), node: node, column: .rumus,
                notes: [.writeFormula])
            return
        }
        let inputs = Set(node.children.map { nodes[$0].code })
        if inputs.isEmpty {
            error(
                .percentWithoutInputs(node.code), node: node, column: .rumus,
                notes: [.inputsFollow(node.code)])
        }
        for code in formula.codes where !inputs.contains(code) {
            error(
                .formulaReadsOther(node.code, code: code), node: node, column: .rumus,
                notes: [.inputRows(inputs.sorted())])
        }
    }
}
