/// A report whose text format is a ``ReportDocument``, which can be fitted to a terminal's width.
public protocol FittedTextReport {
    /// The report as a document of sections.
    func document() -> ReportDocument
    /// Renders the report in a format, with lines of any length.
    func rendered(_ format: ReportFormat) -> String
}

extension FittedTextReport {
    /// Renders the report in a format; the text format fits `width` columns when one is given
    /// (``ReportDocument/renderedText(maxCellWidth:width:)``).
    public func rendered(_ format: ReportFormat, width: Int?) -> String {
        guard format == .text, let width else { return rendered(format) }
        return document().renderedText(width: width)
    }
}

extension ComparisonReport: FittedTextReport, SectionedReport {}
extension DiffReport: FittedTextReport, SectionedReport {}
extension AggregateReport: FittedTextReport, SectionedReport {}
