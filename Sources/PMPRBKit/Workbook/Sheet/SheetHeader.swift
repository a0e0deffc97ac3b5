/// The worksheet header of a sheet: the first row whose cells name every required column, the
/// columns from its first to its last non-blank cell, and each column's name as a table's
/// `columnNames` gives it. ``WorkbookTable`` builds its table on it, and
/// ``WorkbookFastReader`` reads the rows below it without one.
struct SheetHeader {
    /// The header's row, and the range of its cells in ``SheetCells/cells``.
    var number: Int
    var range: Range<Int>
    /// The first and last columns holding more than whitespace.
    var first: Int
    var last: Int
    /// The name of each column from ``first``, in normal form; a cell left unread (a computed
    /// column's formula) gives a blank name.
    var columnNames: [String]
    /// By column from ``first``: whether it is a computed column (`Nilai`, `%`), whose formula
    /// cells are left unread, and whether it is one that no check reads in a row with a code.
    var computed: [Bool]
    var unread: [Bool]
    /// The first column named `kode`.
    var kodeColumn: Int?

    /// The header of a sheet, or `nil` when no row names every required column.
    init?(_ cells: SheetCells) {
        self.init(cells, remembering: nil)
    }

    /// The header of a sheet as ``init(_:)`` finds it, taken from `last` when its row's
    /// cells are those of the header remembered there, and remembered there otherwise.
    init?(_ cells: SheetCells, remembering last: LastHeader?) {
        let required = Set(WorksheetColumns.required)
        let known = last?.value
        for row in cells.rows where row.range.count >= required.count {
            // A header has at least the required cells; most rows have fewer.
            if let known, known.isRow(row.range, of: cells) {
                self = known.header
                (number, range) = (row.number, row.range)
                return
            }
            // The header's cells with their names in normal form, each normalised once.
            let names = cells.cells[row.range].map {
                (column: $0.column, name: CSVText.normalisedColumnName(cells.value(of: $0)))
            }
            guard required.isSubset(of: names.map(\.name)) else { continue }
            self.init(cells, row: (row.number, row.range), names: names)
            last?.value = Known(self, cells)
            return
        }
        return nil
    }

    /// The header of a sheet whose row is `header`, with its cells' names in normal form.
    private init?(
        _ cells: SheetCells, row header: (number: Int, range: Range<Int>),
        names headerNames: [(column: Int, name: String)]
    ) {
        let headerCells = cells.cells[header.range].filter {
            !cells.value(of: $0).trimmed.isEmpty
        }
        guard let first = headerCells.first?.column, let last = headerCells.last?.column else {
            return nil
        }
        (number, range, self.first, self.last) = (header.number, header.range, first, last)
        let width = last - first + 1
        // The results the workbook computes are read by the audit from the cells, not from
        // the table: the formula cells of those columns are left unread here.
        func columns(_ names: Set<String>) -> [Int] {
            headerNames.filter { names.contains($0.name) }.map(\.column)
        }
        // By column from the first: looked up for every cell of every row.
        func marks(_ names: Set<String>) -> [Bool] {
            var marks = [Bool](repeating: false, count: width)
            for column in columns(names) where column >= first && column <= last {
                marks[column - first] = true
            }
            return marks
        }
        computed = marks(WorkbookTable.computedColumns)
        unread = marks(WorkbookTable.unreadColumns)
        let kodeColumn = columns(["kode"]).min()
        self.kodeColumn = kodeColumn
        // The names of the header row's fields, as `normalisedColumnName` of each field's
        // value: a cell left unread (a computed column's formula) is blank.
        var columnNames = [String](repeating: CSVText.normalisedColumnName(""), count: width)
        for (cell, named) in zip(cells.cells[header.range], headerNames)
        where cell.column >= first && cell.column <= last
            && (cell.column == kodeColumn || cell.formula == nil || !computed[cell.column - first])
        {
            columnNames[cell.column - first] = named.name
        }
        self.columnNames = columnNames
    }

    /// Whether a cell is a computed column's formula, which a table leaves unread.
    @inline(__always)
    func isComputed(_ cell: SheetCells.Cell) -> Bool {
        cell.formula != nil && computed[cell.column - first]
    }
}
