extension FilledLKE {
    /// The page as one self-contained HTML file for A4 landscape paper: inline style, no
    /// script, nothing fetched; every text from the worksheet or the instrument is escaped.
    public func rendered() -> String {
        let unit = card.unit.isEmpty ? labels.notGiven : card.unit
        let year = card.year.map(String.init) ?? labels.notGiven
        var html = [
            "<header>",
            "<h1>\(labels.heading.htmlEscaped)</h1>",
            "<p>" + [
                card.instrumentTitle + " (" + card.instrumentID + ")",
                labels.unit + ": " + unit + " · " + labels.year + ": " + year,
                labels.printed + ": " + printDate,
            ].map(\.htmlEscaped).joined(separator: "<br>") + "</p>",
            "</header>",
        ]
        if card.isIncomplete {
            html.append(
                "<p class=\"alert\">\(card.unansweredCount) \(labels.incomplete.htmlEscaped)</p>")
        }
        if let evidence, evidence.isRequired {
            let text = labels.evidenceRequired + " "
                + language.number(evidence.totalWithEvidenceRequired) + "; " + labels.asAnswered
                + " " + language.number(evidence.totalAsAnswered) + "."
            html.append("<p class=\"alert\">\(text.htmlEscaped)</p>")
        }
        html += table()
        if instrument.hasAnswerGuides {
            let note = labels.sourceNote + " 'pmprb instrumen show " + instrument.id + "'."
            html.append("<p class=\"note\">\(note.htmlEscaped)</p>")
        }
        html += signatureBlock()
        return HTMLPage.rendered(
            language: language, title: labels.heading + " - " + unit + " " + year,
            style: Self.style + "\n" + marginBoxes(unit: unit, year: year), forScreens: false,
            body: html)
    }

