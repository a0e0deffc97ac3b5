/// The JSON form of the comparison (`docs/output-formats.md`).
extension ComparisonReport {
    struct JSONDocument: Encodable {
        var formatVersion = 1
        var instrument: JSONInstrument
        var threshold: Double
        var years: [Int]
        var units: [JSONUnit]
        var areas: [JSONArea]
        var baseline: JSONBaseline?
        var leftOut: [JSONLeftOut]
        var missingAnswers: String
        var counts: JSONCounts
    }
    struct JSONCounts: Encodable {
        var units: Int
        var predicates: [String: Int]
        var categories: [JSONCategoryCount]
    }
    struct JSONCategoryCount: Encodable {
        var grade: String?
        var units: Int
    }
    struct JSONInstrument: Encodable { var id, title, source: String }
    struct JSONCategory: Encodable { var grade, label: String }
    struct JSONAreaValue: Encodable {
        var id: String
        var value, share: Double
    }
    struct JSONUnit: Encodable {
        var rank: Int
        var tied: Bool
        var unit: String
        var year: Int?
        var file: String
        var total, publishedTotal: Double
        var category: JSONCategory?
        var predicates: [String: Bool]
        var scoreCriteriaMet: [String: Bool]
        var heldPredicates: [String]
        var items, unanswered: Int
        var unansweredShare: Double
        var areas: [JSONAreaValue]
        var baseline: JSONUnitChange?
    }
    struct JSONUnitChange: Encodable {
        var file: String
        var year: Int?
        var total, totalChange: Double
        var areas: [JSONAreaChange]
        var changedItems: [JSONItemChange]
    }
    struct JSONAreaChange: Encodable {
        var id: String
        var shareChange: Double
    }
    struct JSONItemChange: Encodable {
        var code, area, before, after: String
        var pointsBefore, pointsAfter, change: Double
    }
    struct JSONBelow: Encodable {
        var unit, file: String
        var share: Double
    }
    struct JSONArea: Encodable {
        var id, title: String
        var weight, mean, median, minimum, maximum: Double
        var below: [JSONBelow]
    }
    struct JSONBaseline: Encodable {
        var areas: [JSONBaselineArea]
        var newUnits: [JSONUnitRef]
        var missingUnits: [JSONUnitRef]
    }
    struct JSONBaselineArea: Encodable {
        var id: String
        var meanBefore, meanNow, change: Double
    }
    struct JSONUnitRef: Encodable {
        var unit, file: String
        var year: Int?
    }
    struct JSONLeftOut: Encodable { var file, reason: String }

    func renderedJSON() -> String { JSONText.encode(json()) }

    func json() -> JSONDocument {
        let round = ScoreJSON.round
        let changes = changesByFile()
        let units = comparison.ranking.map { entry -> JSONUnit in
            let unit = entry.unit
            let shares = comparison.shares(of: unit)
            return JSONUnit(
                rank: entry.rank, tied: entry.isTied, unit: unit.unit, year: unit.year,
                file: unit.file, total: round(unit.total), publishedTotal: unit.publishedTotal,
                category: unit.band.map { JSONCategory(grade: $0.grade, label: $0.label) },
                predicates: unit.predicatesByName, scoreCriteriaMet: unit.scoreCriteriaByName,
                heldPredicates: unit.heldPredicates.map(\.description),
                items: unit.itemCount, unanswered: unit.unansweredCount,
                unansweredShare: round(unit.unansweredShare),
                areas: outline.areas.indices.compactMap { index in
                    guard let share = shares[index],
                        let value = unit.areaValue(outline.areas[index].id)
                    else { return nil }
                    return JSONAreaValue(
                        id: outline.areas[index].id, value: round(value), share: round(share))
                },
                baseline: changes[unit.file].map { change in
                    JSONUnitChange(
                        file: change.before.file, year: change.before.year,
                        total: round(change.before.total), totalChange: round(change.totalChange),
                        areas: outline.areas.indices.compactMap { index in
                            change.areaChanges[index].map {
                                JSONAreaChange(id: outline.areas[index].id, shareChange: round($0))
                            }
                        },
                        changedItems: change.items.map {
                            JSONItemChange(
                                code: $0.item.code, area: $0.item.areaID ?? "",
                                before: $0.first.text(decimalComma: false),
                                after: $0.second.text(decimalComma: false),
                                pointsBefore: round($0.firstPoints),
                                pointsAfter: round($0.secondPoints), change: round($0.change))
                        })
                })
        }
        let areas = comparison.areas.map { stats in
            JSONArea(
                id: stats.area.id, title: stats.area.title, weight: stats.area.weight,
                mean: round(stats.shares.mean), median: round(stats.shares.median),
                minimum: round(stats.shares.minimum), maximum: round(stats.shares.maximum),
                below: stats.below.map {
                    JSONBelow(unit: $0.unit.unit, file: $0.unit.file, share: round($0.share))
                })
        }
        let reference = { (unit: UnitSummary) in
            JSONUnitRef(unit: unit.unit, file: unit.file, year: unit.year)
        }
        return JSONDocument(
            instrument: JSONInstrument(
                id: outline.id, title: outline.instrument.title, source: outline.instrument.source),
            threshold: comparison.threshold, years: comparison.years, units: units, areas: areas,
            baseline: comparison.baseline.map { baseline in
                JSONBaseline(
                    areas: baseline.areas.map {
                        JSONBaselineArea(
                            id: $0.area.id, meanBefore: round($0.meanBefore),
                            meanNow: round($0.meanNow), change: round($0.change))
                    },
                    newUnits: baseline.newUnits.map(reference),
                    missingUnits: baseline.missingUnits.map(reference))
            },
            leftOut: leftOut.map { JSONLeftOut(file: $0.file, reason: $0.reason) },
            missingAnswers: missingAnswers.rawValue,
            counts: JSONCounts(
                units: comparison.ranking.count,
                predicates: Dictionary(
                    predicateCounts.map { ($0.predicate, $0.units) }, uniquingKeysWith: { $1 }),
                categories: categoryCounts.map { JSONCategoryCount(grade: $0.grade, units: $0.units) }))
    }
}
