extension RoadMapValue {
    /// The number without trailing zeros: up to four decimals, in the chosen decimal mark
    /// (`62`, `3,5`, `66,68`).
    static func plain(_ number: Double, decimalComma: Bool) -> String {
        var text = LocaleNumber.format(number, decimals: 4, decimalComma: decimalComma)
        let mark: Character = decimalComma ? "," : "."
        guard text.contains(mark) else { return text }
        while text.last == "0" { text.removeLast() }
        if text.last == mark { text.removeLast() }
        return text
    }

    /// The value as a report shows it: the number in the chosen decimal mark (with `%` when
    /// written so) or the category, then the labels in brackets, then a category derived from
    /// the scale when no label says it.
    func shown(decimalComma: Bool, category: String? = nil) -> String {
        var text: String
        if let number {
            text = Self.plain(number, decimalComma: decimalComma) + (isPercent ? "%" : "")
        } else {
            text = grade ?? self.text
        }
        for label in labels { text += " (\(label))" }
        if let category, number != nil,
            !labels.contains(where: { CategoryScale.key($0) == CategoryScale.key(category) })
        {
            text += " (\(category))"
        }
        return text
    }
}
