import PMPRBPlatform

extension ComparisonReport {
    /// Runs a function for every index of `0..<count` and returns the results in index order;
    /// it may run them on several threads at once.
    public typealias SectionMap = (_ count: Int, _ body: @Sendable (Int) -> String) -> [String]

    /// The text form, fitted to `width` columns when one is given: what
    /// `rendered(.text, width:)` gives, with each section built and written by `map`.
    ///
    /// The ranking and the matrix of 20,000 units are each a table of 20,000 rows; a `map` that
    /// runs them on two threads halves the time of a report written after every worksheet was
    /// read. The text never depends on how `map` runs them.
    public func renderedText(width: Int?, map: SectionMap) -> String {
        let makers = sectionMakers()
        let sections = map(makers.count) { index in
            ReportDocument.sectionText(
                makers[index](), maxCellWidth: ReportDocument.textCellWidth, width: width)
        }
        return ReportDocument.joinedText(head: head().headText(width: width), sections: sections)
    }
}
