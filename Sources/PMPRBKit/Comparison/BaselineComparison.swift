/// What changed since an earlier round of assessments: per unit, per area and per item.
///
/// Units are matched by name, ignoring case and runs of whitespace (``UnitSummary/unitKey``);
/// the year does not take part, so this year's worksheets can be matched with last year's.
public struct BaselineComparison: Hashable, Sendable {
    /// An item whose answer changed: ``AnswerChange/first`` is the answer before,
    /// ``AnswerChange/second`` the answer now.
    public typealias ItemChange = AnswerChange

    /// How one unit moved.
    public struct UnitChange: Hashable, Sendable {
        /// The unit's result now.
        public var current: UnitSummary
        /// The unit's earlier result.
        public var before: UnitSummary
        /// The change of the total, in points.
        public var totalChange: Double { current.total - before.total }
        /// The change of each area's share (now minus before), in the outline's order; `nil`
        /// for an area that one of the two worksheets does not show.
        public var areaChanges: [Double?]
        /// The items whose answers changed, the largest change in points first (ties in the
        /// instrument's order).
        public var items: [ItemChange]
    }

    /// How an area moved over the units found in both rounds.
    public struct AreaChange: Hashable, Sendable {
        /// The area.
        public var area: InstrumentOutline.AreaInfo
        /// The mean share before, over the units that show the area in both rounds.
        public var meanBefore: Double
        /// The mean share now.
        public var meanNow: Double
        /// The change of the mean share.
        public var change: Double { meanNow - meanBefore }
    }

    /// The units found in both rounds, in the order of the current ranking.
    public var units: [UnitChange]
    /// The areas, over the units in ``units``; empty when no unit is in both rounds.
    public var areas: [AreaChange]
    /// The units assessed now that the earlier round does not have, in ranking order.
    public var newUnits: [UnitSummary]
    /// The units of the earlier round not assessed now, by name.
    public var missingUnits: [UnitSummary]

    /// Matches current results with earlier ones.
    ///
    /// - Parameters:
    ///   - outline: The instrument of every summary.
    ///   - current: The current results, in the order they should be listed.
    ///   - baseline: The earlier results; for a unit with several, the latest year is used.
    public init(outline: InstrumentOutline, current: [UnitSummary], baseline: [UnitSummary]) {
        var earlier: [String: UnitSummary] = [:]
        for unit in baseline {
            guard let key = unit.unitKey else { continue }
            if let kept = earlier[key], (kept.year ?? 0) >= (unit.year ?? 0) { continue }
            earlier[key] = unit
        }
        var matched: Set<String> = []
        var units: [UnitChange] = []
        var newUnits: [UnitSummary] = []
        for unit in current {
            guard let key = unit.unitKey, let before = earlier[key], !matched.contains(key)
            else {
                newUnits.append(unit)
                continue
            }
            matched.insert(key)
            units.append(Self.change(outline: outline, current: unit, before: before))
        }
        self.units = units
        self.newUnits = newUnits
        missingUnits = earlier.filter { !matched.contains($0.key) }.map(\.value)
            .sorted { $0.displayName.lowercased() < $1.displayName.lowercased() }
        areas = outline.areas.compactMap { area in
            let both = units.compactMap { change -> (Double, Double)? in
                guard let now = change.current.areaValue(area.id),
                    let before = change.before.areaValue(area.id)
                else { return nil }
                return (
                    Comparison.share(now, of: area.weight),
                    Comparison.share(before, of: area.weight)
                )
            }
            let now = both.map(\.0)
            let before = both.map(\.1)
            guard let nowStatistics = Statistics(now), let beforeStatistics = Statistics(before)
            else { return nil }
            return AreaChange(
                area: area, meanBefore: beforeStatistics.mean, meanNow: nowStatistics.mean)
        }
    }

    static func change(
        outline: InstrumentOutline, current: UnitSummary, before: UnitSummary
    ) -> UnitChange {
        let areaChanges = outline.areas.map { area -> Double? in
            guard let now = current.areaValue(area.id), let was = before.areaValue(area.id)
            else { return nil }
            return Comparison.share(now, of: area.weight) - Comparison.share(was, of: area.weight)
        }
        return UnitChange(
            current: current, before: before, areaChanges: areaChanges,
            items: outline.answerChanges(before, current))
    }
}

extension AnswerChange {
    /// The answer before, in a ``BaselineComparison``.
    @available(*, deprecated, renamed: "first")
    public var before: ShownAnswer { first }
    /// The answer now, in a ``BaselineComparison``.
    @available(*, deprecated, renamed: "second")
    public var after: ShownAnswer { second }
    /// The item's points before, in a ``BaselineComparison``.
    @available(*, deprecated, renamed: "firstPoints")
    public var pointsBefore: Double { firstPoints }
    /// The item's points now, in a ``BaselineComparison``.
    @available(*, deprecated, renamed: "secondPoints")
    public var pointsAfter: Double { secondPoints }
}
