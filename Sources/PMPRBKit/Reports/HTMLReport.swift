/// A report as one self-contained HTML file: the style is inline, nothing is fetched from a
/// network and no script runs, and the page is laid out for A4 paper.
///
/// Every text is escaped as it is written (``Swift/String/htmlEscaped``), so a unit name or an
/// answer from a worksheet is always shown as text, never read as markup.
struct HTMLReport {
    /// A part of the page.
    enum Block {
        /// A section of a ``ReportDocument``: heading, paragraphs, table, paragraphs.
        case section(ReportDocument.Section)
        /// A table whose value cells are coloured by share.
        case heatMap(HeatMap)
        /// Horizontal bars against their maxima.
        case chart(BarChart)
    }

    var title: String
    var subtitle: [String]
    var alerts: [String]
    var language: ReportLanguage
    var blocks: [Block]
    /// Style rules added after ``style`` (a landscape page, wider columns).
    var pageStyle = ""

    /// A page showing a document's sections in order.
    init(document: ReportDocument, language: ReportLanguage, blocks: [Block]? = nil) {
        title = document.title
        subtitle = document.subtitle
        alerts = document.alerts
        self.language = language
        self.blocks = blocks ?? document.sections.map(Block.section)
    }

    /// A page showing a document's sections in order, each followed by the charts that
    /// `chartsAfter` gives for it (found by the section's ``SectionRole``, never by its heading).
    init(
        document: ReportDocument, language: ReportLanguage,
        chartsAfter charts: (ReportDocument.Section) -> [Block]
    ) {
        self.init(
            document: document, language: language,
            blocks: document.sections.flatMap { [.section($0)] + charts($0) })
    }

    func rendered() -> String {
        var html = ["<header>", "<h1>\(title.htmlEscaped)</h1>"]
        if !subtitle.isEmpty {
            html.append(
                "<p class=\"subtitle\">" + subtitle.map(\.htmlEscaped).joined(separator: "<br>")
                    + "</p>")
        }
        html.append("</header>")
        for alert in alerts {
            html.append("<p class=\"alert\">\(alert.htmlEscaped)</p>")
        }
        for block in blocks {
            switch block {
            case .section(let section): html += Self.section(section)
            case .heatMap(let map): html += map.html()
            case .chart(let chart): html += chart.html()
            }
        }
        return HTMLPage.rendered(
            language: language, title: title,
            style: Self.style + (pageStyle.isEmpty ? "" : "\n" + pageStyle), forScreens: true,
            body: html)
    }

    static func section(_ section: ReportDocument.Section) -> [String] {
        var html = [section.isSummary ? "<section class=\"summary\">" : "<section>"]
        if !section.heading.isEmpty { html.append("<h2>\(section.heading.htmlEscaped)</h2>") }
        html += section.paragraphs.filter { !$0.isEmpty }.map { "<p>\($0.htmlEscaped)</p>" }
        if let table = section.table { html += Self.table(table) }
        html += section.footer.filter { !$0.isEmpty }.map { "<p>\($0.htmlEscaped)</p>" }
        html.append("</section>")
        return html
    }

    static func table(_ table: ReportDocument.Table) -> [String] {
        var html = ["<table>", "<thead><tr>"]
        for (column, title) in table.columns.enumerated() {
            html.append(cell("th", title, numeric: table.isNumeric(column)))
        }
        html += ["</tr></thead>", "<tbody>"]
        for (index, row) in table.rows.enumerated() {
            if table.groupRows.contains(index) {
                html.append(
                    "<tr class=\"group\"><td colspan=\"\(table.columns.count)\">"
                        + (row.first ?? "").htmlEscaped + "</td></tr>")
                continue
            }
            var cells: [String] = []
            for (column, value) in row.enumerated() {
                let depth = column == 0 && index < table.depths.count ? table.depths[index] : 0
                let style = depth > 0 ? " style=\"padding-left:\(4 + 10 * depth)px\"" : ""
                let numeric = table.isNumeric(column) ? " class=\"num\"" : ""
                cells.append("<td\(numeric)\(style)>\(value.htmlEscaped)</td>")
            }
            html.append("<tr>" + cells.joined() + "</tr>")
        }
        html += ["</tbody>", "</table>"]
        return html
    }

