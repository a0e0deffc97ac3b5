/// The cells of one sheet as stored, in row order: each cell's value as text (a number in its
/// shortest decimal form, a shared or inline string, `TRUE`/`FALSE`, an error code) and its
/// formula.
///
/// Stored values are read, never the displayed text: a survey score typed as `3,56` and shown
/// as `3,6` reads as `3.56`.
struct SheetCells: Sendable {
    /// A cell that holds a value or a formula. Its stored text and its formula stay places in
    /// the sheet's bytes until asked for (``SheetCells/value(of:)``, ``SheetCells/formula(of:)``):
    /// most cells of a sheet are never read.
    struct Cell: Sendable {
        var row: Int
        var column: Int
        /// The stored value; for a formula cell, its cached result.
        var stored: SheetText
        /// The cell's type (`t`): its first letter, `S` for `str`.
        var type: UInt8
        var formula: SheetText?
    }

    /// The sheet's name.
    var name: String
    /// The sheet's bytes, which the cells point into.
    private let xml: ArraySlice<UInt8>
    /// The texts gathered from several pieces, which some cells point into.
    private let joined: [UInt8]
    private let sharedStrings: SharedStrings
    /// The cells that hold a value or a formula, ordered by row, then column.
    private(set) var cells: [Cell]
    /// Each row that has cells, with the range of its cells in ``cells``, in order.
    private(set) var rows: [(number: Int, range: Range<Int>)] = []

    /// Reads a worksheet part.
    ///
    /// - Throws: ``XMLError`` for malformed XML, ``SheetCellsError`` for a bad cell or too many.
    init(
        name: String, xml: ArraySlice<UInt8>, sharedStrings: SharedStrings, limits: WorkbookLimits
    ) throws {
        self.name = name
        self.xml = xml
        self.sharedStrings = sharedStrings
        let scanned = try SheetScanner.scan(xml, sharedStrings: sharedStrings, limits: limits)
        var cells = scanned.cells
        joined = scanned.joined
        // Compared in place: copying each cell to compare it costs a tenth of the reading.
        let isSorted = cells.indices.dropFirst().allSatisfy {
            (cells[$0 - 1].row, cells[$0 - 1].column) < (cells[$0].row, cells[$0].column)
        }
        if !isSorted {
            // Later cells with the same reference replace earlier ones, as a spreadsheet would.
            cells = cells.enumerated().sorted {
                ($0.element.row, $0.element.column, $0.offset)
                    < ($1.element.row, $1.element.column, $1.offset)
            }.map(\.element)
            var unique: [Cell] = []
            for cell in cells {
                if let last = unique.last, last.row == cell.row, last.column == cell.column {
                    unique[unique.count - 1] = cell
                } else {
                    unique.append(cell)
                }
            }
            cells = unique
        }
        self.cells = cells
        // Rows are in order: there are no more of them than the numbers they span.
        if let first = cells.first, let last = cells.last {
            rows.reserveCapacity(min(cells.count, last.row - first.row + 1))
        }
        var start = 0
        while start < cells.count {
            var end = start + 1
            while end < cells.count && cells[end].row == cells[start].row { end += 1 }
            rows.append((cells[start].row, start..<end))
            start = end
        }
    }

    /// Reads a worksheet part held in an array.
    init(name: String, xml: [UInt8], sharedStrings: SharedStrings, limits: WorkbookLimits) throws {
        try self.init(name: name, xml: xml[...], sharedStrings: sharedStrings, limits: limits)
    }

    /// The cell at a reference, if it holds anything.
    func cell(_ reference: CellReference) -> Cell? {
        var low = 0
        var high = cells.count
        while low < high {
            let middle = (low + high) / 2
            if (cells[middle].row, cells[middle].column) < (reference.row, reference.column) {
                low = middle + 1
            } else {
                high = middle
            }
        }
        guard low < cells.count, cells[low].row == reference.row,
            cells[low].column == reference.column
        else { return nil }
        return cells[low]
    }

    /// The value of a cell (for a formula cell, its cached result) as text: a number in its
    /// shortest decimal form, a shared or inline string, `TRUE`/`FALSE`, an error code.
    func value(of cell: Cell) -> String {
        if cell.type == UInt8(ascii: "s"), let index = sharedStringIndex(cell.stored),
            let string = sharedStrings[index]
        {
            return string
        }
        let raw = decoded(cell.stored) ?? ""
        return Self.value(raw, type: cell.type, sharedStrings: sharedStrings) ?? raw
    }

