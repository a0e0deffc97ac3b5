extension SheetHeader {
    /// The last header found, shared by the threads of a batch.
    typealias LastHeader = Remembered<Known>

    /// The one of the process.
    static let lastHeader = LastHeader()

    /// A header with its row's cells as stored. A row of another sheet whose cells have the
    /// same columns, types, stored bytes and formulas (or none) gives the same header: its
    /// names are read from those alone (``SheetCells/value(of:)`` reads a cell from its type
    /// and bytes). A header row with a shared string, whose text is in another part, is not
    /// remembered.
    struct Known: Sendable {
        var header: SheetHeader
        /// Each cell's column, type, whether it has a formula, and where its stored bytes end
        /// in ``bytes``.
        var cells: [(column: Int, type: UInt8, hasFormula: Bool, end: Int)] = []
        var bytes: [UInt8] = []

        init?(_ header: SheetHeader, _ sheet: SheetCells) {
            self.header = header
            let row = sheet.cells[header.range]
            guard !row.contains(where: { $0.type == UInt8(ascii: "s") }) else { return nil }
            sheet.withValueBytes { stored in
                for cell in row {
                    bytes.append(contentsOf: stored.stored(cell))
                    cells.append((cell.column, cell.type, cell.formula != nil, bytes.count))
                }
            }
        }

        /// Whether a row's cells are those of the header's row.
        func isRow(_ range: Range<Int>, of sheet: SheetCells) -> Bool {
            guard range.count == cells.count else { return false }
            return sheet.withValueBytes { stored in
                var start = 0
                for (offset, known) in zip(range, cells) {
                    let cell = sheet.cells[offset]
                    guard cell.column == known.column, cell.type == known.type,
                        (cell.formula != nil) == known.hasFormula,
                        stored.stored(cell).elementsEqual(bytes[start..<known.end])
                    else { return false }
                    start = known.end
                }
                return true
            }
        }
    }
}
