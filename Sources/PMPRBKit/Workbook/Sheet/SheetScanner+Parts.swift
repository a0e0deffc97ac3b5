import PMPRBPlatform

/// The two parts ``SheetScanner`` reads: a sheet and a shared-string part.
extension SheetScanner {
    /// What a pass keeps: the cells of a sheet, or the items of a shared-string part, and the
    /// bytes of the texts gathered from several pieces.
    struct Output {
        var cells: [SheetCells.Cell] = []
        var items: [SheetText] = []
        var joined: [UInt8] = []
    }

    /// Scans a sheet's bytes; without `shortcuts`, by the general reading alone.
    ///
    /// - Throws: ``XMLError`` for malformed XML, ``SheetCellsError`` for a bad cell or too many.
    static func scan(
        _ data: ArraySlice<UInt8>, sharedStrings: SharedStrings, limits: WorkbookLimits,
        shortcuts: Bool = true
    ) throws -> (cells: [SheetCells.Cell], joined: [UInt8]) {
        let output = try data.withUnsafeBufferPointer { buffer in
            try run(buffer, sharedStrings, limits, readsSharedStrings: false, shortcuts: shortcuts)
        }
        return (output.cells, output.joined)
    }

    /// The strings of a shared-string part (ECMA-376 Part 1, 18.4 `sst`), in order: each `si`
    /// item's `t`, or the `t` of each of its runs, without phonetic runs (`rPh`); kept as places
    /// in the bytes, their references checked. Without `shortcuts`, by the general reading alone.
    ///
    /// - Throws: ``XMLError`` for malformed XML, ``SheetCellsError`` for too many items.
    static func sharedStrings(
        _ data: ArraySlice<UInt8>, limits: WorkbookLimits, shortcuts: Bool = true
    ) throws -> SharedStrings {
        let output = try data.withUnsafeBufferPointer { buffer in
            try run(buffer, [], limits, readsSharedStrings: true, shortcuts: shortcuts)
        }
        return SharedStrings(bytes: data, items: output.items, joined: output.joined)
    }
}

extension SheetScanner {
    /// What a scan of a sheet gives, as text: each cell (row, column, type, and the ranges of
    /// its stored text and formula, `j` for the joined bytes) and the joined bytes, or the
    /// error. The fast paths' equivalence checks compare it with and without `shortcuts`.
    static func summary(
        _ data: ArraySlice<UInt8>, sharedStrings: SharedStrings, limits: WorkbookLimits,
        shortcuts: Bool
    ) -> String {
        func range(_ text: SheetText) -> String {
            "\(text.start)-\(text.end)" + (text.joined ? "j" : "")
        }
        do {
            let (cells, joined) = try scan(
                data, sharedStrings: sharedStrings, limits: limits, shortcuts: shortcuts)
            let texts = cells.map { cell in
                "\(cell.row):\(cell.column):\(cell.type):\(range(cell.stored)):"
                    + (cell.formula.map(range) ?? "-")
            }
            return texts.joined(separator: " ") + " | \(joined)"
        } catch {
            return "error \(error)"
        }
    }

    /// What a shared-string part's reading gives, as text: each item's range (`j` for the
    /// joined bytes) and the joined bytes, or the error; compared with and without `shortcuts`.
    static func sharedSummary(
        _ data: ArraySlice<UInt8>, limits: WorkbookLimits, shortcuts: Bool
    ) -> String {
        do {
            let output = try data.withUnsafeBufferPointer { buffer in
                try run(buffer, [], limits, readsSharedStrings: true, shortcuts: shortcuts)
            }
            let texts = output.items.map { "\($0.start)-\($0.end)" + ($0.joined ? "j" : "") }
            return texts.joined(separator: " ") + " | \(output.joined)"
        } catch {
            return "error \(error)"
        }
    }
}
