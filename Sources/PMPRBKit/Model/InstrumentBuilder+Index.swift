import Foundation

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
        let partText = cells.text("bagian").lowercased()
        if !partText.isEmpty {
            if let part = IndexPart(rawValue: partText) {
                nodes[offset].part = part
            } else {
                error(
                    "bagian '\(partText)' is not known", at: cells.position("bagian"),
                    notes: ["expected one of: "
                        + IndexPart.allCases.map(\.rawValue).joined(separator: ", ")])
            }
        }
        nodes[offset].target = number(cells, "target")
        nodes[offset].allowsNotApplicable = flag(cells, "boleh_tb")
    }

    /// Reads a band given instead of another when a line misses its target: `rumus`
    /// `target:A`, no `ambang`.
    mutating func readTargetBand(
        _ cells: Cells, code: String, rule: String, provenance: Provenance
    ) {
        guard rule.lowercased().hasPrefix("target:") else {
            error(
                "rumus '\(rule)' of kategori '\(code)' is not known", at: cells.position("rumus"),
                notes: ["write 'target:A' for a band given instead of A when a line misses its "
                    + "target baik"])
            return
        }
        if !cells.text("ambang").isEmpty {
            error(
                "kategori '\(code)' stands in for another band and takes no ambang",
                at: cells.position("ambang"), notes: ["it has the range of the band it stands in for"])
        }
        let band = Band(
            grade: code, label: cells.text("uraian"), lowerBound: 0, provenance: provenance,
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
                error("only a komponen takes a bagian", node: node, column: "bagian")
            }
            if isTwoPart && node.parent == nil && node.part == nil {
                error(
                    "komponen '\(node.code)' has no bagian", node: node, column: "bagian",
                    notes: ["in a two-part index every komponen is 'umum', 'tematik' or "
                        + "'koefisien'"])
            }
            checkTarget(of: node, types: types)
            if node.allowsNotApplicable
                && (node.kind != .butir || node.weight == nil || root(of: node).part != .umum)
            {
                error(
                    "only a weighted line of RB General (bagian 'umum') may be marked not "
                        + "applicable", node: node, column: "boleh_tb")
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
            error(
                "only a line scored on a range takes a target", node: node, column: "target")
            return
        }
        if target < minimum || target > maximum {
            error(
                "target \(LocaleNumber.format(target, decimalComma: false)) of '\(node.code)' is "
                    + "outside its range \(LocaleNumber.format(minimum, decimalComma: false))..\(LocaleNumber.format(maximum, decimalComma: false))",
                node: node, column: "target")
        }
    }

    private mutating func checkParts(_ components: [Node], types: [String: AnswerType]) {
        let general = components.filter { $0.part == .umum }
        let generalSum = general.compactMap(\.weight).reduce(0, +)
        if general.isEmpty || !Rounding.agrees(generalSum, 100) {
            error(
                "the umum components add up to "
                    + "\(LocaleNumber.format(generalSum, decimalComma: false)); RB General is out "
                    + "of 100", at: SourcePosition(line: table.rows.first?.line ?? 1),
                notes: ["RB General is rescaled to 100 over the lines that apply"])
        }
        let coefficients = components.filter { $0.part == .koefisien }
        for (number, component) in coefficients.enumerated() {
            if number > 0 {
                error("a second koefisien komponen", node: component, column: "bagian")
            }
            if component.weight != nil {
                error(
                    "koefisien komponen '\(component.code)' takes no bobot", node: component,
                    column: "bobot", notes: ["the coefficient is added to RB General as it is"])
            }
            let lines = component.children.map { nodes[$0] }
            guard lines.count == 1, let line = lines.first, line.kind == .butir,
                line.weight == nil
            else {
                error(
                    "koefisien komponen '\(component.code)' must hold exactly one butir without "
                        + "bobot", node: component, column: "kode")
                continue
            }
            guard let id = line.answerTypeID,
                case .scale(let minimum, let maximum)? = types[id]?.conversion,
                Self.coefficientRange.contains(minimum), Self.coefficientRange.contains(maximum)
            else {
                error(
                    "coefficient '\(line.code)' must be a scale within -10..10", node: line,
                    column: "tipe_jawaban", notes: ["e.g. a tipe with rumus 'skala -10..10'"])
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
                    "kategori '\(band.grade)' stands in for '\(band.standsInFor ?? "")', which is "
                        + "not a kategori", at: cells.position("rumus"))
                continue
            }
            if !seen.insert(name).inserted {
                error(
                    "a second kategori stands in for '\(name)'", at: cells.position("rumus"))
            }
            if !hasTargets {
                error(
                    "kategori '\(band.grade)' depends on targets, but no line has a target",
                    at: cells.position("rumus"), notes: ["give lines a target in column 'target'"])
            }
            var resolved = band
            resolved.lowerBound = base.lowerBound
            resolved.isInclusive = base.isInclusive
            targetBands.append(resolved)
        }
    }
}
