/// The colour class of a share in the heat map and the bar charts: five bands whose edges are
/// 50%, the instrument's minima per area (for `zi-2021` the WBK minimum, 60%, and the WBBM
/// minimum, 75%: PermenPANRB 90/2021 Lamp. II Tabel 6 hlm. 58) and 90%; without minima, 60% and
/// 75%.
///
/// The palette (red, orange, yellow, light blue, blue) stays distinct for the common forms of
/// colour blindness, and nothing is told by colour alone: every coloured cell shows its number,
/// a cell below the lowest minimum is marked `▼` and hatched, and a bar has a dark outline, so
/// that a grayscale print keeps it all.
enum HeatBand {
    static let defaultEdges: [Double] = [50, 60, 75, 90]

    /// The edges for an instrument's minima per area (shares, 0-1): 50%, the lowest two minima
    /// and 90%, in percent.
    static func edges(markers: [Double]) -> [Double] {
        guard !markers.isEmpty else { return defaultEdges }
        let minima = Set(markers.map { Rounding.published($0 * 100) }).sorted().prefix(2)
        return Array(Set([50, 90] + minima)).sorted()
    }

    /// The class (`h0` … `h4`) of a share, decided on the percentage as published.
    static func cssClass(_ share: Double, edges: [Double] = defaultEdges) -> String {
        let percent = Rounding.published(share * 100)
        return "h" + String(min(4, edges.filter { Rounding.reaches(percent, $0) }.count))
    }

    /// Whether a share is below the lowest minimum per area (marked `▼`).
    static func isBelow(_ share: Double, markers: [Double]) -> Bool {
        guard let lowest = markers.min() else { return false }
        return !Rounding.reaches(
            Rounding.published(share * 100), Rounding.published(lowest * 100))
    }

    /// The legend: each band's class and its range.
    static func legend(_ language: ReportLanguage, edges: [Double]) -> [(cssClass: String, label: String)] {
        let shown = edges.map { language.number($0, decimals: 0) + "%" }
        var legend = [("h0", "< " + shown[0])]
        for index in 1..<shown.count {
            legend.append(("h\(index)", shown[index - 1] + "–" + shown[index]))
        }
        legend.append(("h\(shown.count)", "≥ " + shown[shown.count - 1]))
        return legend
    }

    static func legendHTML(
        _ language: ReportLanguage, edges: [Double] = defaultEdges, markers: [Double] = []
    ) -> String {
        var keys = legend(language, edges: edges).map {
            "<span class=\"\($0.cssClass)\">\($0.label.htmlEscaped)</span>"
        }
        if let lowest = markers.min() {
            keys.append(
                "<span class=\"key\">▼ "
                    + (language == .id ? "di bawah batas " : "below the minimum ")
                    + language.percent(lowest).htmlEscaped + "</span>")
        }
        return "<p class=\"legend\"><span class=\"key\">"
            + (language == .id ? "Warna:" : "Colour:") + "</span>" + keys.joined() + "</p>"
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
    /// The instrument's minima per area (shares), which set the colour edges and the `▼` mark.
    var markers: [Double] = []

    func html() -> [String] {
        let edges = HeatBand.edges(markers: markers)
        var html = ["<section>", "<h2>\(heading.htmlEscaped)</h2>"]
        html += paragraphs.map { "<p>\($0.htmlEscaped)</p>" }
        html.append(HeatBand.legendHTML(language, edges: edges, markers: markers))
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
                let colour = cell.share.map { " " + HeatBand.cssClass($0, edges: edges) } ?? ""
                let below = cell.share.map { HeatBand.isBelow($0, markers: markers) } ?? false
                cells.append(
                    "<td class=\"h\(colour)\(below ? " below" : "")\">"
                        + (below ? "▼ " : "") + "\(cell.text.htmlEscaped)</td>")
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

    /// Bars of areas against their weights, with a dashed line at each predicate's minimum
    /// share of every area and a note under the chart that names them.
    static func areas(
        _ title: String, bars: [Bar], thresholds: [(predicate: String, threshold: Double)],
        words: some TableWords
    ) -> BarChart {
        BarChart(
            title: title, bars: bars, markers: thresholds.map(\.threshold),
            notes: thresholds.isEmpty ? [] : [words.thresholdNote(thresholds)],
            tracksByMaximum: true)
    }

    func html() -> [String] {
        var html = ["<div class=\"chart\">", "<p class=\"chart-title\">\(title.htmlEscaped)</p>"]
        html.append("<table class=\"bars\">")
        let largest = bars.map(\.maximum).max() ?? 0
        for bar in bars {
            let track = tracksByMaximum && largest > 0 ? bar.maximum / largest : 1
            let share = bar.maximum > 0 ? min(1, max(0, bar.value / bar.maximum)) : 0
            let colour = bar.series.map { "s\($0)" }
                ?? HeatBand.cssClass(share, edges: HeatBand.edges(markers: markers))
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
