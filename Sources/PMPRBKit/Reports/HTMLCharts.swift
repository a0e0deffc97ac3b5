/// The colour class of a share in the heat map and the bar charts: five bands whose edges are
/// 50%, the WBK minimum per area (60%), the WBBM minimum (75%) and 90%.
///
/// The palette (red, orange, yellow, light blue, blue) stays distinct for the common forms of
/// colour blindness, and every coloured cell also shows its number.
enum HeatBand {
    static let edges: [Double] = [50, 60, 75, 90]

    /// The class (`h0` … `h4`) of a share, decided on the percentage as published.
    static func cssClass(_ share: Double) -> String {
        let percent = Rounding.published(share * 100)
        return "h" + String(edges.filter { percent >= $0 - 1e-9 }.count)
    }

    /// The legend: each band's class and its range.
    static func legend(_ language: ReportLanguage) -> [(cssClass: String, label: String)] {
        let shown = edges.map { language.number($0, decimals: 0) + "%" }
        return [
            ("h0", "< " + shown[0]),
            ("h1", shown[0] + "–" + shown[1]),
            ("h2", shown[1] + "–" + shown[2]),
            ("h3", shown[2] + "–" + shown[3]),
            ("h4", "≥ " + shown[3]),
        ]
    }

    static func legendHTML(_ language: ReportLanguage) -> String {
        "<p class=\"legend\"><span class=\"key\">"
            + (language == .id ? "Warna:" : "Colour:") + "</span>"
            + legend(language).map {
                "<span class=\"\($0.cssClass)\">\($0.label.htmlEscaped)</span>"
            }
            .joined() + "</p>"
    }
}

/// A table whose value cells are coloured by share: the unit by area matrix.
struct HeatMap {
    /// A value cell: its text and the share that colours it, if any.
    struct Cell {
        var text: String
        var share: Double?
    }

    /// A row: label cells, then value cells.
    struct Row {
        var labels: [String]
        var cells: [Cell]
    }

    var heading: String
    var paragraphs: [String]
    /// The titles of the label columns; those in `numericLabels` are right-aligned.
    var labelColumns: [String]
    var numericLabels: Set<Int>
    /// The titles of the value columns, each with a longer title shown on hover.
    var valueColumns: [(title: String, hint: String)]
    var rows: [Row]
    var footer: [String]
    var language: ReportLanguage

    func html() -> [String] {
        var html = ["<section>", "<h2>\(heading.htmlEscaped)</h2>"]
        html += paragraphs.map { "<p>\($0.htmlEscaped)</p>" }
        html.append(HeatBand.legendHTML(language))
        html += ["<table class=\"heat\">", "<thead><tr>"]
        for (column, title) in labelColumns.enumerated() {
            html.append(HTMLReport.cell("th", title, numeric: numericLabels.contains(column)))
        }
        for column in valueColumns {
            html.append(
                "<th class=\"num\" title=\"\(column.hint.htmlEscaped)\">\(column.title.htmlEscaped)</th>"
            )
        }
        html += ["</tr></thead>", "<tbody>"]
        for row in rows {
            var cells = row.labels.enumerated().map { column, text in
                HTMLReport.cell("td", text, numeric: numericLabels.contains(column))
            }
            for cell in row.cells {
                let colour = cell.share.map { " " + HeatBand.cssClass($0) } ?? ""
                cells.append("<td class=\"h\(colour)\">\(cell.text.htmlEscaped)</td>")
            }
            html.append("<tr>" + cells.joined() + "</tr>")
        }
        html += ["</tbody>", "</table>"]
        html += footer.map { "<p class=\"chart-note\">\($0.htmlEscaped)</p>" }
        html.append("</section>")
        return html
    }
}

/// Horizontal bars, each against its own maximum (an area's weight), drawn with CSS so that a
/// long chart breaks across pages like a table.
struct BarChart {
    /// One bar.
    struct Bar {
        var label: String
        var value: Double
        var maximum: Double
        /// The value as shown beside the bar.
        var text: String
        /// The colour series for charts that pair bars; `nil` colours the bar by its share.
        var series: Int? = nil
    }

    var title: String
    var bars: [Bar]
    /// Shares of each bar's maximum at which a dashed line is drawn (the WBK and WBBM minima).
    var markers: [Double]
    var notes: [String]
    /// Whether a longer track stands for a larger maximum (bars of different weights), or every
    /// track has the same length.
    var tracksByMaximum: Bool

    func html() -> [String] {
        var html = ["<div class=\"chart\">", "<p class=\"chart-title\">\(title.htmlEscaped)</p>"]
        html.append("<table class=\"bars\">")
        let largest = bars.map(\.maximum).max() ?? 0
        for bar in bars {
            let track = tracksByMaximum && largest > 0 ? bar.maximum / largest : 1
            let share = bar.maximum > 0 ? min(1, max(0, bar.value / bar.maximum)) : 0
            let colour = bar.series.map { "s\($0)" } ?? HeatBand.cssClass(share)
            var inner =
                "<div class=\"fill \(colour)\" style=\"width:\(Self.percent(share))\"></div>"
            for marker in markers {
                inner += "<div class=\"mark\" style=\"left:\(Self.percent(marker))\"></div>"
            }
            html.append(
                "<tr><td class=\"label\">\(bar.label.htmlEscaped)</td>"
                    + "<td><div class=\"track\" style=\"width:\(Self.percent(track))\">\(inner)</div></td>"
                    + "<td class=\"value\">\(bar.text.htmlEscaped)</td></tr>")
        }
        html.append("</table>")
        html += notes.map { "<p class=\"chart-note\">\($0.htmlEscaped)</p>" }
        html.append("</div>")
        return html
    }

    /// A CSS percentage with two decimals and a decimal point.
    static func percent(_ share: Double) -> String {
        LocaleNumber.format(share * 100, decimals: 2, decimalComma: false) + "%"
    }
}
