/// The `index` object of the JSON score report (`docs/output-formats.md`).
extension ScoreJSON {
    struct IndexEntry: Encodable {
        var general: [PartEntry]
        var generalTotal, coefficient, applicableWeight, adjustedGeneral: Double
        var thematic: [PartEntry]
        var thematicTotal, index, publishedIndex, maximum: Double
        var notApplicable: [String]
        var missedTargets: [TargetEntry]
        /// The grade the category stands in for (`A` when it is `A-`), or absent.
        var standsInFor: String?
        /// The category is decided at a boundary marked uncertain (AA at exactly 100).
        var uncertainBoundary: String?
    }
    struct PartEntry: Encodable {
        var code, title: String
        var weight, applicableWeight, value: Double
    }
    struct TargetEntry: Encodable {
        var code, title: String
        var value: Double?
        var target: Double
    }

    static func index(_ index: IndexParts, band: Band?) -> IndexEntry {
        let part = { (part: IndexParts.Part) in
            PartEntry(
                code: part.code, title: part.title, weight: part.weight,
                applicableWeight: part.applicableWeight, value: round(part.value))
        }
        return IndexEntry(
            general: index.general.map(part), generalTotal: round(index.generalTotal),
            coefficient: index.coefficient, applicableWeight: round(index.applicableWeight),
            adjustedGeneral: round(index.adjustedGeneral), thematic: index.thematic.map(part),
            thematicTotal: round(index.thematicTotal), index: round(index.index),
            publishedIndex: Rounding.published(index.index), maximum: index.maximum,
            notApplicable: index.notApplicable,
            missedTargets: index.missedTargets.map {
                TargetEntry(code: $0.code, title: $0.title, value: $0.value, target: $0.target)
            },
            standsInFor: band?.standsInFor, uncertainBoundary: index.uncertainBoundary?.grade)
    }
}
