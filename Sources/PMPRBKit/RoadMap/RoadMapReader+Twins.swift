extension RoadMapReader {
    /// Warns when two indicators of the same name (case and spaces ignored) set different
    /// targets for a year: a road map that gives an indicator in a summary table and again in
    /// its area table should give it the same figures (Banyumas' Tabel 3.2 against its area
    /// tables, one year apart).
    mutating func checkTwins() {
        var firstOfName: [String: RoadMap.Indicator] = [:]
        for indicator in indicators {
            let key = CategoryScale.key(indicator.name)
            guard let first = firstOfName[key] else {
                firstOfName[key] = indicator
                continue
            }
            let differing = indicator.targets.filter { target in
                guard let other = first.target(target.year) else { return false }
                return indicator.standing(of: target.value, against: other.value) != .same
            }
            let shared = indicator.targets.count { first.target($0.year) != nil }
            guard let example = differing.first, let other = first.target(example.year) else {
                continue
            }
            report(
                .warning,
                .twinTargetsDiffer(
                    code: indicator.code, twin: first.code, differing: differing.count,
                    shared: shared, year: example.year, value: example.value.text,
                    other: other.value.text),
                at: example.value.position, notes: [.twinOnLine(first.code, line: first.line)])
        }
    }
}
