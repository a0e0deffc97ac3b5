extension RoadMapReader {
    /// Reads `realisasi_dari`: `isian`, `ratl`, or `instrument:code`.
    mutating func readLink(_ row: CSVRow) -> RoadMap.Link? {
        let field = table.cell(row, "realisasi_dari")
        let text = field.value.trimmed
        switch text.lowercased() {
        case "isian": return .entered
        case "ratl": return .ratl
        default: break
        }
        if let colon = text.firstIndex(of: ":") {
            let instrument = text[..<colon].trimmed
            let code = text[text.index(after: colon)...].trimmed
            if !instrument.isEmpty && !code.isEmpty {
                return .score(
                    instrument: instrument, code: code.uppercased() == "TOTAL" ? "TOTAL" : code)
            }
        }
        report(
            .error, text.isEmpty ? .linkEmpty : .linkUnknown(text), at: field, notes: [.writeLink])
        return nil
    }

    /// Reads `skala`, or takes the bands of the instrument whose total the indicator follows.
    mutating func readScale(_ row: CSVRow, link: RoadMap.Link) -> CategoryScale? {
        let field = table.cell(row, "skala")
        let id = field.value.trimmed
        if id.isEmpty {
            guard case .score(let instrument, "TOTAL") = link,
                let found = BuiltinInstruments.instrument(instrument), !found.bands.isEmpty
            else { return nil }
            return CategoryScale(instrument: found)
        }
        if let scale = CategoryScale.builtin(id) { return scale }
        if let instrument = BuiltinInstruments.instrument(id), !instrument.bands.isEmpty {
            return CategoryScale(instrument: instrument)
        }
        let ids = CategoryScale.builtins.map(\.id)
        var notes: [RoadMapMessage] = [.scales(Self.scaleIDs)]
        if let near = Suggestion.nearest(to: id, among: ids) {
            notes.insert(.didYouMean(near), at: 0)
        }
        report(.error, .scaleUnknown(id), at: field, notes: notes)
        return nil
    }

    /// The coordinator's checks of one indicator: labels against the scale, targets that move
    /// the wrong way, and the linked code.
    mutating func check(_ indicator: RoadMap.Indicator) {
        if let baseline = indicator.baseline {
            checkLabels(baseline, of: indicator, what: .baseline)
        }
        for target in indicator.targets {
            checkLabels(target.value, of: indicator, what: .target(target.year))
        }
        checkDirection(indicator)
        checkPercentages(indicator)
        if case .score(let instrument, let code) = indicator.link {
            checkLink(instrument: instrument, code: code, row: indicator.line)
        }
    }

    /// Warns when a number's category under the scale is not the label written beside it.
    private mutating func checkLabels(
        _ value: RoadMapValue, of indicator: RoadMap.Indicator, what: RoadMapMessage.Role
    ) {
        guard let scale = indicator.scale, let number = value.number,
            let grade = scale.grade(for: number), let rank = scale.rank(of: grade.grade)
        else { return }
        for label in value.labels {
            guard let labelRank = scale.rank(of: label), labelRank != rank else { continue }
            report(
                .warning,
                .labelDisagrees(
                    what, value: value.text, code: indicator.code, label: label,
                    number: RoadMapValue.plain(number, decimalComma: false), grade: grade.grade,
                    scale: scale.id),
                at: value.position,
                notes: [
                    .categoryFollowsNumber,
                    .scaleRanges(title: scale.title, ranges: Self.describe(scale)),
                ] + (scale.provenance.isAssumption ? [.rangesAssumed(scale.provenance.note)] : []))
            return
        }
    }

    /// The ranges of a scale in one line: `AA > 90, A > 80, …, D >= 0`.
    static func describe(_ scale: CategoryScale) -> String {
        scale.grades.enumerated().map { index, grade in
            guard let bound = grade.lowerBound else { return grade.grade }
            let sign = index == scale.grades.count - 1 ? ">=" : ">"
            return "\(grade.grade) \(sign) \(RoadMapValue.plain(bound, decimalComma: false))"
        }.joined(separator: ", ")
    }

    /// Warns when a target is worse than the one before it (or than the baseline).
    private mutating func checkDirection(_ indicator: RoadMap.Indicator) {
        var previous: (value: RoadMapValue, name: RoadMapMessage.Role)? = indicator.baseline.map {
            ($0, .baseline)
        }
        for target in indicator.targets {
            if let before = previous,
                indicator.standing(of: target.value, against: before.value) == .worse
            {
                report(
                    .warning,
                    .targetFalls(
                        year: target.year, value: target.value.text, code: indicator.code,
                        before: before.name, beforeValue: before.value.text,
                        rises: indicator.direction == .naik,
                        direction: indicator.direction.rawValue),
                    at: target.value.position, notes: [.targetsShouldNotFall])
            }
            previous = (target.value, .target(target.year))
        }
    }

    /// Warns when a percentage is above 100: often a count written under a percentage
    /// (Blora's "Persentase desa/kelurahan … imunisasi dasar" with target 295).
    private mutating func checkPercentages(_ indicator: RoadMap.Indicator) {
        guard indicator.kind == .persen else { return }
        let values = [indicator.baseline].compactMap { $0 } + indicator.targets.map(\.value)
        for value in values where (value.number ?? 0) > 100 {
            report(
                .warning, .percentAbove100(value: value.text, code: indicator.code),
                at: value.position, notes: [.countIsJumlah(unit: indicator.unit)])
        }
    }

    /// Warns when a linked instrument is not known, or has no such code.
    private mutating func checkLink(instrument id: String, code: String, row line: Int) {
        let field = table.rows.first { $0.line == line }.map { table.cell($0, "realisasi_dari") }
            ?? CSVField(value: "", position: SourcePosition(line: line))
        guard let instrument = BuiltinInstruments.instrument(id) else {
            report(
                .warning, .instrumentNotBuiltIn(id), at: field,
                notes: [.builtinInstruments(BuiltinInstruments.ids)])
            return
        }
        let areaIDs = instrument.areaGroups.map(\.id)
        if code == "TOTAL" || instrument.node(code) != nil || areaIDs.contains(code) { return }
        var notes: [RoadMapMessage] = [.linkTo(areas: areaIDs, instrument: id)]
        if let near = Suggestion.nearest(to: code, among: instrument.nodes.map(\.code) + areaIDs) {
            notes.insert(.didYouMean(near), at: 0)
        }
        report(.warning, .codeNotInInstrument(code: code, instrument: id), at: field, notes: notes)
    }
}
