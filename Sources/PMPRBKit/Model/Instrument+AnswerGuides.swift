extension Instrument {
    /// Whether any item states what its answers mean (a `penjelasan` in the instrument file).
    public var hasAnswerGuides: Bool {
        nodes.contains { $0.guide != nil }
    }

    /// Warnings about scored items whose answers are not explained: an item without
    /// `penjelasan`, or a choice whose `penjelasan` leaves options out.
    ///
    /// An instrument with no `penjelasan` at all gets one warning rather than one per item.
    /// These are warnings, not errors: criteria are for the person answering and are never
    /// used in scoring (`docs/instrument-format.md`, "Criteria of answer options").
    ///
    /// - Parameter file: The path as the user typed it, used in the diagnostics.
    public func answerGuideWarnings(file: String?) -> [Diagnostic] {
        let items = nodes.filter { $0.kind == .butir }
        guard hasAnswerGuides else {
            guard let first = items.first else { return [] }
            return [
                .warning(
                    .instrument(.noGuides(id, items: items.count)), file: file,
                    at: SourcePosition(line: first.line), notes: [.instrument(.addGuideColumn)])
            ]
        }
        var warnings: [Diagnostic] = []
        for item in items {
            guard let guide = item.guide else {
                warnings.append(
                    .warning(
                        .instrument(.itemWithoutGuide(item.code)), file: file,
                        at: SourcePosition(line: item.line),
                        notes: [.instrument(.sayWhatOptionsMean)]))
                continue
            }
            guard let type = answerType(of: item) else { continue }
            let missing = guide.unexplained(in: type)
            if !missing.isEmpty {
                warnings.append(
                    .warning(
                        .instrument(.guideMissesOptions(item.code, missing)), file: file,
                        at: SourcePosition(line: item.line)))
            }
        }
        return warnings
    }
}
