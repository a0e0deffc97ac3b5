import PMPRBPlatform

/// The columns and checks of a two-part index (`docs/instrument-format.md`, "Two-part
/// indices"): `bagian` on components, `target` and `boleh_tb` on lines, bands standing in for
/// another when a line misses its target.
extension InstrumentBuilder {
    /// The range a coefficient's scale must lie in (PermenPANRB 9/2023 as the Portal RB
    /// application computes it: a correction from −10 to +10).
    static let coefficientRange: ClosedRange<Double> = -10...10

    /// Reads `bagian`, `target` and `boleh_tb` of the node just read.
    mutating func readIndexColumns(_ cells: Cells, kind: NodeKind) {
        let offset = nodes.count - 1
        let partText = cells.text(.bagian).lowercased()
        if !partText.isEmpty {
            if let part = IndexPart(rawValue: partText) {
                nodes[offset].part = part
            } else {
                error(
                    .unknownPart(partText), at: cells.position(.bagian),
                    notes: [.expectedOneOf(IndexPart.allCases.map(\.rawValue))])
            }
        }
        nodes[offset].target = number(cells, .target)
        nodes[offset].allowsNotApplicable = flag(cells, .bolehTB)
    }

    /// Reads a band given instead of another when a line misses its target: `rumus`
    /// `target:A`, no `ambang`.
    mutating func readTargetBand(
        _ cells: Cells, code: String, rule: String, provenance: Provenance
    ) {
        guard rule.lowercased().hasPrefix("target:") else {
            error(
                .unknownBandRule(rule, band: code), at: cells.position(.rumus),
                notes: [.writeTargetBand])
            return
        }
        if !cells.text(.ambang).isEmpty {
            error(
                .standInTakesNoThreshold(code), at: cells.position(.ambang),
                notes: [.rangeOfReplaced])
        }
        let band = Band(
            grade: code, label: cells.text(.uraian), lowerBound: 0, provenance: provenance,
            standsInFor: String(rule.dropFirst("target:".count)).trimmed)
        targetBandCells.append((band, cells))
    }

    /// Whether a node is the coefficient's component or its line, which have no weight.
    func isCoefficient(_ node: Node) -> Bool {
        if node.part == .koefisien { return true }
        return node.parent.map { nodes[$0].part == .koefisien } ?? false
    }

    /// The component a node lies in.
    func root(of node: Node) -> Node {
        var current = node
        while let parent = current.parent { current = nodes[parent] }
        return current
    }

    /// Checks the parts, the coefficient, targets, lines that may not apply and target bands.
    mutating func checkIndexRules() {
        let types = Dictionary(answerTypes.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let components = nodes.filter { $0.parent == nil }
        let isTwoPart = components.contains { $0.part != nil }
        for node in nodes {
            if node.part != nil && node.parent != nil {
                error(.onlyComponentPart, node: node, column: .bagian)
            }
            if isTwoPart && node.parent == nil && node.part == nil {
                error(
                    .componentWithoutPart(node.code), node: node, column: .bagian,
                    notes: [.everyComponentHasPart])
            }
            checkTarget(of: node, types: types)
            if node.allowsNotApplicable
                && (node.kind != .butir || node.weight == nil || root(of: node).part != .umum)
            {
                error(.onlyGeneralNotApplicable, node: node, column: .bolehTB)
            }
        }
        if isTwoPart { checkParts(components, types: types) }
        resolveTargetBands()
    }

    private mutating func checkTarget(of node: Node, types: [String: AnswerType]) {
        guard let target = node.target else { return }
        guard node.kind == .butir, let id = node.answerTypeID,
            case .scale(let minimum, let maximum)? = types[id]?.conversion
        else {
            error(.onlyRangeTarget, node: node, column: .target)
            return
        }
        if target < minimum || target > maximum {
            let range = Self.plain(minimum) + ".." + Self.plain(maximum)
            error(
                .targetOutsideRange(Self.plain(target), code: node.code, range: range), node: node,
                column: .target)
        }
    }

    private mutating func checkParts(_ components: [Node], types: [String: AnswerType]) {
        let general = components.filter { $0.part == .umum }
        let generalSum = general.compactMap(\.weight).reduce(0, +)
        if general.isEmpty || !Rounding.agrees(generalSum, 100) {
            error(
                .generalSum(Self.plain(generalSum)),
                at: SourcePosition(line: table.rows.first?.line ?? 1), notes: [.generalRescaled])
        }
        let coefficients = components.filter { $0.part == .koefisien }
        for (number, component) in coefficients.enumerated() {
            if number > 0 {
                error(.secondCoefficient, node: component, column: .bagian)
            }
            if component.weight != nil {
                error(
                    .coefficientTakesNoWeight(component.code), node: component, column: .bobot,
                    notes: [.coefficientAdded])
            }
            let lines = component.children.map { nodes[$0] }
            guard lines.count == 1, let line = lines.first, line.kind == .butir,
                line.weight == nil
            else {
                error(.coefficientOneItem(component.code), node: component, column: .kode)
                continue
            }
            guard let id = line.answerTypeID,
                case .scale(let minimum, let maximum)? = types[id]?.conversion,
                Self.coefficientRange.contains(minimum), Self.coefficientRange.contains(maximum)
            else {
                error(
                    .coefficientScale(line.code), node: line, column: .tipeJawaban,
                    notes: [.coefficientExample])
                continue
            }
        }
    }

    private mutating func resolveTargetBands() {
        let hasTargets = nodes.contains { $0.target != nil }
        var seen: Set<String> = []
        for (band, cells) in targetBandCells {
            guard let name = band.standsInFor,
                let base = bands.first(where: { $0.grade == name })
            else {
                error(
                    .standInNotBand(band.grade, for: band.standsInFor ?? ""),
                    at: cells.position(.rumus))
                continue
            }
            if !seen.insert(name).inserted {
                error(.secondStandIn(name), at: cells.position(.rumus))
            }
            if !hasTargets {
                error(
                    .standInWithoutTargets(band.grade), at: cells.position(.rumus),
                    notes: [.giveTargets])
            }
            var resolved = band
            resolved.lowerBound = base.lowerBound
            resolved.isInclusive = base.isInclusive
            targetBands.append(resolved)
        }
    }
}
