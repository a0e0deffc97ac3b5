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
                var notes: [RoadMapMessage] = [.codesOfRoadMap(roadMap.file)]
                if let near = Suggestion.nearest(to: entry.code, among: codes) {
                    notes.insert(.didYouMean(near), at: 0)
                }
                diagnostics.append(
                    .error(
                        .roadMap(.noIndicator(entry.code)), file: file.file,
                        at: entry.codePosition, notes: notes.map(Message.roadMap),
                        sourceLine: file.sourceLine(entry.codePosition.line)))
                continue
            }
            let parsed = RoadMapValue.parse(entry.text, kind: indicator.kind, at: entry.position)
            var reason: RoadMapMessage.Problem?
            switch parsed {
            case .failure(let failure): reason = .unreadable(failure)
            case .success(let value):
                if let problem = RoadMapReader.categoryProblem(value, of: indicator) {
                    reason = problem
                } else if indicator.measure(value) == nil {
                    reason = .numberWithoutScale
                } else {
                    let source = (file.file ?? "-") + ":\(entry.position.line)"
                    found[indicator.code, default: [:]][entry.year] = .init(
                        value: value, category: indicator.category(of: value), source: source)
                }
            }
            if let reason {
                diagnostics.append(
                    .warning(
                        .roadMap(
                            .realisationNotUsed(
                                value: entry.text, code: indicator.code, year: entry.year, reason)),
                        file: file.file, at: entry.position,
                        notes: [.roadMap(.kindExpects(code: indicator.code, indicator.kind))],
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
                        .roadMap(.noLinkedIndicator(instrument: card.instrumentID)),
                        file: worksheet.file))
                continue
            }
            guard let year = card.year else {
                diagnostics.append(
                    .warning(
                        .roadMap(.worksheetWithoutYear), file: worksheet.file,
                        notes: [.roadMap(.addYearToWorksheet)]))
                continue
            }
            let key = card.instrumentID + "\u{0}" + String(year)
            if let first = fileOf[key] {
                diagnostics.append(
                    .error(
                        .roadMap(
                            .twoWorksheets(
                                instrument: card.instrumentID, year: year, first: first,
                                second: worksheet.file)),
                        file: worksheet.file, notes: [.roadMap(.oneWorksheetPerYear)]))
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
                    .roadMap(
                        .scoreDoesNotFit(
                            value: value.text, source: source, code: indicator.code,
                            indicator.kind)),
                    file: roadMap.file, at: SourcePosition(line: indicator.line),
                    notes: [.roadMap(.linkPredikatWithScale)]))
            return
        }
        if let entered = found[indicator.code]?[year] {
            if indicator.standing(of: value, against: entered.value) != .same {
                diagnostics.append(
                    .warning(
                        .roadMap(
                            .worksheetAndFileDiffer(
                                code: indicator.code, year: year, worksheet: value.text,
                                file: entered.value.text)),
                        file: roadMap.file, at: SourcePosition(line: indicator.line),
                        notes: [.roadMap(.fileHoldsPublishedFigure)]))
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
