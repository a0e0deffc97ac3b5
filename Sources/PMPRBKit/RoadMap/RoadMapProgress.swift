/// How a road map stands: for every indicator and year its target, its realisation, whether the
/// target was reached, how it moved, and tallies per area and per responsible OPD
/// (`docs/roadmap-format.md`, "Status rules").
///
/// Built by ``evaluate(_:realisations:worksheets:ratl:)``.
public struct RoadMapProgress: Sendable {
    /// Whether a year's target was reached.
    public enum Status: String, CaseIterable, Hashable, Sendable, Codable {
        /// The realisation is at or beyond the target.
        case tercapai
        /// The realisation falls short of the target.
        case belumTercapai = "belum tercapai"
        /// There is a target but no realisation.
        case belumAdaData = "belum ada data"
        /// There is a realisation but no target for the year.
        case tanpaTarget = "tanpa target"
    }

    /// The road maps' own wording for a realisation against the baseline.
    public enum Achievement: String, CaseIterable, Hashable, Sendable, Codable {
        /// Reached, and better than the baseline.
        case ditingkatkan = "berhasil ditingkatkan"
        /// Reached, and equal to the baseline.
        case dipertahankan = "berhasil dipertahankan"
        /// Not reached, and not worse than the baseline.
        case proses = "masih dalam proses peningkatan"
        /// Worse than the baseline.
        case menurun = "mengalami penurunan"
    }

    /// How a realisation moved from the value before it.
    public enum Trend: String, CaseIterable, Hashable, Sendable, Codable {
        /// Better in the indicator's direction.
        case membaik
        /// Unchanged.
        case tetap
        /// Worse in the indicator's direction.
        case memburuk
    }

    /// A realisation and where it came from.
    public struct Realisation: Hashable, Sendable {
        /// The value.
        public var value: RoadMapValue
        /// Its category under the indicator's scale, if any.
        public var category: String?
        /// Where it came from: `file:line`, or a worksheet and the score taken.
        public var source: String
    }

    /// One indicator in one year.
    public struct YearEntry: Hashable, Sendable {
        /// The year.
        public var year: Int
        /// The target, if the road map sets one for the year.
        public var target: RoadMap.Target?
        /// The realisation, if known.
        public var realisation: Realisation?
        /// Whether the target was reached.
        public var status: Status
        /// The road maps' wording against the baseline, when both are known.
        public var achievement: Achievement?
        /// The move from the previous known value (a realisation, or the baseline).
        public var trend: Trend?
    }

    /// One indicator with its years.
    public struct Row: Hashable, Sendable {
        /// The indicator.
        public var indicator: RoadMap.Indicator
        /// The years with a target or a realisation, ascending.
        public var years: [YearEntry]
        /// The latest move: the trend of the last year with a realisation.
        public var trend: Trend? { years.last { $0.realisation != nil }?.trend }
    }

    /// Counts of targeted indicator-years for an area or an OPD.
    public struct Tally: Hashable, Sendable {
        /// The area or the OPD; empty when the road map names none.
        public var name: String
        /// Targets reached.
        public var reached: Int
        /// Targets not reached.
        public var notReached: Int
        /// Targets without a realisation.
        public var noData: Int

        /// The targets counted.
        public var total: Int { reached + notReached + noData }
    }

    /// The RATL actions of one year against the road map's target.
    public struct RATLYear: Hashable, Sendable {
        /// The year.
        public var year: Int
        /// The target number of actions done, if the road map sets one.
        public var target: RoadMapValue?
        /// Actions done.
        public var done: Int
        /// Actions in progress.
        public var inProgress: Int
        /// Actions not started.
        public var notStarted: Int
        /// Whether the target was reached.
        public var status: Status
    }

    /// The road map.
    public var roadMap: RoadMap
    /// Every indicator, in the road map's order.
    public var rows: [Row]
    /// Tallies per area, in order of first appearance.
    public var areas: [Tally]
    /// Tallies per responsible OPD, in order of first appearance.
    public var responsibles: [Tally]
    /// The RATL count per year, when a RATL file was given.
    public var ratl: [RATLYear]?
    /// The assumptions behind the scales used.
    public var assumptions: [Provenance]
    /// Warnings: the road map's, then those about realisations and worksheets.
    public var warnings: [Diagnostic]
}
