extension RoadMapReader {
    /// Reads `realisasi_dari`: `isian`, `ratl`, or `instrument:code`.
    mutating func readLink(_ row: CSVRow) -> RoadMap.Link? {
        let field = cell(row, "realisasi_dari")
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
            .error,
            text.isEmpty ? "realisasi_dari is empty" : "realisasi_dari '\(text)' is not known",
            at: field,
            notes: ["write 'isian' (a realisation file), 'ratl' (a RATL file), or an instrument "
                + "and a code: 'rb-2020:TOTAL', 'rb-2020:A.I', 'zi-2021:MP'"])
        return nil
    }

    /// Reads `skala`, or takes the bands of the instrument whose total the indicator follows.
    mutating func readScale(_ row: CSVRow, link: RoadMap.Link) -> CategoryScale? {
        let field = cell(row, "skala")
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
        var notes = ["scales: " + Self.scaleIDs + ", or an instrument id with bands (rb-2020)"]
        if let near = Suggestion.nearest(to: id, among: ids) {
            notes.insert("did you mean '\(near)'?", at: 0)
        }
        report(.error, "skala '\(id)' is not known", at: field, notes: notes)
        return nil
    }

    /// The coordinator's checks of one indicator: labels against the scale, targets that move
    /// the wrong way, and the linked code.
    mutating func check(_ indicator: RoadMap.Indicator) {
        if let baseline = indicator.baseline {
            checkLabels(baseline, of: indicator, what: "baseline")
        }
        for target in indicator.targets {
            checkLabels(target.value, of: indicator, what: "target for \(target.year)")
        }
        checkDirection(indicator)
        checkPercentages(indicator)
        if case .score(let instrument, let code) = indicator.link {
            checkLink(instrument: instrument, code: code, row: indicator.line)
        }
    }

    /// Warns when a number's category under the scale is not the label written beside it.
    private mutating func checkLabels(
        _ value: RoadMapValue, of indicator: RoadMap.Indicator, what: String
    ) {
        guard let scale = indicator.scale, let number = value.number,
            let grade = scale.grade(for: number), let rank = scale.rank(of: grade.grade)
        else { return }
        for label in value.labels {
            guard let labelRank = scale.rank(of: label), labelRank != rank else { continue }
            report(
                .warning,
                "\(what) '\(value.text)' of '\(indicator.code)' is labelled '\(label)', but "
                    + RoadMapValue.plain(number, decimalComma: false)
                    + " falls in '\(grade.grade)' "
                    + "(scale '\(scale.id)')",
                at: value.position,
                notes: [
                    "the category follows from the number; correct the label or the number",
                    "\(scale.title): " + Self.describe(scale),
                ] + (scale.provenance.isAssumption ? ["the ranges are an assumption: "
                    + scale.provenance.note] : []))
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
        var previous: (value: RoadMapValue, name: String)? = indicator.baseline.map {
            ($0, "the baseline")
        }
        for target in indicator.targets {
            if let before = previous,
                indicator.standing(of: target.value, against: before.value) == .worse
            {
                let should = indicator.direction == .naik ? "rise" : "fall"
                report(
                    .warning,
                    "target for \(target.year) '\(target.value.text)' of '\(indicator.code)' is "
                        + "worse than \(before.name) '\(before.value.text)', though the indicator "
                        + "should \(should) (arah \(indicator.direction.rawValue))",
                    at: target.value.position,
                    notes: ["a road map's targets should not fall back; check the figure or arah"])
            }
            previous = (target.value, "the target for \(target.year)")
        }
    }

    /// Warns when a percentage is above 100: often a count written under a percentage
    /// (Blora's "Persentase desa/kelurahan … imunisasi dasar" with target 295).
    private mutating func checkPercentages(_ indicator: RoadMap.Indicator) {
        guard indicator.kind == .persen else { return }
        let values = [indicator.baseline].compactMap { $0 } + indicator.targets.map(\.value)
        for value in values where (value.number ?? 0) > 100 {
            report(
                .warning,
                "'\(value.text)' of '\(indicator.code)' is a percentage above 100",
                at: value.position,
                notes: [
                    "a count is jenis jumlah with its unit in satuan"
                        + (indicator.unit.isEmpty ? "" : " (satuan here: '\(indicator.unit)')")
                        + "; a ratio such as APK may exceed 100"
                ])
        }
    }

    /// Warns when a linked instrument is not known, or has no such code.
    private mutating func checkLink(instrument id: String, code: String, row line: Int) {
        let field = table.rows.first { $0.line == line }.map { cell($0, "realisasi_dari") }
            ?? CSVField(value: "", position: SourcePosition(line: line))
        guard let instrument = BuiltinInstruments.instrument(id) else {
            report(
                .warning, "instrument '\(id)' is not built in; the link cannot be checked",
                at: field,
                notes: ["built-in instruments: " + BuiltinInstruments.ids.joined(separator: ", ")])
            return
        }
        let areaIDs = instrument.areaGroups.map(\.id)
        if code == "TOTAL" || instrument.node(code) != nil || areaIDs.contains(code) { return }
        var notes = ["link to 'TOTAL', an area id (" + areaIDs.joined(separator: ", ")
            + ") or a code shown by 'pmprb instrumen show \(id)'"]
        if let near = Suggestion.nearest(to: code, among: instrument.nodes.map(\.code) + areaIDs) {
            notes.insert("did you mean '\(near)'?", at: 0)
        }
        report(.warning, "kode '\(code)' does not exist in instrument '\(id)'", at: field,
            notes: notes)
    }
}
