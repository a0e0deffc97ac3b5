/// One cell a workbook template writes.
struct SheetCell: Sendable {
    /// What the cell holds.
    enum Content: Sendable {
        case text(String)
        case number(Double)
        /// A formula and, when known, its cached result.
        case formula(String, SheetValues.Value?)
    }

    /// How a cell looks and whether it is locked; the raw value is the index of its format in
    /// the workbook's styles (``WorkbookParts/styles``), in the same order.
    enum Style: Int, CaseIterable, Sendable {
        case plain = 0
        case header
        case title
        case label
        case heading
        case text
        case input
        case inputNumber
        case number
        case headingNumber
        case percent
        case headingPercent
    }

    var content: Content
    var style: Style
}

/// A data validation over some cells: a drop-down list or a number range.
struct SheetValidation: Sendable {
    enum Rule: Hashable, Sendable {
        case list([String])
        case decimal(minimum: Double, maximum: Double)
        case whole(minimum: Int, maximum: Int?)
        /// A number in a range or the mark `TB`, for one cell (a custom rule names its cell).
        case decimalOrMark(minimum: Double, maximum: Double, cell: String)
    }

    var rule: Rule
    var cells: [String]
}
