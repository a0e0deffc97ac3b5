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
                "targets of '\(indicator.code)' differ from those of '\(first.code)', an indicator "
                    + "of the same name, in \(differing.count) of \(shared) year(s): "
                    + "\(example.year) '\(example.value.text)' against '\(other.value.text)'",
                at: example.value.position,
                notes: [
                    "'\(first.code)' is on line \(first.line); give one set of targets, or name "
                        + "the two indicators apart"
                ])
        }
    }
}
