/// Many units' results side by side: a ranking, a unit by area matrix, statistics per area and,
/// when last year's results are given, the changes.
///
/// ```swift
/// let comparison = Comparison(
///     outline: InstrumentOutline(instrument), units: summaries)
/// for entry in comparison.ranking { print(entry.rank, entry.unit.displayName) }
/// ```
///
/// The comparison is built from ``UnitSummary`` values, never from whole score cards, so that
/// it can be built over thousands of worksheets read one at a time.
public struct Comparison: Hashable, Sendable {
    /// A unit's place in the ranking.
    public struct RankedUnit: Hashable, Sendable {
        /// The rank: 1 for the highest published total; units with the same published total
        /// share a rank, and the next rank skips as many places (1, 2, 2, 4).
        public var rank: Int
        /// Whether another unit has the same rank.
        public var isTied: Bool
        /// The unit's result.
        public var unit: UnitSummary
    }

    /// A unit with one of its shares.
    public struct UnitShare: Hashable, Sendable {
        /// The unit.
        public var unit: UnitSummary
        /// The share, from 0 to 1.
        public var share: Double
    }

    /// The statistics of one area over every unit, as shares of the area's weight.
    public struct AreaStatistics: Hashable, Sendable {
        /// The area.
        public var area: InstrumentOutline.AreaInfo
        /// The mean, median, minimum and maximum share, from 0 to 1.
        public var shares: Statistics
        /// The units whose share, as a published percentage, is below the threshold: lowest
        /// first, ties in ranking order.
        public var below: [UnitShare]
    }

    /// The instrument's areas and items.
    public var outline: InstrumentOutline
    /// The share of an area's weight below which a unit is listed as weak, from 0 to 1.
    public var threshold: Double
    /// Every unit, highest published total first; ties by unit name, then year, then file.
    public var ranking: [RankedUnit]
    /// The statistics of each area, in the outline's order; empty when there are no units.
    public var areas: [AreaStatistics]
    /// The changes since last year, when last year's results were given.
    public var baseline: BaselineComparison?

    /// Ranks units and computes the statistics of each area.
    ///
    /// - Parameters:
    ///   - outline: The instrument of every summary.
    ///   - units: The units' results, in any order. Two summaries of the same unit and year
    ///     should be refused before (see ``duplicates(in:)``).
    ///   - threshold: The share below which a unit is listed under an area; `nil` for the
    ///     instrument's own, ``InstrumentOutline/weakAreaThreshold`` (`docs/methodology.md`,
    ///     section 6.1).
    ///   - baseline: Last year's results, if any.
    /// - Precondition: Every summary is of the outline's instrument.
    public init(
        outline: InstrumentOutline, units: [UnitSummary], threshold: Double? = nil,
        baseline: [UnitSummary]? = nil
    ) {
        precondition(
            units.allSatisfy { $0.instrumentID == outline.id }
                && (baseline ?? []).allSatisfy { $0.instrumentID == outline.id },
            "a comparison is of one instrument")
        self.outline = outline
        let threshold = threshold ?? outline.weakAreaThreshold
        self.threshold = threshold
        // The summaries are taken from `units` once, into the ranking, without an array of
        // them in order first.
        var ranking: [RankedUnit] = []
        ranking.reserveCapacity(units.count)
        var previous: (total: Double, rank: Int)?
        for (offset, index) in Self.rankingOrderIndices(units).enumerated() {
            let unit = units[index]
            let total = unit.publishedTotal
            if let previous, previous.total == total {
                ranking[ranking.count - 1].isTied = true
                ranking.append(RankedUnit(rank: previous.rank, isTied: true, unit: unit))
            } else {
                ranking.append(RankedUnit(rank: offset + 1, isTied: false, unit: unit))
                previous = (total, offset + 1)
            }
        }
        self.ranking = ranking
        let ranked = ranking
        areas = outline.areas.compactMap { area in
            // Only the units that show the area: one given directly above it has no value.
            // Units are taken by index, and only those listed below the threshold are copied.
            let showing = ranked.indices.compactMap { index in
                ranked[index].unit.areaValue(area.id).map {
                    (index, Self.share($0, of: area.weight))
                }
            }
            guard let statistics = Statistics(showing.map(\.1)) else { return nil }
            let below = showing.enumerated()
                .filter { !Rounding.meets(share: $0.element.1, threshold: threshold) }
                .sorted {
                    $0.element.1 != $1.element.1
                        ? $0.element.1 < $1.element.1 : $0.offset < $1.offset
                }
                .map { UnitShare(unit: ranked[$0.element.0].unit, share: $0.element.1) }
            return AreaStatistics(area: area, shares: statistics, below: below)
        }
        self.baseline = baseline.map {
            BaselineComparison(outline: outline, current: ranked.map(\.unit), baseline: $0)
        }
    }