    private func table() -> [String] {
        var html = [
            "<table class=\"lke\">",
            "<colgroup>" + Self.columnWidths.map { "<col style=\"width:\($0)%\">" }.joined()
                + "</colgroup>",
            "<thead><tr>" + labels.columns.enumerated().map { column, title in
                "<th\(Self.numericColumns.contains(column) ? " class=\"num\"" : "")>"
                    + title.htmlEscaped + "</th>"
            }.joined() + "</tr></thead>",
            "<tbody>",
        ]
        for line in lines() { html.append(row(line)) }
        html += ["</tbody>", "</table>"]
        return html
    }

    /// Column widths in percent: code, item, weight, criterion, options, answer, value, %,
    /// evidence, note.
    static let columnWidths = [7, 24, 5, 22, 6, 6, 5, 6, 11, 8]
    static let numericColumns: Set<Int> = [2, 6, 7]

    private func row(_ line: Line) -> String {
        let kind: String
        switch line.kind {
        case .heading: kind = "hd " + (line.level?.rawValue ?? "")
        case .item: kind = "it"
        case .input: kind = "in"
        case .total: kind = "tot"
        }
        let indent = " style=\"padding-left:\(3 + 6 * line.depth)px\""
        let cells = [
            "<td class=\"code\">\(line.code.htmlEscaped)</td>",
            "<td\(indent)>\(line.title.htmlEscaped)</td>",
            "<td class=\"num\">\(line.weight.htmlEscaped)</td>",
            "<td>\(line.criterion.htmlEscaped)</td>",
            "<td class=\"opt\">\(line.options.htmlEscaped)</td>",
            "<td class=\"ans\">\(line.answer.htmlEscaped)</td>",
            "<td class=\"num\">\(line.value.htmlEscaped)</td>",
            "<td class=\"num\">\(line.percent.htmlEscaped)</td>",
            "<td class=\"ev\">\(evidence(line.evidence))</td>",
            "<td>\(line.note.htmlEscaped)</td>",
        ]
        return "<tr class=\"\(kind)\">" + cells.joined() + "</tr>"
    }

    /// Evidence as text, with a web address also a link.
    private func evidence(_ text: String) -> String {
        let trimmed = text.trimmed
        guard trimmed.hasPrefix("https://") || trimmed.hasPrefix("http://"),
            !trimmed.contains(" ")
        else { return text.htmlEscaped }
        return "<a href=\"\(trimmed.htmlEscaped)\">\(trimmed.htmlEscaped)</a>"
    }

    private func signatureBlock() -> [String] {
        let blank = "...................................."
        func filled(_ text: String) -> String { text.isEmpty ? blank : text.htmlEscaped }
        let date = signature.date.isEmpty ? printDate : signature.date
        return [
            "<div class=\"sign\">",
            "<p>\(filled(signature.place)), \(date.htmlEscaped)</p>",
            "<p>\(filled(signature.role))</p>",
            "<p class=\"space\"></p>",
            "<p class=\"name\">\(filled(signature.name))</p>",
            "</div>",
        ]
    }

    /// The page margins: the worksheet named at the top left, the print date at the top
    /// right, and the page number at the bottom right.
    private func marginBoxes(unit: String, year: String) -> String {
        func css(_ text: String) -> String {
            var result = "\""
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"", "\\", "<", ">", "\n", "\r":
                    result += "\\" + String(scalar.value, radix: 16) + " "
                default: result.unicodeScalars.append(scalar)
                }
            }
            return result + "\""
        }
        let top = card.instrumentID + " · " + unit + " · " + labels.year + " " + year
        return """
            @page {
              @top-left { content: \(css(top)); font-size: 7.5pt; }
              @top-right { content: \(css(labels.printed + " " + printDate)); font-size: 7.5pt; }
              @bottom-right { content: \(css(labels.page + " ")) counter(page) \(css(" " + labels.of + " ")) counter(pages); font-size: 7.5pt; }
            }
            """
    }

    /// The style: A4 landscape, black on white, kinds of rows told apart by weight, case and
    /// borders rather than by colour.
    static let style = """
        @page { size: A4 landscape; margin: 13mm 9mm 13mm 9mm; }
        * { box-sizing: border-box; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        html { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 8pt; color: #000; }
        body { margin: 0; }
        @media screen { body { max-width: 297mm; margin: 4mm auto; padding: 6mm; } }
        h1 { font-size: 13pt; margin: 0 0 1mm; }
        header p { margin: 0 0 2mm; }
        .alert { border: 2px solid #000; padding: 1mm 3mm; font-weight: bold; }
        table.lke { border-collapse: collapse; width: 100%; table-layout: fixed; }
        table.lke th, table.lke td { border: 0.6pt solid #555; padding: 1px 3px; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
        table.lke th { background: #fff; border-bottom: 1.5pt solid #000; font-weight: bold; }
        thead { display: table-header-group; }
        tr { break-inside: avoid; page-break-inside: avoid; }
        .num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
        td.code { white-space: nowrap; font-size: 7.5pt; }
        td.ans { font-weight: bold; text-align: center; }
        td.opt { text-align: center; font-size: 7pt; }
        td.ev { font-size: 7pt; }
        td.ev a { color: #000; }
        tr.hd td { font-weight: bold; background: #efefef; }
        tr.hd.komponen td { text-transform: uppercase; border-top: 1.5pt solid #000; background: #dcdcdc; }
        tr.hd.aspek td { text-transform: uppercase; }
        tr.hd.subindikator td { font-style: italic; background: #fff; }
        tr.in td { font-style: italic; font-size: 7.5pt; }
        tr.tot td { font-weight: bold; border-top: 1.5pt solid #000; border-bottom: 1.5pt solid #000; }
        .note { font-size: 7.5pt; margin: 2mm 0; }
        .sign { width: 80mm; margin: 8mm 0 0 auto; break-inside: avoid; page-break-inside: avoid; }
        .sign p { margin: 0 0 1mm; }
        .sign .space { height: 18mm; }
        .sign .name { font-weight: bold; text-decoration: underline; }
        """
}
