#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The cells a ``SheetScanner`` assembles from the elements it meets: a `c` element's
/// reference and type, the text of its `v`, `f` or inline string, kept as places in the bytes.
extension SheetScanner {
    @inline(__always)
    func collect(_ start: Int, _ end: Int) {
        switch collecting {
        case .value: value.append(start, end, from: bytes)
        case .formula: formula?.append(start, end, from: bytes)
        default: inline.append(start, end, from: bytes)
        }
    }

    /// A row number from its digits, or `nil`.
    func number(_ range: Range<Int>) -> Int? {
        guard !range.isEmpty, range.count <= 9 else { return nil }
        var result = 0
        for index in range {
            let digit = Int(bytes[index]) - 48
            guard (0...9).contains(digit) else { return nil }
            result = result * 10 + digit
        }
        return result
    }

    /// Starts a `c` element: its reference, or the next column of the row without one.
    func startCell(_ range: Range<Int>?, type: UInt8) throws {
        if let range {
            guard let parsed = CellReference(UnsafeBufferPointer(rebasing: bytes[range])) else {
                throw SheetCellsError.badReference(
                    String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self))
            }
            reference = parsed
        } else {
            reference = CellReference(row: max(row, 1), column: column + 1)
        }
        row = reference?.row ?? row
        column = reference?.column ?? column
        self.type = type
        value.clear()
        inline.clear()
        formula = nil
    }

    /// Keeps the cell just read, its text as a place in the bytes. What would make its value
    /// unreadable is refused now: a shared string that does not exist, an unknown entity.
    func finishCell() throws {
        guard let place = reference else { return }
        reference = nil
        collecting = .other
        let stored = type == UInt8(ascii: "i") ? inline : value
        if formula == nil {
            if type == UInt8(ascii: "s") {
                let index = try decoded(stored)
                guard let index = Int(index.trimmed), sharedStrings.contains(index) else {
                    throw SheetCellsError.badSharedString(place)
                }
            } else if stored.isEmpty {
                return
            } else if !stored.isValid(in: bytes) {
                throw XMLError.malformed(offset: offset)
            }
        }
        guard cells.count < limits.cellCount else {
            throw SheetCellsError.tooManyCells(limits.cellCount)
        }
        cells.append(
            SheetCells.Cell(
                row: place.row, column: place.column, stored: stored, type: type, formula: formula))
    }

    /// Keeps the shared string just read.
    func addItem() throws {
        guard items.count < limits.cellCount else {
            throw SheetCellsError.tooManyCells(limits.cellCount)
        }
        guard inline.isValid(in: bytes) else { throw XMLError.malformed(offset: offset) }
        items.append(inline)
        inline.clear()
    }

    func decoded(_ text: SheetText) throws -> String {
        guard let result = text.decoded(in: bytes) else { throw XMLError.malformed(offset: offset) }
        return result
    }
}
