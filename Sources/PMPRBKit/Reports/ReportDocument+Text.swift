import Foundation

extension ReportDocument {
    /// The document as plain text with aligned columns, for a terminal.
    ///
    /// Widths count characters; a cell longer than `maxCellWidth` is cut with `…`.
    public func renderedText(maxCellWidth: Int = 58) -> String {
        var lines: [String] = [title, String(repeating: "=", count: title.count)]
        lines += subtitle
        if !alerts.isEmpty {
            lines.append("")
            lines += alerts.map { "!! " + $0 }
        }
        for section in sections {
            lines.append("")
            if !section.heading.isEmpty {
                lines.append(section.heading)
                lines.append(String(repeating: "-", count: section.heading.count))
            }
            lines += section.paragraphs
            if let table = section.table {
                lines += Self.textLines(table, maxCellWidth: maxCellWidth)
            }
            lines += section.footer
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func clip(_ text: String, _ width: Int) -> String {
        text.count <= width ? text : String(text.prefix(width - 1)) + "…"
    }

    private static func textLines(_ table: Table, maxCellWidth: Int) -> [String] {
        let rows = table.rows.enumerated().map { index, row in
            row.enumerated().map { column, cell in
                let indent = column == 0 && index < table.depths.count
                    ? String(repeating: "  ", count: table.depths[index]) : ""
                return clip(indent + cell, maxCellWidth)
            }
        }
        var widths = table.columns.map(\.count)
        for row in rows {
            for (column, cell) in row.enumerated() where column < widths.count {
                widths[column] = max(widths[column], cell.count)
            }
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { column, cell in
                let pad = String(repeating: " ", count: max(0, widths[column] - cell.count))
                return table.numeric.contains(column) ? pad + cell : cell + pad
            }.joined(separator: "  ").trimmingTrailingSpaces
        }
        let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
        return [line(table.columns), rule] + rows.map(line)
    }
}
