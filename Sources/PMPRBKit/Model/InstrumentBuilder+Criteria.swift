/// The rows of an instrument file that are not tree nodes or answer types: `kategori` (bands),
/// `syarat` (criteria of a predicate) and `gabungan` (the Pemda + OPD combination).
extension InstrumentBuilder {
    mutating func readCombination(_ cells: Cells, code: String) {
        let provenance = provenance(cells, required: true)
        if combination != nil {
            error(.secondRow("gabungan"), at: cells.position(.jenis))
            return
        }
        guard let weight = number(cells, .bobot), weight > 0, weight < 1 else {
            error(
                .combinationShare(code), at: cells.position(.bobot),
                notes: [.combinationExample])
            return
        }
        combination = Combination(
            code: code, title: cells.text(.uraian), pemdaWeight: weight, provenance: provenance)
    }

    mutating func readBand(_ cells: Cells, code: String) {
        let provenance = provenance(cells, required: true)
        let rule = cells.text(.rumus)
        if !rule.isEmpty {
            readTargetBand(cells, code: code, rule: rule, provenance: provenance)
            return
        }
        var text = cells.text(.ambang)
        var inclusive = false
        for prefix in [">=", "≥"] where text.hasPrefix(prefix) {
            text = String(text.dropFirst(prefix.count)).trimmed
            inclusive = true
        }
        guard !text.isEmpty else {
            error(.bandWithoutThreshold(code), at: cells.position(.ambang))
            return
        }
        guard let parsed = LocaleNumber.parse(text), !parsed.isPercent else {
            error(
                .notANumber(column: "ambang", value: cells.text(.ambang)),
                at: cells.position(.ambang), notes: [.writeLowerBound])
            return
        }
        bands.append(
            Band(
                grade: code, label: cells.text(.uraian), lowerBound: parsed.value,
                provenance: provenance, isInclusive: inclusive))
    }

    mutating func readCriterion(_ cells: Cells, code: String) {
        let provenance = provenance(cells, required: true)
        let predicate = String(code.prefix { $0 != "." })
        let targetText = cells.text(.rumus)
        let thresholdText = cells.text(.ambang)
        let target: Criterion.Target
        switch targetText {
        case "total": target = .total
        case "area": target = .everyArea
        case let text where text.hasPrefix("predikat:"):
            target = .predicate(String(text.dropFirst("predikat:".count)))
        case "":
            error(
                .criterionChecksNothing(code), at: cells.position(.rumus),
                notes: [.writeCriterionTarget])
            return
        default: target = .node(targetText)
        }
        var threshold = 0.0
        if case .predicate = target {
            threshold = 0
        } else if let parsed = LocaleNumber.parse(thresholdText) {
            threshold = parsed.isPercent ? parsed.value / 100 : parsed.value
            if target == .everyArea && !parsed.isPercent {
                error(
                    .areaThresholdNotShare(thresholdText), at: cells.position(.ambang),
                    notes: [.writePercentage])
            }
        } else {
            error(
                .notANumber(column: "ambang", value: thresholdText), at: cells.position(.ambang),
                notes: [.writeThreshold])
            return
        }
        let criterion = Criterion(
            predicate: predicate, code: code, title: cells.text(.uraian), target: target,
            threshold: threshold, provenance: provenance, line: cells.row.line)
        criteria.append(criterion)
        if let field = cells.field(.rumus) { criterionTargets.append((criterion, field)) }
    }

    // MARK: Criteria

    mutating func checkCriteria() {
        let predicates = Set(criteria.map(\.predicate))
        for (criterion, field) in criterionTargets {
            switch criterion.target {
            case .node(let code) where !nodes.contains(where: { $0.code == code }):
                error(.criterionNodeMissing(criterion.code, code: code), at: field.position)
            case .predicate(let name) where !predicates.contains(name):
                error(
                    .criterionPredicateMissing(criterion.code, predicate: name), at: field.position)
            default: break
            }
        }
        let bounds = bands.map(\.lowerBound)
        if Set(bounds).count != bounds.count, let band = bands.first {
            error(
                .sameThreshold, at: SourcePosition(line: table.header.line),
                notes: [.bandsContiguous(band.grade)])
        }
    }
}
