extension UnitSummary {
    /// Whether the unit meets each predicate, by name, as the JSON reports write it
    /// (`predicates`).
    var predicatesByName: [String: Bool] {
        Dictionary(self.predicates.map { ($0.name, $0.holds) }, uniquingKeysWith: { $1 })
    }

    /// Whether the values meet each predicate's criteria, by name (`scoreCriteriaMet`).
    var scoreCriteriaByName: [String: Bool] {
        Dictionary(
            self.predicates.map { ($0.name, $0.scoreCriteriaHold) }, uniquingKeysWith: { $1 })
    }
}
