import PMPRBPlatform

/// Reads what a summary needs from an `.xlsx` workbook: the first sheet's cells, read and
/// checked by the usual package and sheet readers, then the metadata cells and the `Kode`,
/// `Bobot` and `Jawaban` cells of each row below the header taken as ``WorksheetFastReader``
/// takes a CSV worksheet's records, without building a table and checking it with
/// ``WorksheetReader``.
///
/// It is the workbook's fast path of ``UnitSummary/reading(bytes:file:instrument:delimiter:options:)``
/// (decision 0021). It gives up (returns `nil`) where the plain reading could say anything:
/// a package or sheet that does not read, a first sheet without the worksheet header, a row
/// below it with content but no code, a code blank to one test of white space and not to the
/// other, and everything ``WorksheetFastReader`` gives up on (an unknown or repeated code, an
/// answer or weight that does not read, a wrong metadata value, a missing row, a breakdown or
/// count check that speaks). The caller then reads the file the plain way.
enum WorkbookFastReader {
    /// Reads a workbook's bytes, or returns `nil` when the plain reader must.
    static func read(
        _ bytes: UnsafeBufferPointer<UInt8>, instrument: Instrument
    ) -> WorksheetFastReader.Reading? {
        guard WorkbookPackage.isWorkbook(bytes),
            var package = try? WorkbookPackage(Array(bytes)),
            let sheet = package.sheets.first,
            let cells = try? package.cells(of: sheet),
            let header = SheetHeader(cells),
            let kode = header.kodeColumn,
            let jawaban = header.columnNames.firstIndex(of: "jawaban").map({ $0 + header.first })
        else { return nil }
        let bobot = header.columnNames.firstIndex(of: "bobot").map { $0 + header.first }
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
        for row in cells.rows where row.number > header.number {
            let slice = cells.cells[row.range]
            var (code, weight, answer) = ("", "", "")
            for cell in slice {
                if cell.column == kode {
                    code = cells.value(of: cell)
                } else if cell.column == bobot {
                    weight = cells.value(of: cell)
                } else if cell.column == jawaban {
                    answer = cells.value(of: cell)
                }
            }
            let trimmedCode = code.trimmed
            if trimmedCode.isEmpty {
                // A row with content and no code is an error of the plain reader; a blank one
                // is left out of the table.
                for cell in slice
                where cell.column >= header.first && cell.column <= header.last
                    && !header.isComputed(cell)
                {
                    guard CSVText.isBlank(cells.value(of: cell)) else { return nil }
                }
                continue
            }
            // The table keeps a row with a code when the code is not blank to `CSVText.isBlank`.
            guard !CSVText.isBlank(code),
                reader.take(
                    code: trimmedCode, weight: weight.trimmed, answer: answer.trimmed,
                    in: instrument)
            else { return nil }
        }
        return reader.finish(in: instrument)
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
        if code.hasPrefix("#") {
            let key = code.lowercased()
            guard !metadataSeen.contains(key) else { return false }
            metadataSeen.append(key)
            return takeMetadata(key, value: answer, in: instrument)
        }
        let known =
            nextOffset < instrument.nodes.count && instrument.nodes[nextOffset].code == code
            ? nextOffset : instrument.index(of: code)
        guard let offset = known, !seen[offset] else { return false }
        seen[offset] = true
        nextOffset = offset + 1
        guard weight.isEmpty
            || Self.agrees(LocaleNumber.parse(weight), node: offset, in: instrument)
        else { return false }
        return takeAnswer(answer, node: offset, in: instrument)
    }
}
