extension PlanSection {
    /// For a band that needs every *target baik* met (A, with A− in its place), that rule and
    /// the lines still below their target.
    func targetParagraphs() -> [String] {
        guard let grade = plan.targetGrade else { return [] }
        let language = labels.language
        var lines = [
            language == .id
                ? "\(grade) memerlukan nilai dalam rentang \(grade) dan setiap baris bertarget "
                    + "baik memenuhi targetnya."
                : "\(grade) needs a score in \(grade)'s range and every line with a target "
                    + "meeting it."
        ]
        for miss in plan.missedTargets {
            let value = miss.value.map { language.number($0) } ?? labels.unanswered
            lines.append(
                (language == .id ? "Di bawah target: " : "Below its target: ")
                    + "\(miss.code) \(miss.title) (\(value) < \(language.number(miss.target)))")
        }
        return lines
    }
}
