/// The parts of an instrument that a comparison of many worksheets shows: its areas and its
/// scored items, in the instrument's order.
///
/// A ``UnitSummary`` keeps its values keyed by area id and item code (a worksheet that gives a
/// node directly shows other entries); the outline holds the titles and weights once, so that a
/// summary needs none of its own.
public struct InstrumentOutline: Hashable, Sendable {
    /// An area of change, such as *Manajemen Perubahan*, summed over its aspects.
    public struct AreaInfo: Hashable, Sendable {
        /// The area id, e.g. `MP`.
        public var id: String
        /// The area's name.
        public var title: String
        /// The area's weight in points.
        public var weight: Double
    }

    /// A scored item (*butir*), or a node a worksheet may give directly (*nilai langsung*).
    public struct ItemInfo: Hashable, Sendable {
        /// The item's code.
        public var code: String
        /// The item's summary.
        public var title: String
        /// The id of its area, or `nil` for a result (*hasil*) indicator.
        public var areaID: String?
    }

    /// The instrument.
    public var instrument: Instrument
    /// The areas, in order.
    public var areas: [AreaInfo]
    /// The entries a worksheet may show, in the instrument's order: every scored item, and
    /// every node that a worksheet may give directly in the place of its items.
    public var items: [ItemInfo]

    /// Creates the outline of an instrument.
    public init(_ instrument: Instrument) {
        self.instrument = instrument
        areas = instrument.areaGroups.map { group in
            AreaInfo(
                id: group.id,
                title: group.nodes.first.map { instrument.nodes[$0].title } ?? group.id,
                weight: group.nodes.compactMap { instrument.nodes[$0].weight }.reduce(0, +))
        }
        items = instrument.nodes.indices.compactMap { offset in
            let node = instrument.nodes[offset]
            guard node.kind == .butir || node.directTypeID != nil else { return nil }
            return ItemInfo(
                code: node.code, title: node.title, areaID: instrument.areaID(of: offset))
        }
    }

    /// The instrument's id.
    public var id: String { instrument.id }

    /// The predicates the instrument checks, in order (`WBK`, `WBBM`).
    public var predicates: [String] { instrument.predicates }

    /// The thresholds of the instrument's every-area criteria (0,60 for WBK, 0,75 for WBBM), by
    /// predicate, in order.
    public var areaThresholds: [(predicate: String, threshold: Double)] {
        instrument.criteria.compactMap { criterion in
            guard case .everyArea = criterion.target else { return nil }
            return (criterion.predicate, criterion.threshold)
        }
    }

    /// The share of an area's weight below which `compare` lists a unit as weak when no
    /// threshold is given: the lowest threshold of the instrument's every-area criteria (for
    /// `zi-2021` the WBK minimum, 0,60: PermenPANRB 90/2021 Lamp. II Tabel 6 hlm. 58), else
    /// ``fallbackWeakAreaThreshold``.
    public var weakAreaThreshold: Double {
        areaThresholds.map(\.threshold).min() ?? Self.fallbackWeakAreaThreshold
    }

    /// The weak-area threshold of an instrument without every-area criteria (the `rb-*`
    /// instruments): 0,60, the share the WBK minimum uses, chosen so that the reports of every
    /// instrument read alike. No regulation sets a weak-area share for them
    /// (`docs/methodology.md`, section 6.1).
    public static let fallbackWeakAreaThreshold = 0.6
}

extension InstrumentOutline {
    /// One entry of the outline as two worksheets show it.
    struct EntryPair {
        var item: ItemInfo
        var first: (answer: ShownAnswer, points: Double)
        var second: (answer: ShownAnswer, points: Double)
    }

    /// The entries that either of two summaries shows, in the instrument's order, matched by
    /// code; an entry one summary does not show (an item under a node it gives directly, or a
    /// node it does not give directly) reads as no answer and 0 points there.
    func pairedEntries(_ first: UnitSummary, _ second: UnitSummary) -> [EntryPair] {
        let left = first.entryIndex()
        let right = second.entryIndex()
        // The answers are unpacked once per summary (`UnitSummary.StoredAnswers`).
        let (leftAnswers, rightAnswers) = (first.answers, second.answers)
        func side(
            _ summary: UnitSummary, _ answers: [ShownAnswer], _ index: [String: Int], _ code: String
        ) -> (answer: ShownAnswer, points: Double)? {
            index[code].map { (answers[$0], summary.points[$0]) }
        }
        return items.compactMap { item in
            let a = side(first, leftAnswers, left, item.code)
            let b = side(second, rightAnswers, right, item.code)
            guard a != nil || b != nil else { return nil }
            return EntryPair(
                item: item, first: a ?? (ShownAnswer.none, 0), second: b ?? (ShownAnswer.none, 0))
        }
    }
}
