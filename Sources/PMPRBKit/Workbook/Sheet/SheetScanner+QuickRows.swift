import PMPRBPlatform

/// The rows and cells of a sheet's data as writers put them, read one after another in a loop
/// of their own: most of a sheet, without going back to the general reading for each tag.
extension SheetScanner {
    /// Where a quick reading starts and stops: the position, the depth, the row and column
    /// last read; once it stopped, the last cell read, if any (its type, whether it had a
    /// formula), and whether an inline string was read (which closes any `is`).
    struct QuickRows {
        var at: Int
        var depth: Int
        var row: Int
        var column: Int
        var type: UInt8?
        var hasFormula = false
        var readInline = false
    }

    /// Reads from `start` as long as what follows is, in any order, a cell whose start tag
    /// ``quickCellTag(_:_:at:)`` reads and whose content ``quickCell(_:_:at:type:_:)`` reads
    /// (or that closes itself and is no shared string), `</row>`, or a row's start tag that
    /// ``quickRowTag(_:_:at:_:)`` reads; cells go to `cells` as the general reading keeps them.
    /// It stops before anything else, before a cell that would pass the depth or cell limit,
    /// and before `</row>` at depth 0, which the general reading then reads (and refuses).
    ///
    /// - Throws: What the general reading throws for a row's start tag it reads.
    static func quickRows(
        _ base: UnsafePointer<UInt8>, _ count: Int, _ start: QuickRows, _ limits: WorkbookLimits,
        _ sharedStrings: SharedStrings, _ cells: inout [SheetCells.Cell]
    ) throws -> QuickRows {
        var result = start
        var (at, depth, row, column) = (start.at, start.depth, start.row, start.column)
        let (depthLimit, cellLimit) = (limits.xmlDepth, limits.cellCount)
        while at + 8 <= count {
            let head = UInt64(
                littleEndian: UnsafeRawPointer(base + at).loadUnaligned(as: UInt64.self))
            if head & 0xFFFF == 0x633C {  // `<c`
                guard let tag = quickCellTag(base, count, at: at) else { break }
                if tag.selfClosing {
                    // No content: a cell left out, or a shared string that does not exist.
                    guard tag.type != UInt8(ascii: "s") else { break }
                    (result.type, result.hasFormula) = (tag.type, false)
                    (at, row, column) = (tag.end, tag.row, tag.column)
                    continue
                }
                guard depth + 3 <= depthLimit,
                    let cell = quickCell(base, count, at: tag.end, type: tag.type, sharedStrings)
                else { break }
                if cell.formula != nil || !cell.stored.isEmpty {
                    guard cells.count < cellLimit else { break }
                    cells.append(
                        SheetCells.Cell(
                            row: tag.row, column: tag.column, stored: cell.stored, type: tag.type,
                            formula: cell.formula))
                }
                (result.type, result.hasFormula) = (tag.type, cell.formula != nil)
                if tag.type == UInt8(ascii: "i") { result.readInline = true }
                (at, row, column) = (cell.end, tag.row, tag.column)
            } else if head & 0xFFFF_FFFF_FFFF == endRowTag {
                guard depth > 0 else { break }
                (at, depth) = (at + 6, depth - 1)
            } else {
                var end = at
                guard let tag = try quickRowTag(base, count, at: at, &end) else { break }
                if !tag.selfClosing {
                    depth += 1
                    guard depth <= depthLimit else { throw XMLError.tooDeep(limit: depthLimit) }
                }
                (at, row, column) = (end, tag.row ?? row + 1, 0)
            }
        }
        (result.at, result.depth, result.row, result.column) = (at, depth, row, column)
        return result
    }

    private static let endRowTag: UInt64 = 0x3E77_6F72_2F3C  // `</row>`
}
