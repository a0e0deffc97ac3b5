extension UnitSummary {
    /// What a summary holds, as one value.
    ///
    /// A summary keeps it in one object (``Box``) that its copies share, so that a copy of a
    /// summary retains one reference rather than each of its strings and arrays: `compare`
    /// copies 20,000 summaries into its ranking and its areas, and a report walks the ranking
    /// several times (`docs/performance.md`). Setting a property makes a new object.
    ///
    /// Each value reads as a property of the summary: `summary.total` is `summary.values.total`.
    public struct Values: Hashable, Sendable {
        /// The instrument's id.
        public var instrumentID: String
        /// The unit as the worksheet names it; empty when not given.
        public var unit: String
        /// The year assessed, if given.
        public var year: Int?
        /// The worksheet's file, as the user named it.
        public var file: String
        /// The total, unrounded.
        public var total: Double
        /// The band of the total.
        public var band: Band?
        /// The predicate verdicts, in the instrument's order.
        public var predicates: [Verdict]
        /// How unanswered items were counted.
        public var missingAnswers: MissingAnswers
        /// The predicates the unit was declared to hold.
        public var heldPredicates: [HeldPredicate]
        /// The number of scored items.
        public var itemCount: Int
        /// The number of scored items with no answer.
        public var unansweredCount: Int
        /// The ids of the areas the worksheet shows, in the instrument's order; ``areaValues``
        /// holds their values. An area under a node given directly is not shown.
        public var areaIDs: [String]
        /// The value of each area in ``areaIDs``, in points.
        public var areaValues: [Double]
        /// The codes of the entries the worksheet shows, in the instrument's order: its scored
        /// items, and each node given directly in the place of its items.
        public var itemCodes: [String]
        /// The answers of the entries, packed (``UnitSummary/answers`` unpacks them).
        var storedAnswers: StoredAnswers
        /// The points of each entry in ``itemCodes``.
        public var points: [Double]
    }

    /// The object that holds a summary's ``Values``; never changed once made.
    final class Box: Sendable {
        let values: Values

        init(_ values: Values) {
            self.values = values
        }
    }

    /// Equal when the values are.
    public static func == (left: Self, right: Self) -> Bool {
        left.box === right.box || left.box.values == right.box.values
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(box.values)
    }
}
