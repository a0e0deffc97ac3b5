/// A scored worksheet and the file it came from, a source of realisations for a road map.
public struct ScoredWorksheet: Sendable {
    /// The worksheet's file, as the user named it.
    public var file: String
    /// Its score card.
    public var card: ScoreCard

    /// Creates one.
    public init(file: String, card: ScoreCard) {
        self.file = file
        self.card = card
    }
}

extension RoadMapProgress {
    /// Evaluates a road map against its realisations: the realisation file's values, the scores
    /// of worksheets whose instrument an indicator links to, and the RATL actions done.
    ///
    /// A value from the realisation file wins over a worksheet's score for the same indicator
    /// and year (it is the published figure); a difference is warned about.
    ///
    /// - Parameters:
    ///   - roadMap: The road map.
    ///   - realisations: The realisation file, if any.
    ///   - worksheets: Scored worksheets; each needs its `#tahun`.
    ///   - ratl: The RATL file with statuses, if any.
    /// - Returns: The progress, with warnings about values of the wrong kind.
    /// - Throws: ``DiagnosticError`` for a realisation of an indicator the road map does not
    ///   have, or two worksheets of one instrument and year.
    public static func evaluate(
        _ roadMap: RoadMap, realisations: RealisationFile? = nil,
        worksheets: [ScoredWorksheet] = [], ratl: RATLFile? = nil
    ) throws(DiagnosticError) -> RoadMapProgress {
        var collector = RealisationCollector(roadMap: roadMap)
        if let realisations { collector.add(realisations) }
        collector.add(worksheets)
        if let ratl { collector.add(ratl) }
        guard !collector.diagnostics.contains(where: { $0.severity == .error }) else {
            throw DiagnosticError(collector.diagnostics)
        }
        let rows = roadMap.indicators.map { indicator in
            row(indicator, realisations: collector.found[indicator.code] ?? [:])
        }
        var seen: Set<String> = []
        let assumptions = roadMap.indicators.compactMap(\.scale?.provenance).filter {
            $0.isAssumption && seen.insert($0.note).inserted
        }
        return RoadMapProgress(
            roadMap: roadMap, rows: rows, areas: tallies(rows, by: \.area),
            responsibles: tallies(rows, by: \.responsible),
            ratl: ratl.map { ratlYears($0, roadMap: roadMap) }, assumptions: assumptions,
            warnings: roadMap.warnings + collector.diagnostics.sorted())
    }

    /// The years of one indicator with their statuses.
    static func row(
        _ indicator: RoadMap.Indicator, realisations: [Int: Realisation]
    ) -> Row {
        let years = Set(indicator.targets.map(\.year)).union(realisations.keys).sorted()
        var previous: (year: Int?, value: RoadMapValue)? = indicator.baseline.map {
            (indicator.baselineYear, $0)
        }
        var entries: [YearEntry] = []
        for year in years {
            let target = indicator.target(year)
            let realisation = realisations[year]
            var entry = YearEntry(
                year: year, target: target, realisation: realisation,
                status: target == nil ? .tanpaTarget : .belumAdaData)
            if let realisation {
                if let target {
                    let standing = indicator.standing(of: realisation.value, against: target.value)
                    entry.status = standing == .better || standing == .same
                        ? .tercapai : .belumTercapai
                }
                if let before = previous, (before.year ?? Int.min) < year {
                    entry.trend = trend(
                        indicator.standing(of: realisation.value, against: before.value))
                }
                if let baseline = indicator.baseline, target != nil,
                    (indicator.baselineYear ?? Int.min) < year
                {
                    entry.achievement = achievement(
                        indicator.standing(of: realisation.value, against: baseline),
                        reached: entry.status == .tercapai)
                }
                previous = (year, realisation.value)
            }
            entries.append(entry)
        }
        return Row(indicator: indicator, years: entries)
    }

    static func trend(_ standing: Standing) -> Trend? {
        switch standing {
        case .better: .membaik
        case .same: .tetap
        case .worse: .memburuk
        case .incomparable: nil
        }
    }

    /// The road maps' wording: better than the baseline and reached is "berhasil ditingkatkan",
    /// equal and reached "berhasil dipertahankan", not reached "masih dalam proses
    /// peningkatan", worse than the baseline "mengalami penurunan".
    static func achievement(_ standing: Standing, reached: Bool) -> Achievement? {
        switch standing {
        case .better: reached ? .ditingkatkan : .proses
        case .same: reached ? .dipertahankan : .proses
        case .worse: .menurun
        case .incomparable: nil
        }
    }

    /// Tallies of targeted years, grouped by an indicator's field, in order of first appearance.
    static func tallies(_ rows: [Row], by key: KeyPath<RoadMap.Indicator, String>) -> [Tally] {
        var tallies: [Tally] = []
        for row in rows {
            let name = row.indicator[keyPath: key]
            if !tallies.contains(where: { $0.name == name }) {
                tallies.append(Tally(name: name, reached: 0, notReached: 0, noData: 0))
            }
            guard let index = tallies.firstIndex(where: { $0.name == name }) else { continue }
            for entry in row.years {
                switch entry.status {
                case .tercapai: tallies[index].reached += 1
                case .belumTercapai: tallies[index].notReached += 1
                case .belumAdaData: tallies[index].noData += 1
                case .tanpaTarget: break
                }
            }
        }
        return tallies
    }

    /// The RATL count per year: the years of the actions and of the RATL targets.
    static func ratlYears(_ file: RATLFile, roadMap: RoadMap) -> [RATLYear] {
        let indicator = roadMap.indicators.first { $0.link == .ratl }
        let years = Set(file.years).union(indicator?.targets.map(\.year) ?? []).sorted()
        return years.map { year in
            let target = indicator?.target(year)?.value
            let done = file.count(.selesai, year: year)
            let status: Status
            if let number = target?.number {
                if !file.years.contains(year) {
                    status = .belumAdaData
                } else {
                    status = Double(done) >= number - 1e-9 ? .tercapai : .belumTercapai
                }
            } else {
                status = .tanpaTarget
            }
            return RATLYear(
                year: year, target: target, done: done,
                inProgress: file.count(.proses, year: year),
                notStarted: file.count(.belum, year: year), status: status)
        }
    }
}
