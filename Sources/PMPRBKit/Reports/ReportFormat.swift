/// The output formats of the reports.
public enum ReportFormat: String, CaseIterable, Hashable, Sendable {
    /// Plain text for a terminal, aligned columns.
    case text
    /// JSON for programs; stable keys (`docs/output-formats.md`).
    case json
    /// CSV for programs and spreadsheets; stable columns (`docs/output-formats.md`).
    case csv
    /// Markdown tables, for a wiki or a report.
    case markdown
    /// One self-contained HTML page for a browser or A4 paper, with charts.
    case html
}

/// The language of reports that people read.
public enum ReportLanguage: String, CaseIterable, Hashable, Sendable {
    /// Bahasa Indonesia, with decimal commas (the default).
    case id
    /// English, with decimal points.
    case en

    /// Whether numbers shown to people use a decimal comma.
    public var usesDecimalComma: Bool { self == .id }

    /// A number with two decimals in this language's decimal mark.
    public func number(_ value: Double, decimals: Int = 2) -> String {
        LocaleNumber.format(value, decimals: decimals, decimalComma: usesDecimalComma)
    }

    /// A share (0...1) as a percentage with two decimals: `75,38%`.
    public func percent(_ share: Double) -> String {
        number(share * 100) + "%"
    }
}