    /// A shared string's index written as 1 to 9 digits and nothing else, read from the
    /// bytes (`SheetScanner.number`); `nil` for any other text, which
    /// ``value(_:type:sharedStrings:)`` reads, and `Int` then reads such digits alike
    /// (`SheetScannerTests`). Most cells a check reads are shared strings: their text is not
    /// made a `String` and trimmed first.
    private func sharedStringIndex(_ text: SheetText) -> Int? {
        guard !text.joined else { return nil }
        return xml.withUnsafeBufferPointer { bytes in
            bytes.baseAddress.flatMap { SheetScanner.number($0, text.start..<text.end) }
        }
    }

    /// Calls `body` with the sheet's bytes and its shared strings' bytes, in which cells'
    /// values are read without making strings (``ValueBytes/trimmedValue(of:)``).
    func withValueBytes<Result>(_ body: (ValueBytes) -> Result) -> Result {
        xml.withUnsafeBufferPointer { xml in
            joined.withUnsafeBufferPointer { joined in
                sharedStrings.withBytes { items, strings, stringsJoined in
                    body(
                        ValueBytes(
                            xml: xml, joined: joined, items: items, strings: strings,
                            stringsJoined: stringsJoined))
                }
            }
        }
    }

    /// The formula of a cell, if it has one.
    func formula(of cell: Cell) -> String? {
        cell.formula.map { decoded($0) ?? "" }
    }

    private func decoded(_ text: SheetText) -> String? {
        xml.withUnsafeBufferPointer { bytes in
            joined.withUnsafeBufferPointer { text.decoded(in: bytes, joined: $0) }
        }
    }

    /// A stored value as text, by the cell's type (its first letter; `S` for `str`); `nil`
    /// for a shared string that does not exist.
    static func value(_ raw: String, type: UInt8, sharedStrings: SharedStrings) -> String? {
        switch type {
        case UInt8(ascii: "s"): return Int(raw.trimmed).flatMap { sharedStrings[$0] }
        case UInt8(ascii: "b"):
            let trimmed = raw.trimmed
            return trimmed == "1" ? "TRUE" : trimmed == "0" ? "FALSE" : raw
        case UInt8(ascii: "n"): return raw.isEmpty ? "" : number(raw)
        default: return raw
        }
    }

    /// A stored number in its shortest decimal form, with a decimal point: `3.5600000000000001`
    /// reads as `3.56`, `1E+3` as `1000`.
    static func number(_ raw: String) -> String {
        // Up to 15 digits, a sign and a point, as most files write numbers, are already exact
        // (unless the point is followed by trailing zeros: `2026.0` is the year 2026).
        if isPlainDecimal(raw.utf8) { return raw }
        guard let value = Double(raw.trimmed), value.isFinite else { return raw }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        let text = String(value)
        return text.contains("e") ? raw.trimmed : text
    }

    /// Whether a number is written as it would be in its shortest form: up to 15 bytes of
    /// digits with at most one point, neither first nor last, not followed by a trailing zero,
    /// and a minus only in front. One pass over the bytes: every number cell read comes here.
    static func isPlainDecimal(_ utf8: some Collection<UInt8>) -> Bool {
        guard !utf8.isEmpty, utf8.count <= 15 else { return false }
        var points = 0
        var index = 0
        var last: UInt8 = 0
        for byte in utf8 {
            switch byte {
            case 48...57: break
            case 46:
                guard index > 0 else { return false }
                points += 1
            case 45: guard index == 0 else { return false }
            default: return false
            }
            last = byte
            index += 1
        }
        return points <= 1 && last != 46 && (points == 0 || last != 48)
    }
}

/// A cell, or a sheet's part, that cannot be read.
public enum SheetCellsError: Error, Hashable, Sendable {
    /// A cell reference that is not valid.
    case badReference(String)
    /// A cell naming a shared string that does not exist.
    case badSharedString(CellReference)
    /// A sheet with more cells than the limit.
    case tooManyCells(Int)
    /// A sheet whose part is missing from the archive.
    case missingPart
    /// Another failure, as the system describes it.
    case unexpected(String)
}
