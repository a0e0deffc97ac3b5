extension ReportDocument {
    /// The document as Markdown (GitHub flavour), with tables.
    ///
    /// Cell text is escaped so that a `|` or a line break from a worksheet cannot break a table.
    public func renderedMarkdown() -> String {
        var lines: [String] = ["# " + Self.escape(title), ""]
        if !subtitle.isEmpty {
            lines += subtitle.map { Self.escape($0) + "  " }
            lines.append("")
        }
        for alert in alerts {
            lines.append("> **" + Self.escape(alert) + "**")
            lines.append("")
        }
        for section in sections {
            if !section.heading.isEmpty {
                lines.append("## " + Self.escape(section.heading))
                lines.append("")
            }
            for paragraph in section.paragraphs {
                lines.append(Self.escape(paragraph))
                lines.append("")
            }
            if let table = section.table {
                lines += Self.tableLines(table)
                lines.append("")
            }
            for paragraph in section.footer {
                lines.append(Self.escape(paragraph))
                lines.append("")
            }
        }
        while lines.last == "" { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }

    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "|", "*", "_", "`", "<", ">", "[", "]", "\\": result += "\\" + String(character)
            case "\n", "\r", "\r\n": result += " "
            default: result.append(character)
            }
        }
        return result
    }

    private static func tableLines(_ table: Table) -> [String] {
        let header = "| " + table.columns.map(escape).joined(separator: " | ") + " |"
        let rule = "|" + table.columns.indices.map {
            table.isNumeric($0) ? "---:|" : "---|"
        }.joined()
        let rows = table.rows.enumerated().map { index, row in
            if table.groupRows.contains(index) {
                return "| **" + escape(row.first ?? "") + "** |"
                    + String(repeating: " |", count: max(0, table.columns.count - 1))
            }
            return "| " + row.enumerated().map { column, cell in
                let indent = column == 0 && index < table.depths.count
                    ? String(repeating: "&nbsp;&nbsp;", count: table.depths[index]) : ""
                return indent + escape(cell)
            }.joined(separator: " | ") + " |"
        }
        return [header, rule] + rows
    }
}
