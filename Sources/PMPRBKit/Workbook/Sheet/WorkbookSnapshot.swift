/// What a worksheet table read from a workbook keeps of the workbook beyond its rows: the
/// sheet's cells and its named cells, for the audit of cached results
/// (`docs/worksheet-format.md`, "Audit").
struct WorkbookSnapshot: Sendable {
    /// The cells of the sheet the worksheet was read from.
    var cells: SheetCells
    /// The row of the worksheet header.
    var headerRow: Int
    /// The value and the place of each named cell on that sheet, by lowercased name.
    var namedCells: [String: (value: String, position: SourcePosition)]

    /// The sheet's name.
    var sheet: String { cells.name }

    /// The formula of a cell, if it has one.
    func formula(_ reference: CellReference) -> String? {
        cells.cell(reference).flatMap(cells.formula(of:))
    }

    /// The stored value of a cell (for a formula cell, its cached result).
    func cachedValue(_ reference: CellReference) -> String? {
        cells.cell(reference).map(cells.value(of:))
    }

    /// The text in column A of each row above the header, such as a criterion's code.
    var labels: [Int: String] {
        var labels: [Int: String] = [:]
        for cell in cells.cells where cell.row < headerRow && cell.column == 1 {
            let label = cells.value(of: cell).trimmed
            if !label.isEmpty { labels[cell.row] = label }
        }
        return labels
    }
}
