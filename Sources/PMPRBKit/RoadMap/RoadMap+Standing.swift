/// How a value stands against another: better, the same, worse, or not comparable.
public enum Standing: String, Hashable, Sendable, Codable {
    /// Better in the indicator's direction.
    case better
    /// Equal (numbers within 10⁻⁹; the same category).
    case same
    /// Worse in the indicator's direction.
    case worse
    /// The two cannot be compared (two words not in one scale).
    case incomparable
}

extension RoadMap.Indicator {
    /// A value reduced to what comparisons need.
    enum Measure: Hashable {
        case number(Double)
        case rank(Int)
        case text(String)
    }

    /// The measure of a value: its number, or for a predikat its rank in the scale (a number
    /// is first turned into its category), or its text when the scale does not know it.
    func measure(_ value: RoadMapValue) -> Measure? {
        guard kind == .predikat else { return value.number.map(Measure.number) }
        if let grade = value.grade {
            if let rank = scale?.rank(of: grade) { return .rank(rank) }
            return .text(CategoryScale.key(grade))
        }
        if let number = value.number, let grade = scale?.grade(for: number),
            let rank = scale?.rank(of: grade.grade)
        {
            return .rank(rank)
        }
        return nil
    }

    /// How `value` stands against `reference` in this indicator's direction; a category's
    /// order is the scale's, whatever the direction.
    public func standing(of value: RoadMapValue, against reference: RoadMapValue) -> Standing {
        switch (measure(value), measure(reference)) {
        case (.number(let a)?, .number(let b)?):
            if abs(a - b) <= 1e-9 { return .same }
            return (a > b) == (direction == .naik) ? .better : .worse
        case (.rank(let a)?, .rank(let b)?):
            return a == b ? .same : (a < b ? .better : .worse)
        case (.text(let a)?, .text(let b)?):
            return a == b ? .same : .incomparable
        default:
            return .incomparable
        }
    }

    /// The category of a value: the grade written, or the scale's category of its number.
    public func category(of value: RoadMapValue) -> String? {
        if let grade = value.grade { return grade }
        return value.number.flatMap { scale?.grade(for: $0)?.grade }
    }
}
