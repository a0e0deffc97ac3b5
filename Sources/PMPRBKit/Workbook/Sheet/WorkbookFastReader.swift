import PMPRBPlatform

/// Reads what a summary needs from an `.xlsx` workbook: the first sheet's cells, read and
/// checked by the usual package and sheet readers, then the metadata cells and the `Kode`,
/// `Bobot` and `Jawaban` cells of each row below the header taken as ``WorksheetFastReader``
/// takes a CSV worksheet's records, without building a table and checking it with
/// ``WorksheetReader``. A row whose code is, on the sheet's bytes, the next node's code is
/// read on those bytes (``SheetCells/ValueBytes``); any other row through its cells' strings.
/// The header is taken from the last sheet's when its row's cells are the same
/// (``SheetHeader/Known``).
///
/// It is the workbook's fast path of ``UnitSummary/reading(bytes:file:instrument:delimiter:options:)``
/// (decision 0021). It gives up (returns `nil`) where the plain reading could say anything:
/// a package or sheet that does not read, a first sheet without the worksheet header, a row
/// below it with content but no code, a code blank to one test of white space and not to the
/// other, and everything ``WorksheetFastReader`` gives up on (an unknown or repeated code, an
/// answer or weight that does not read, a wrong metadata value, a missing row, a breakdown or
/// count check that speaks). The caller then reads the file the plain way.
enum WorkbookFastReader {
    /// Reads a workbook's bytes, or returns `nil` when the plain reader must. The package
    /// keeps the array, not a copy of it.
    static func read(_ bytes: [UInt8], instrument: Instrument) -> WorksheetFastReader.Reading? {
        guard WorkbookPackage.isWorkbook(bytes),
            var package = try? WorkbookPackage(bytes),
            let sheet = package.sheets.first,
            let cells = try? package.cells(of: sheet),
            let header = SheetHeader(cells, remembering: SheetHeader.lastHeader),
            let kode = header.kodeColumn,
            let jawaban = header.columnNames.firstIndex(of: "jawaban").map({ $0 + header.first })
        else { return nil }
        let columns = Columns(
            kode: kode, bobot: header.columnNames.firstIndex(of: "bobot").map { $0 + header.first },
            jawaban: jawaban)
        var reader = WorksheetFastReader(
            instrument: instrument, header: WorksheetFastReader.Header(sheetColumns: ()))
        let named = WorkbookTable.namedCells(cells, names: package.definedNames)
        for found in WorkbookTable.metadata(cells, named: named, above: header.number) {
            guard
                reader.take(
                    code: found.key, weight: "", answer: found.value.trimmed, in: instrument)
            else {
                return nil
            }
        }
        let taken = cells.withValueBytes { bytes in
            for row in cells.rows where row.number > header.number {
                let found = columns.cells(in: row.range, of: cells)
                let taken =
                    reader.takeNext(found, bytes, cells, in: instrument)
                    ?? reader.take(found, row.range, cells, header: header, in: instrument)
                guard taken else { return false }
            }
            return true
        }
        return taken ? reader.finish(in: instrument) : nil
    }

    /// The code, weight and answer columns of the header.
    struct Columns {
        var kode: Int
        var bobot: Int?
        var jawaban: Int

        /// The offsets in ``SheetCells/cells`` of a row's code, weight and answer cells.
        func cells(
            in range: Range<Int>, of cells: SheetCells
        ) -> (kode: Int?, bobot: Int?, jawaban: Int?) {
            var found: (kode: Int?, bobot: Int?, jawaban: Int?) = (nil, nil, nil)
            for offset in range {
                let column = cells.cells[offset].column
                if column == kode {
                    found.kode = offset
                } else if column == bobot {
                    found.bobot = offset
                } else if column == jawaban {
                    found.jawaban = offset
                }
            }
            return found
        }
    }
}

extension WorksheetFastReader {
    /// Takes a row whose code is, on its bytes, the code of the node after the last one read,
    /// as ``take(_:_:_:header:in:)`` would; `nil` when its code is anything else.
    mutating func takeNext(
        _ found: (kode: Int?, bobot: Int?, jawaban: Int?), _ bytes: SheetCells.ValueBytes,
        _ cells: SheetCells, in instrument: Instrument
    ) -> Bool? {
        guard nextOffset < instrument.nodes.count, let kode = found.kode,
            let code = bytes.trimmedValue(of: cells.cells[kode]), let first = code.first,
            first != UInt8(ascii: "#"),
            CSVByteScanner.equal(code, instrument.nodes[nextOffset].code.utf8)
        else { return nil }
        // The bytes of a missing cell are its empty text.
        func value(_ offset: Int?) -> UnsafeBufferPointer<UInt8>? {
            guard let offset else { return UnsafeBufferPointer(start: nil, count: 0) }
            return bytes.trimmedValue(of: cells.cells[offset])
        }
        return take(
            node: nextOffset, weight: value(found.bobot), answer: value(found.jawaban),
            in: instrument
        ) { isWeight in
            (isWeight ? found.bobot : found.jawaban).map { cells.value(of: cells.cells[$0]) }?
                .trimmed ?? ""
        }
    }

    /// Takes a row below the header as the table would keep it: a blank row is left out, a
    /// row with content and no code gives up; `false` to give up.
    mutating func take(
        _ found: (kode: Int?, bobot: Int?, jawaban: Int?), _ range: Range<Int>,
        _ cells: SheetCells, header: SheetHeader, in instrument: Instrument
    ) -> Bool {
        func value(_ offset: Int?) -> String {
            offset.map { cells.value(of: cells.cells[$0]) } ?? ""
        }
        let code = value(found.kode)
        let trimmedCode = code.trimmed
        if trimmedCode.isEmpty {
            // A row with content and no code is an error of the plain reader; a blank one
            // is left out of the table.
            for cell in cells.cells[range]
            where cell.column >= header.first && cell.column <= header.last
                && !header.isComputed(cell)
            {
                guard CSVText.isBlank(cells.value(of: cell)) else { return false }
            }
            return true
        }
        // The table keeps a row with a code when the code is not blank to `CSVText.isBlank`.
        return !CSVText.isBlank(code)
            && take(
                code: trimmedCode, weight: value(found.bobot).trimmed,
                answer: value(found.jawaban).trimmed, in: instrument)
    }
}

extension WorksheetFastReader.Header {
    /// The columns of a sheet's row as ``WorkbookFastReader`` hands them over: the code, the
    /// weight and the answer, in that order; no delimiter or line end.
    init(sheetColumns: Void) {
        (delimiter, width, kode, bobot, jawaban, end) = (0, 3, 0, 1, 2, 0)
    }
}

extension WorksheetFastReader {
    /// Takes one row given by its trimmed code, weight and answer as `WorksheetReader.read`
    /// takes a row with a code; `false` to give up.
    mutating func take(
        code: String, weight: String, answer: String, in instrument: Instrument
    ) -> Bool {
        if code.hasPrefix("#") { return takeMetadata(code: code, value: answer, in: instrument) }
        guard let offset = instrument.index(of: code, tryingFirst: nextOffset), !seen[offset] else {
            return false
        }
        seen[offset] = true
        nextOffset = offset + 1
        guard weight.isEmpty
            || Self.agrees(LocaleNumber.parse(weight), node: offset, in: instrument)
        else { return false }
        return takeAnswer(answer, node: offset, in: instrument)
    }
}
