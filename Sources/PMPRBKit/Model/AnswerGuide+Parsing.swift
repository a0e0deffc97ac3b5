extension AnswerGuide {
    /// Why a `penjelasan` cell cannot be read, with the offset (in Unicode scalars) of the
    /// offending part inside the cell.
    struct ParseFailure: Error, Equatable {
        var message: InstrumentMessage
        var offset: Int
        var notes: [InstrumentMessage]
    }

    /// Reads a `penjelasan` cell for an item of an answer type.
    ///
    /// For a choice the cell is `LABEL: text | LABEL: text | …`, and every label must be an
    /// option of `type` (compared without case, stored as the type writes it), at most once.
    /// For any other type the whole cell is the general text.
    ///
    /// - Returns: The guide, or `nil` for an empty cell.
    /// - Throws: ``ParseFailure`` at the first part that is not an option's criterion.
    ///
    /// A well-formed cell is read on its UTF-8 bytes (``parseBytes(_:options:)``); anything
    /// else, and every error, goes through the reading by `Character`, which gives the
    /// same guide (`AnswerGuideByteParsingTests`).
    ///
    /// - Parameter labels: The options' labels as ``loweredLabels(_:)`` makes them, when the
    ///   caller reads many cells of one type; by default made here.
    static func parse(_ cell: String, for type: AnswerType, labels: [String]? = nil)
        throws(ParseFailure) -> AnswerGuide?
    {
        let trimmed = cell.trimmed
        guard !trimmed.isEmpty else { return nil }
        guard case .options(let options) = type.conversion else {
            return AnswerGuide(general: trimmed)
        }
        if let guide = parseBytes(cell, options: options, labels: labels) { return guide }
        return try parseByCharacter(cell, for: type)
    }

    /// ``parse(_:for:)`` by `Character`: the reference reading, and the one that reports.
    static func parseByCharacter(_ cell: String, for type: AnswerType) throws(ParseFailure)
        -> AnswerGuide?
    {
        guard !cell.trimmed.isEmpty else { return nil }
        guard case .options(let options) = type.conversion else {
            return AnswerGuide(general: cell.trimmed)
        }
        let allowed = options.map(\.label).joined(separator: "/")
        let expected = InstrumentMessage.writeGuide(type: type.id, options: allowed)
        var found: [String: String] = [:]
        var offset = 0
        for part in cell.split(separator: "|", omittingEmptySubsequences: false) {
            let segment = String(part)
            let lead = segment.unicodeScalars.prefix { $0 == " " || $0 == "\t" }.count
            defer { offset += segment.unicodeScalars.count + 1 }
            guard let colon = segment.firstIndex(of: ":") else {
                throw ParseFailure(
                    message: .guidePartNamesNoOption(segment.trimmed),
                    offset: offset + lead, notes: [expected])
            }
            let label = String(segment[..<colon]).trimmed
            let text = String(segment[segment.index(after: colon)...]).trimmed
            guard let option = options.first(where: { $0.label.lowercased() == label.lowercased() })
            else {
                var notes = [InstrumentMessage.optionsOfType(type.id, options: allowed)]
                if label.count > 2,
                    let near = Suggestion.nearest(to: label, among: options.map(\.label))
                {
                    notes.insert(.didYouMean(near), at: 0)
                }
                throw ParseFailure(
                    message: .guideUnknownOption(label, type: type.id),
                    offset: offset + lead, notes: notes)
            }
            guard found[option.label] == nil else {
                throw ParseFailure(
                    message: .guideOptionTwice(option.label),
                    offset: offset + lead, notes: [expected])
            }
            guard !text.isEmpty else {
                throw ParseFailure(
                    message: .guideOptionEmpty(option.label),
                    offset: offset + lead, notes: [expected])
            }
            found[option.label] = text
        }
        return AnswerGuide(
            entries: options.compactMap { option in
                found[option.label].map { Entry(label: option.label, text: $0) }
            })
    }

    /// The options of a choice that the guide does not explain, in option order.
    func unexplained(in type: AnswerType) -> [String] {
        guard general == nil, case .options(let options) = type.conversion else { return [] }
        return options.map(\.label).filter { text(for: $0) == nil }
    }
}
