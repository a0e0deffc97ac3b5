/// A report that people read as a document of sections (text, Markdown, HTML) and programs read
/// as JSON and CSV. Every report renders its formats through ``rendered(format:)``, the one
/// switch over ``ReportFormat``, so that a new format is added in one place and the compiler
/// lists what each report must give for it.
protocol SectionedReport {
    /// The language of the text, Markdown and HTML forms.
    var language: ReportLanguage { get }
    /// The terminal's width in columns for the text form, or `nil` for lines of any length.
    var textWidth: Int? { get }
    /// The report as a document of sections: the text and Markdown forms.
    func document() -> ReportDocument
    /// The JSON form (`docs/output-formats.md`).
    func renderedJSON() -> String
    /// The CSV form (`docs/output-formats.md`).
    func renderedCSV() -> String
    /// The HTML form: one self-contained page.
    func renderedHTML() -> String
}

extension SectionedReport {
    var textWidth: Int? { nil }

    /// The HTML form of the document, without charts.
    func renderedHTML() -> String { document().renderedHTML(language: language) }

    /// Renders the report in a format.
    func rendered(format: ReportFormat) -> String {
        switch format {
        case .text: document().renderedText(width: textWidth)
        case .markdown: document().renderedMarkdown()
        case .json: renderedJSON()
        case .csv: renderedCSV()
        case .html: renderedHTML()
        }
    }
}