    static func cell(_ tag: String, _ text: String, numeric: Bool) -> String {
        "<\(tag)\(numeric ? " class=\"num\"" : "")>\(text.htmlEscaped)</\(tag)>"
    }

    /// The page's style: A4 paper, readable tables, colours that print.
    static let style = """
        @page { size: A4; margin: 14mm 12mm; }
        * { box-sizing: border-box; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        html { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 9.5pt; color: #111; }
        body { margin: 0 auto; max-width: 186mm; }
        @media screen {
          html { background: #e6e6e6; }
          body { background: #fff; max-width: 210mm; margin: 6mm auto; padding: 12mm; box-shadow: 0 0 4px rgba(0,0,0,.35); }
        }
        h1 { font-size: 14pt; margin: 0 0 2mm; }
        h2 { font-size: 11.5pt; margin: 5mm 0 1.5mm; padding-bottom: 1px; border-bottom: 1px solid #888; break-after: avoid; page-break-after: avoid; }
        p { margin: 1mm 0; }
        .subtitle { color: #333; }
        section.summary { border: 1.5px solid #333; padding: 0 3mm 1.5mm; margin: 3mm 0; break-inside: avoid; page-break-inside: avoid; }
        section.summary h2 { margin-top: 2mm; }
        .alert { border: 1px solid #b2182b; background: #fbe3e0; padding: 1.5mm 3mm; font-weight: bold; }
        table { border-collapse: collapse; width: 100%; margin: 1.5mm 0; font-size: 8.5pt; }
        th, td { border: 1px solid #bbb; padding: 1px 4px; text-align: left; vertical-align: top; }
        th { background: #eee; }
        thead { display: table-header-group; }
        tr { break-inside: avoid; page-break-inside: avoid; }
        tr.group td { font-weight: bold; background: #f2f2f2; border-top: 1.5px solid #555; break-after: avoid; page-break-after: avoid; }
        .num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
        table.heat td.h { text-align: right; white-space: nowrap; }
        .h0 { background: #d73027; color: #fff; }
        .h1 { background: #fc8d59; color: #111; }
        .h2 { background: #fee090; color: #111; }
        .h3 { background: #91bfdb; color: #111; }
        .h4 { background: #4575b4; color: #fff; }
        .s0 { background: #4575b4; }
        .s1 { background: #f4a582; }
        .legend { font-size: 8pt; margin: 1mm 0 2mm; }
        .legend span { display: inline-block; padding: 0 5px; margin: 0 3px 2px 0; border: 1px solid #999; }
        table.bars { border: none; margin: 1mm 0 3mm; }
        table.bars td { border: none; padding: 1px 4px; vertical-align: middle; }
        table.bars td.label { width: 34%; overflow-wrap: anywhere; }
        table.bars td.value { width: 22%; text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
        .track { position: relative; height: 10px; background: #fff; border: 1px solid #888; }
        .fill { position: absolute; left: 0; top: 0; bottom: 0; border-right: 2px solid #111; box-shadow: inset 0 0 0 1px #444; }
        td.below { background-image: repeating-linear-gradient(45deg, rgba(255,255,255,.45) 0 2px, transparent 2px 6px); font-weight: bold; }
        .mark { position: absolute; top: -2px; bottom: -2px; width: 0; border-left: 1.5px dashed #222; }
        .chart { break-inside: avoid; page-break-inside: avoid; }
        .legend .key { border: none; padding-left: 0; }
        .chart-title { font-weight: bold; margin: 3mm 0 0; break-after: avoid; page-break-after: avoid; }
        .chart-note { font-size: 8pt; color: #444; margin: 0; }
        """
}

extension ReportDocument {
    /// The document as one self-contained HTML page for A4 paper, every text escaped.
    ///
    /// - Parameter language: The language of the page (its `lang` attribute).
    public func renderedHTML(language: ReportLanguage = .id) -> String {
        HTMLReport(document: self, language: language).rendered()
    }
}
