/// Gathers the realisations of a road map's indicators, by code and year, from a realisation
/// file, scored worksheets and a RATL file, with every problem found.
struct RealisationCollector {
    let roadMap: RoadMap
    var found: [String: [Int: RoadMapProgress.Realisation]] = [:]
    var diagnostics: [Diagnostic] = []

    init(roadMap: RoadMap) {
        self.roadMap = roadMap
    }

    /// The realisation file's values, each read as its indicator's kind.
    mutating func add(_ file: RealisationFile) {
        diagnostics += file.warnings
        let codes = roadMap.indicators.map(\.code)
        for entry in file.entries {
            guard let indicator = roadMap.indicator(entry.code) else {
                var notes = ["the codes are those of the road map"
                    + (roadMap.file.map { " '\($0)'" } ?? "")]
                if let near = Suggestion.nearest(to: entry.code, among: codes) {
                    notes.insert("did you mean '\(near)'?", at: 0)
                }
                diagnostics.append(
                    .error(
                        "the road map has no indicator '\(entry.code)'", file: file.file,
                        at: entry.codePosition, notes: notes,
                        sourceLine: file.sourceLine(entry.codePosition.line)))
                continue
            }
            let parsed = RoadMapValue.parse(entry.text, kind: indicator.kind, at: entry.position)
            var reason: String?
            switch parsed {
            case .failure(let failure): reason = failure.reason
            case .success(let value):
                if let problem = RoadMapReader.categoryProblem(value, of: indicator) {
                    reason = problem
                } else if indicator.measure(value) == nil {
                    reason =
                        "is a number, but the indicator has no scale to turn it into a predikat"
                } else {
                    let source = (file.file ?? "-") + ":\(entry.position.line)"
                    found[indicator.code, default: [:]][entry.year] = .init(
                        value: value, category: indicator.category(of: value), source: source)
                }
            }
            if let reason {
                diagnostics.append(
                    .warning(
                        "realisation '\(entry.text)' of '\(indicator.code)' for \(entry.year) "
                            + "\(reason); it is not used",
                        file: file.file, at: entry.position,
                        notes: ["'\(indicator.code)' is of jenis \(indicator.kind.rawValue): "
                            + RoadMapReader.expectedForm(indicator.kind)],
                        sourceLine: file.sourceLine(entry.position.line)))
            }
        }
    }

    /// The scores the indicators link to, from worksheets with a year.
    mutating func add(_ worksheets: [ScoredWorksheet]) {
        var fileOf: [String: String] = [:]
        for worksheet in worksheets {
            let card = worksheet.card
            let linked = roadMap.indicators.filter {
                if case .score(card.instrumentID, _) = $0.link { return true }
                return false
            }
            guard !linked.isEmpty else {
                diagnostics.append(
                    .warning(
                        "no indicator of the road map links to instrument '\(card.instrumentID)'; "
                            + "the worksheet is not used", file: worksheet.file))
                continue
            }
            guard let year = card.year else {
                diagnostics.append(
                    .warning(
                        "the worksheet has no '#tahun' row; it is not used", file: worksheet.file,
                        notes: ["a realisation counts for a year; add '#tahun' to the worksheet"]))
                continue
            }
            let key = card.instrumentID + "\u{0}" + String(year)
            if let first = fileOf[key] {
                diagnostics.append(
                    .error(
                        "two worksheets of '\(card.instrumentID)' for \(year): '\(first)' and "
                            + "'\(worksheet.file)'", file: worksheet.file,
                        notes: ["give one worksheet per instrument and year (the Pemda's own)"]))
                continue
            }
            fileOf[key] = worksheet.file
            for indicator in linked {
                guard case .score(_, let code) = indicator.link,
                    let value = Self.score(code, in: card)
                else { continue }
                add(value, of: indicator, year: year, from: worksheet.file + " (\(code))")
            }
        }
    }

    /// A worksheet's value for a link: `TOTAL`, an area id, a node code or an item code.
    static func score(_ code: String, in card: ScoreCard) -> RoadMapValue? {
        let position = SourcePosition(line: 0)
        func number(_ value: Double) -> RoadMapValue {
            let published = Rounding.published(value)
            return RoadMapValue(
                number: published, text: LocaleNumber.format(published), position: position)
        }
        if code == "TOTAL" { return number(card.total) }
        if let area = card.areas.first(where: { $0.id == code }) { return number(area.value) }
        if let node = card.node(code) { return number(node.value) }
        guard let item = card.items.first(where: { $0.code == code }) else { return nil }
        switch item.answer {
        case .none: return nil
        case .number(let value): return number(value)
        case .percent(let share): return number(share * 100)
        case .option(let option):
            return RoadMapValue(grade: option, text: option, position: position)
        }
    }

    /// Adds a computed value unless the realisation file gave one; warns when they differ or
    /// the value is of the wrong kind.
    private mutating func add(
        _ value: RoadMapValue, of indicator: RoadMap.Indicator, year: Int, from source: String
    ) {
        guard indicator.measure(value) != nil,
            indicator.kind == .predikat || value.number != nil
        else {
            diagnostics.append(
                .warning(
                    "the score '\(value.text)' from \(source) does not fit '\(indicator.code)' "
                        + "(jenis \(indicator.kind.rawValue)); it is not used",
                    file: roadMap.file, at: SourcePosition(line: indicator.line),
                    notes: ["link a predikat to a score only with a scale (skala)"]))
            return
        }
        if let entered = found[indicator.code]?[year] {
            if indicator.standing(of: value, against: entered.value) != .same {
                diagnostics.append(
                    .warning(
                        "'\(indicator.code)' for \(year): the worksheet gives \(value.text), the "
                            + "realisation file \(entered.value.text); the file's value is used",
                        file: roadMap.file, at: SourcePosition(line: indicator.line),
                        notes: ["the realisation file holds the published figure; the worksheet "
                            + "is a self-assessment"]))
            }
            return
        }
        found[indicator.code, default: [:]][year] = .init(
            value: value, category: indicator.category(of: value), source: source)
    }

    /// The RATL actions done per year, for the indicators that count them.
    mutating func add(_ file: RATLFile) {
        diagnostics += file.warnings
        for indicator in roadMap.indicators where indicator.link == .ratl {
            for year in file.years where found[indicator.code]?[year] == nil {
                let done = file.count(.selesai, year: year)
                found[indicator.code, default: [:]][year] = .init(
                    value: RoadMapValue(
                        number: Double(done), text: String(done),
                        position: SourcePosition(line: 0)),
                    category: nil, source: (file.file ?? "-") + " (selesai)")
            }
        }
    }
}
