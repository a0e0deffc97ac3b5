extension UnitSummary {
    /// What a summary holds, as one value.
    ///
    /// A summary keeps it in one object (``Box``) that its copies share, so that a copy of a
    /// summary retains one reference rather than each of its strings and arrays: `compare`
    /// copies 20,000 summaries into its ranking and its areas, and a report walks the ranking
    /// several times (`docs/performance.md`). Setting a property makes a new object.
    struct Values: Hashable, Sendable {
        var instrumentID: String
        var unit: String
        var year: Int?
        var file: String
        var total: Double
        var band: Band?
        var predicates: [Verdict]
        var missingAnswers: MissingAnswers
        var heldPredicates: [HeldPredicate]
        var itemCount: Int
        var unansweredCount: Int
        var areaIDs: [String]
        var areaValues: [Double]
        var itemCodes: [String]
        var storedAnswers: StoredAnswers
        var points: [Double]
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
