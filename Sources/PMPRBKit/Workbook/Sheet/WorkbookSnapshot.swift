/// What a worksheet table read from a workbook keeps of the workbook beyond its rows: the
/// sheet, its named cells and every formula, for the audit of cached results
/// (`docs/worksheet-format.md`, "Audit").
struct WorkbookSnapshot: Sendable {
    /// The sheet the worksheet was read from.
    var sheet: String
    /// The value and the place of each named cell on that sheet, by lowercased name.
    var namedCells: [String: (value: String, position: SourcePosition)]
    /// The formula of every formula cell of that sheet.
    var formulas: [CellReference: String]
    /// The stored value of every formula cell of that sheet.
    var cachedValues: [CellReference: String]
    /// The text in column A of each row above the header, such as a criterion's code.
    var labels: [Int: String]
}