    /// The order of the ranking: the published total, highest first; then the unit name, the
    /// year and the file, so that the order never depends on the order of the files.
    static func rankingOrder(_ lhs: UnitSummary, _ rhs: UnitSummary) -> Bool {
        RankingKey(lhs).precedes(RankingKey(rhs))
    }

    /// What ``rankingOrder(_:_:)`` compares of a unit, made once per unit: the published total
    /// and the lower-cased name are computed, not stored.
    private struct RankingKey {
        let total: Double
        let name: String
        let year: Int?
        let file: String

        init(_ unit: UnitSummary) {
            total = unit.publishedTotal
            name = unit.displayName.lowercased()
            year = unit.year
            file = unit.file
        }

        func precedes(_ other: RankingKey) -> Bool {
            if total != other.total { return total > other.total }
            if name != other.name { return name < other.name }
            if year != other.year { return (year ?? 0) < (other.year ?? 0) }
            return file < other.file
        }
    }

    /// Units sorted by ``rankingOrder(_:_:)``.
    ///
    /// The sort moves indices rather than summaries, which are large, and compares published
    /// totals computed once: with tens of thousands of units, moving and re-rounding summaries
    /// dominated building a comparison. The order is the one `sorted(by: rankingOrder)` gives.
    static func inRankingOrder(_ units: [UnitSummary]) -> [UnitSummary] {
        rankingOrderIndices(units).map { units[$0] }
    }

    /// The indices of `units` in the order of ``rankingOrder(_:_:)``, each unit's key made once
    /// rather than at every comparison.
    static func rankingOrderIndices(_ units: [UnitSummary]) -> [Int] {
        let keys = units.map(RankingKey.init)
        return units.indices.sorted { keys[$0].precedes(keys[$1]) }
    }

    /// A value as a share of a weight; 0 for a weight of 0.
    static func share(_ value: Double, of weight: Double) -> Double {
        weight > 0 ? value / weight : 0
    }

    /// The share of each area of a unit, in the outline's order; `nil` for an area the unit's
    /// worksheet does not show.
    public func shares(of unit: UnitSummary) -> [Double?] {
        outline.areas.map { area in unit.areaValue(area.id).map { Self.share($0, of: area.weight) } }
    }

    /// The years of the units, in order, without repeats.
    public var years: [Int] {
        Array(Set(ranking.compactMap(\.unit.year))).sorted()
    }

    /// The pairs of summaries that are of the same unit and year, each pair in input order:
    /// a comparison must not count a unit twice.
    ///
    /// Units are the same when their names agree ignoring case and runs of whitespace
    /// (``UnitSummary/unitKey``); worksheets that name no unit are never the same unit.
    public static func duplicates(
        in units: [UnitSummary]
    ) -> [(first: UnitSummary, second: UnitSummary)] {
        duplicateIndices(in: units, order: Array(units.indices)).map {
            (units[$0.first], units[$0.second])
        }
    }

    /// ``duplicates(in:)`` over the units taken in `order` (indices into `units`), as index
    /// pairs: a run over thousands of units need not copy them.
    static func duplicateIndices(
        in units: [UnitSummary], order: [Int]
    ) -> [(first: Int, second: Int)] {
        var seen: [String: Int] = [:]
        var pairs: [(first: Int, second: Int)] = []
        for index in order {
            let unit = units[index]
            guard let key = unit.unitKey else { continue }
            let full = key + "\u{0}" + (unit.year.map(String.init) ?? "")
            if let first = seen[full] {
                pairs.append((first, index))
            } else {
                seen[full] = index
            }
        }
        return pairs
    }
}
