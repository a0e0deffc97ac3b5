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
        var lines: [String] = titleLines + [Self.repeated(0x3D, rule)]
        lines += subtitle.flatMap(wrap)
        if !alerts.isEmpty {
            lines.append("")
            lines += alerts.flatMap { wrap("!! " + $0) }
        }
        return lines.concatenated(separator: "\n")
    }

    /// The text of one section, from the blank line before it; sections can be written apart
    /// (on several threads) and joined by ``joinedText(head:sections:)``.
    static func sectionText(_ section: Section, maxCellWidth: Int, width: Int?) -> String {
        let wrap = { (text: String) in width.map { Self.wrapped(text, width: $0) } ?? [text] }
        var lines = [""]
        if !section.heading.isEmpty {
            lines.append(section.heading)
            lines.append(Self.repeated(0x2D, section.heading.count))
        }
        lines += section.paragraphs.flatMap(wrap)
        if let table = section.table {
            lines += Self.textLines(table, maxCellWidth: maxCellWidth, width: width)
        }
        lines += section.footer.flatMap(wrap)
        return lines.concatenated(separator: "\n")
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
                    ? Self.repeated(0x20, 2 * table.depths[index]) : ""
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
            widths = fitted(widths, numeric: table.numericColumns, cells: cells, into: width)
        }
        let columnWidths = widths
        let lineCapacity = columnWidths.reduce(0, +) + 2 * columnWidths.count
        let rightAligned = columnWidths.indices.map { table.isNumeric($0) }
        // One row written as UTF-8 bytes into one reserved buffer: a string's bytes are its
        // pieces' bytes one after the other, so no string is appended to another.
        let spaces = [UInt8](repeating: 0x20, count: columnWidths.max() ?? 0)
        var buffer: [UInt8] = []
        buffer.reserveCapacity(lineCapacity + 64)
        // The buffer is passed, not captured, so that its use is not checked at run time.
        func line(_ cells: [String], _ counts: [Int], _ bytes: inout [UInt8]) -> String {
            bytes.removeAll(keepingCapacity: true)
            for (column, text) in cells.enumerated() {
                if column > 0 { bytes.append(0x20); bytes.append(0x20) }
                let fits = counts[column] <= columnWidths[column]
                let (cell, count) =
                    fits
                    ? (text, counts[column]) : clipped(text, counts[column], columnWidths[column])
                let pad = max(0, columnWidths[column] - count)
                let right = column < rightAligned.count ? rightAligned[column] : false
                if right { bytes.append(contentsOf: spaces[..<pad]) }
                Self.appendUTF8(of: cell, to: &bytes)
                if !right { bytes.append(contentsOf: spaces[..<pad]) }
            }
            return Self.stringCuttingTrailingSpaces(bytes)
        }
        var ruleBytes: [UInt8] = []
        for (column, count) in widths.enumerated() {
            if column > 0 { ruleBytes.append(0x20); ruleBytes.append(0x20) }
            for _ in 0..<max(0, count) { ruleBytes.append(0x2D) }
        }
        let rule = String(decoding: ruleBytes, as: UTF8.self)
        let across = max(ruleBytes.count, width ?? 0)
        var lines = [line(table.columns, table.columns.map(\.count), &buffer), rule]
        lines.reserveCapacity(full.count + 2)
        for (index, row) in full.enumerated() {
            lines.append(
                table.groupRows.contains(index)
                    ? clip(row.first ?? "", across) : line(row, counts[index], &buffer))
        }
        return lines
    }

    /// An ASCII character `count` times, made from its bytes.
    static func repeated(_ byte: UInt8, _ count: Int) -> String {
        count <= 0 ? "" : String(decoding: [UInt8](repeating: byte, count: count), as: UTF8.self)
    }

    /// Appends the UTF-8 bytes of a text.
    private static func appendUTF8(of text: String, to bytes: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// The text of UTF-8 bytes without its trailing spaces, as ``trimmingTrailingSpaces`` cuts
    /// them: on the bytes when the byte before them is ASCII, else by characters (a space may
    /// belong to the character before it).
    static func stringCuttingTrailingSpaces(_ bytes: [UInt8]) -> String {
        guard let end = bytes.withUnsafeBufferPointer(\.endWithoutTrailingSpaces) else {
            return String(decoding: bytes, as: UTF8.self).trimmingTrailingSpaces
        }
        return String(decoding: bytes[..<end], as: UTF8.self)
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
        _ widths: [Int], numeric: [Int], cells: [Int]? = nil, into width: Int
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
