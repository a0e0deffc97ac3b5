/// The JSON form of a road map's progress (`docs/output-formats.md`, "peta-jalan --format
/// json"): stable keys, sorted; numbers as read, rounded to four decimals.
struct RoadMapJSON {
    let progress: RoadMapProgress

    struct Document: Encodable {
        var formatVersion = 1
        var title, agency: String
        var file: String?
        var years: [Int]
        var indicators: [IndicatorEntry]
        var areas, responsibles: [TallyEntry]
        var ratl: [RATLEntry]?
        var assumptions, warnings: [String]
    }
    struct ValueEntry: Encodable {
        var text: String
        var number: Double?
        var percent: Bool
        var grade: String?
        var labels: [String]
    }
    struct IndicatorEntry: Encodable {
        var code, name, area, unit, kind, direction, responsible, link, citation: String
        var scale: String?
        var baselineYear: Int?
        var baseline: ValueEntry?
        var trend: String?
        var years: [YearEntry]
    }
    struct YearEntry: Encodable {
        var year: Int
        var target, realisation: ValueEntry?
        var category, source, achievement, trend: String?
        var status: String
    }
    struct TallyEntry: Encodable {
        var name: String
        var reached, notReached, noData, total: Int
    }
    struct RATLEntry: Encodable {
        var year, done, inProgress, notStarted: Int
        var target: ValueEntry?
        var status: String
    }

    static func value(_ value: RoadMapValue?) -> ValueEntry? {
        value.map {
            ValueEntry(
                text: $0.text, number: $0.number.map(ScoreJSON.round), percent: $0.isPercent,
                grade: $0.grade, labels: $0.labels)
        }
    }

    func document() -> Document {
        let map = progress.roadMap
        return Document(
            title: map.title, agency: map.agency, file: map.file, years: map.years,
            indicators: progress.rows.map { row in
                let indicator = row.indicator
                return IndicatorEntry(
                    code: indicator.code, name: indicator.name, area: indicator.area,
                    unit: indicator.unit, kind: indicator.kind.rawValue,
                    direction: indicator.direction.rawValue, responsible: indicator.responsible,
                    link: indicator.link.text,
                    citation: indicator.citation, scale: indicator.scale?.id,
                    baselineYear: indicator.baselineYear, baseline: Self.value(indicator.baseline),
                    trend: row.trend?.rawValue,
                    years: row.years.map { entry in
                        YearEntry(
                            year: entry.year, target: Self.value(entry.target?.value),
                            realisation: Self.value(entry.realisation?.value),
                            category: entry.realisation?.category,
                            source: entry.realisation?.source,
                            achievement: entry.achievement?.rawValue, trend: entry.trend?.rawValue,
                            status: entry.status.rawValue)
                    })
            },
            areas: progress.areas.map(Self.tally),
            responsibles: progress.responsibles.map(Self.tally),
            ratl: progress.ratl?.map { year in
                RATLEntry(
                    year: year.year, done: year.done, inProgress: year.inProgress,
                    notStarted: year.notStarted, target: Self.value(year.target),
                    status: year.status.rawValue)
            },
            assumptions: progress.assumptions.map(\.note),
            warnings: progress.warnings.map(\.description))
    }

    static func tally(_ tally: RoadMapProgress.Tally) -> TallyEntry {
        TallyEntry(
            name: tally.name, reached: tally.reached, notReached: tally.notReached,
            noData: tally.noData, total: tally.total)
    }

    func rendered() -> String { JSONText.encode(document()) }
}
