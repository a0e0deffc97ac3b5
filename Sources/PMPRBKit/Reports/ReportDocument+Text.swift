import PMPRBPlatform

extension ReportDocument {
    /// The document as plain text with aligned columns, for a terminal.
    ///
    /// Widths count characters; a cell longer than `maxCellWidth` is cut with `…`. With a
    /// `width` (the terminal's columns), paragraphs wrap at it and a table wider than it has its
    /// widest text columns cut until the table fits, so that no line is longer than `width`.
    public func renderedText(maxCellWidth: Int = textCellWidth, width: Int? = nil) -> String {
        Self.joinedText(
            head: headText(width: width),
            sections: sections.map {
                Self.sectionText($0, maxCellWidth: maxCellWidth, width: width)
            })
    }

    /// The widest a cell of a text table is written, in characters.
    public static let textCellWidth = 58

    /// The text of the title, subtitle and alerts (``renderedText(maxCellWidth:width:)``
    /// without the sections).
    func headText(width: Int?) -> String {
        let wrap = { (text: String) in width.map { Self.wrapped(text, width: $0) } ?? [text] }
        let titleLines = wrap(title)
        let rule = titleLines.map(\.count).max() ?? 0
        var lines: [String] = titleLines + [String(repeating: "=", count: rule)]
        lines += subtitle.flatMap(wrap)
        if !alerts.isEmpty {
            lines.append("")
            lines += alerts.flatMap { wrap("!! " + $0) }
        }
        return lines.joined(separator: "\n")
    }

    /// The text of one section, from the blank line before it; sections can be written apart
    /// (on several threads) and joined by ``joinedText(head:sections:)``.
    static func sectionText(_ section: Section, maxCellWidth: Int, width: Int?) -> String {
        let wrap = { (text: String) in width.map { Self.wrapped(text, width: $0) } ?? [text] }
        var lines = [""]
        if !section.heading.isEmpty {
            lines.append(section.heading)
            lines.append(String(repeating: "-", count: section.heading.count))
        }
        lines += section.paragraphs.flatMap(wrap)
        if let table = section.table {
            lines += Self.textLines(table, maxCellWidth: maxCellWidth, width: width)
        }
        lines += section.footer.flatMap(wrap)
        return lines.joined(separator: "\n")
    }

    /// The whole text from the head's and the sections' texts: every line, each ended by a
    /// line break (neither the head nor a section is empty: each has a line at least).
    static func joinedText(head: String, sections: [String]) -> String {
        var text = head
        text.reserveCapacity(sections.reduce(head.utf8.count + 1) { $0 + $1.utf8.count + 1 })
        for section in sections {
            text += "\n"
            text += section
        }
        text += "\n"
        return text
    }

    private static func clip(_ text: String, _ width: Int) -> String {
        text.count <= width ? text : String(text.prefix(max(0, width - 1))) + "…"
    }

    /// ``clip(_:_:)`` of a text of `count` characters longer than `width`, with the
    /// characters of the result. An ASCII text without a CR LF pair, whose characters are its
    /// bytes, is cut on its bytes.
    private static func clipped(_ text: String, _ count: Int, _ width: Int) -> (String, Int) {
        guard text.utf8.count == count else {
            let cell = clip(text, width)
            return (cell, cell.count)
        }
        let kept = max(0, width - 1)
        return (String(decoding: text.utf8.prefix(kept), as: UTF8.self) + "…", kept + 1)
    }

    /// A paragraph broken at spaces into lines of at most `width` characters; a continuation
    /// line is indented by two spaces (three after a `!! ` alert mark). A word longer than a line
    /// is cut.
    static func wrapped(_ text: String, width: Int) -> [String] {
        guard text.count > width, width > 8 else { return [text] }
        let indent = text.hasPrefix("!! ") ? "   " : "  "
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            let prefix = lines.isEmpty ? "" : indent
            if current.isEmpty {
                current = String(word)
            } else if prefix.count + current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(clip(prefix + current, width))
                current = String(word)
            }
        }
        lines.append(clip((lines.isEmpty ? "" : indent) + current, width))
        return lines
    }

    private static func textLines(_ table: Table, maxCellWidth: Int, width: Int?) -> [String] {
        let full = table.rows.enumerated().map { index, row in
            row.enumerated().map { column, cell in
                let indent = column == 0 && index < table.depths.count
                    ? String(repeating: "  ", count: table.depths[index]) : ""
                return indent + cell
            }
        }
        // Each cell's characters are counted once: a table of 20,000 units has 300,000 cells.
        let counts = full.map { $0.map(characterCount) }
        var widths = table.columns.map(\.count)
        for (index, row) in counts.enumerated() where !table.groupRows.contains(index) {
            for (column, count) in row.enumerated() where column < widths.count {
                widths[column] = max(widths[column], min(count, maxCellWidth))
            }
        }
        if let width {
            var cells = Array(repeating: 0, count: widths.count)
            for (index, row) in counts.enumerated() where !table.groupRows.contains(index) {
                for (column, count) in row.enumerated() where column < cells.count {
                    cells[column] = max(cells[column], count)
                }
            }
            widths = fitted(widths, numeric: table.numeric, cells: cells, into: width)
        }
        let lineCapacity = widths.reduce(0, +) + 2 * widths.count
        let spaces = String(repeating: " ", count: widths.max() ?? 0)
        let rightAligned = widths.indices.map { table.numeric.contains($0) }
        // The first `count` of `spaces`, cut on its bytes (each space is one).
        func padding(_ count: Int) -> Substring {
            spaces[..<spaces.utf8.index(spaces.startIndex, offsetBy: count)]
        }
        // One row written into one reserved string: no padding strings and no joined pieces.
        func line(_ cells: [String], _ counts: [Int]) -> String {
            var out = ""
            out.reserveCapacity(lineCapacity)
            for (column, text) in cells.enumerated() {
                if column > 0 { out.append("  ") }
                let fits = counts[column] <= widths[column]
                let (cell, count) =
                    fits
                    ? (text, counts[column]) : clipped(text, counts[column], widths[column])
                let pad = max(0, widths[column] - count)
                let right = column < rightAligned.count ? rightAligned[column] : false
                if right { out.append(contentsOf: padding(pad)) }
                out.append(cell)
                if !right { out.append(contentsOf: padding(pad)) }
            }
            return out.trimmingTrailingSpaces
        }
        let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
        let across = max(rule.count, width ?? 0)
        return [line(table.columns, table.columns.map(\.count)), rule]
            + full.enumerated().map { index, row in
                table.groupRows.contains(index)
                    ? clip(row.first ?? "", across) : line(row, counts[index])
            }
    }

    /// The characters of a text (`count`), counted as its bytes when it is ASCII without a
    /// CR LF pair, where every byte is one character.
    static func characterCount(_ text: String) -> Int {
        let ascii = text.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            var previous: UInt8 = 0
            for byte in bytes {
                if byte >= 0x80 || (byte == 0x0A && previous == 0x0D) { return nil }
                previous = byte
            }
            return bytes.count
        }
        return (ascii ?? nil) ?? text.count
    }

    /// Column widths narrowed, widest text column first, until the columns and their two-space
    /// gaps fit in `width`: text columns keep at least 6; then, if still too wide, numeric
    /// columns give up the part of their header wider than their numbers (`cells`, the widest
    /// number of each column), so that numbers are never cut.
    static func fitted(
        _ widths: [Int], numeric: Set<Int>, cells: [Int]? = nil, into width: Int
    ) -> [Int] {
        var widths = widths
        let gaps = 2 * max(0, widths.count - 1)
        while widths.reduce(0, +) + gaps > width {
            let candidates = widths.indices.filter { !numeric.contains($0) && widths[$0] > 6 }
            guard let widest = candidates.max(by: { widths[$0] < widths[$1] }) else { break }
            widths[widest] -= 1
        }
        let floor = cells ?? widths
        while widths.reduce(0, +) + gaps > width {
            let candidates = widths.indices.filter {
                numeric.contains($0) && widths[$0] > max(1, floor[$0])
            }
            guard let widest = candidates.max(by: { widths[$0] - floor[$0] < widths[$1] - floor[$1] })
            else { break }
            widths[widest] -= 1
        }
        return widths
    }
}
