import PMPRBPlatform

/// Reads a worksheet from an `.xlsx` workbook into the same table a CSV worksheet gives, so that
/// every check of a worksheet applies unchanged; positions name cells (`LKE!F44`).
enum WorkbookTable {
    /// The labels of the metadata cells, for a sheet whose defined names were lost (copied
    /// into another workbook): the value is in the cell to the right of the label.
    private static let metadataLabels: [(label: String, name: String, key: String)] = [
        ("instrumen", SheetLayout.Name.instrument, WorksheetColumns.instrumentKey),
        ("unit kerja / opd", SheetLayout.Name.unit, WorksheetColumns.unitKey),
        ("tahun", SheetLayout.Name.year, WorksheetColumns.yearKey),
        ("predikat", SheetLayout.Name.predicate, WorksheetColumns.predicateKey),
    ]

    /// The columns whose values the workbook computes, `Nilai` and `%`.
    static let computedColumns: Set<String> = ["nilai", "%"]

    /// The columns no check of a worksheet reads in a row that has a code: the item's wording,
    /// its options and their criteria. They are left blank in such rows rather than decoded,
    /// since they hold most of a sheet's text; a row without a code keeps them, so that it is
    /// still refused as a row without a code.
    static let unreadColumns: Set<String> = ["penilaian", "pilihan_jawaban", WorksheetColumns.guide]

    /// Reads the first sheet whose rows include the worksheet header. The bytes are copied
    /// once, into the package's archive; `data` is not kept.
    ///
    /// - Throws: ``DiagnosticError`` naming the file, with what to do instead for an `.xls`, an
    ///   encrypted or a macro workbook.
    static func read(
        _ data: Data, file: String?, limits: WorkbookLimits = WorkbookLimits()
    ) throws(DiagnosticError) -> CSVTable {
        do {
            var package = try WorkbookPackage([UInt8](data), limits: limits)
            for sheet in package.sheets {
                let cells = try package.cells(of: sheet)
                if let table = table(cells, names: package.definedNames) { return table }
            }
            throw DiagnosticError(
                .error(.workbook(.noWorksheetHeader), file: file, notes: [.workbook(.headerRow)]))
        } catch let refusal as WorkbookPackage.Refusal {
            throw DiagnosticError(diagnostic(refusal, file: file))
        } catch let error as DiagnosticError {
            throw error
        } catch {
            throw DiagnosticError(.error(.workbook(.unreadable("\(error)")), file: file))
        }
    }

    private static func diagnostic(_ refusal: WorkbookPackage.Refusal, file: String?) -> Diagnostic {
        let (message, note): (WorkbookMessage, WorkbookMessage?) =
            switch refusal {
            case .compoundFile: (.compoundFile, .saveWithoutPassword)
            case .macros: (.macros, .saveWithoutMacros)
            case .openDocument: (.openDocument, .saveOpenDocumentAs)
            case .notAWorkbook: (.notAWorkbook, .workbookOrCSV)
            case .zip(let error): (.zip(error), .saveAgainOrCSV)
            case .xml(let part, let error): (.xml(part: part, error), .saveAgain)
            case .sheet(let part, let error): (.sheet(part: part, error), nil)
            }
        return .error(.workbook(message), file: file, notes: note.map { [.workbook($0)] } ?? [])
    }

    /// The worksheet table of a sheet, or `nil` when the sheet has no worksheet header.
    static func table(
        _ cells: SheetCells, names: [String: (sheet: String, cell: CellReference)]
    ) -> CSVTable? {
        guard let header = SheetHeader(cells) else { return nil }
        let (first, last, width) = (header.first, header.last, header.columnNames.count)
        let kodeColumn = header.kodeColumn
        // A row, and whether any of its fields holds more than whitespace.
        func row(
            _ number: Int, _ range: Range<Int>, all: Bool = false
        ) -> (row: CSVRow, hasContent: Bool) {
            var fields = (first...last).map { column in
                CSVField(
                    value: "", position: SourcePosition(sheet: cells.name, row: number, column: column))
            }
            var hasContent = false
            func set(_ cell: SheetCells.Cell) {
                let value = cells.value(of: cell)
                fields[cell.column - first].value = value
                if !hasContent && !CSVText.isBlank(value) { hasContent = true }
            }
            let slice = cells.cells[range]
            if let kode = kodeColumn, let cell = slice.first(where: { $0.column == kode }) {
                set(cell)
            }
            let hasCode = !all && kodeColumn.map { !fields[$0 - first].value.trimmed.isEmpty } == true
            for cell in slice where cell.column >= first && cell.column <= last && cell.column != kodeColumn {
                if header.isComputed(cell) { continue }
                if hasCode && header.unread[cell.column - first] { continue }
                set(cell)
            }
            return (CSVRow(line: number, fields: fields), hasContent)
        }
        let headerRow = row(header.number, header.range, all: true).row
        var rows: [CSVRow] = []
        // The unit, the year and the instrument sit in named cells above the header; they
        // become the metadata rows a CSV worksheet has.
        let named = namedCells(cells, names: names)
        if let kode = header.columnNames.firstIndex(of: "kode"),
            let jawaban = header.columnNames.firstIndex(of: "jawaban")
        {
            for found in metadata(cells, named: named, above: header.number) {
                var fields = (0..<width).map { _ in CSVField(value: "", position: found.position) }
                fields[kode].value = found.key
                fields[jawaban].value = found.value
                rows.append(CSVRow(line: found.position.line, fields: fields))
            }
        }
        for candidate in cells.rows where candidate.number > header.number {
            let built = row(candidate.number, candidate.range)
            if built.hasContent { rows.append(built.row) }
        }
        var table = CSVTable(
            header: headerRow, columnNames: header.columnNames, rows: rows, delimiter: .comma,
            encoding: .utf8, warnings: [], source: CSVSourceText(utf8: []))
        table.workbook = WorkbookSnapshot(cells: cells, headerRow: header.number, namedCells: named)
        return table
    }

    /// The value and place of each defined name's cell on the sheet, by lowercased name.
    static func namedCells(
        _ cells: SheetCells, names: [String: (sheet: String, cell: CellReference)]
    ) -> [String: (value: String, position: SourcePosition)] {
        var named: [String: (value: String, position: SourcePosition)] = [:]
        for (name, target) in names where target.sheet == cells.name {
            named[name] = (
                cells.cell(target.cell).map(cells.value(of:)) ?? "",
                SourcePosition(sheet: cells.name, row: target.cell.row, column: target.cell.column)
            )
        }
        return named
    }

    /// The metadata a sheet gives above its header, in the order of the rows a table makes of
    /// them: each key with the value of its named cell, or of the cell right of its label.
    static func metadata(
        _ cells: SheetCells, named: [String: (value: String, position: SourcePosition)],
        above headerRow: Int
    ) -> [(key: String, value: String, position: SourcePosition)] {
        metadataLabels.compactMap { item in
            guard
                let found = named[item.name.lowercased()]
                    ?? labelled(item.label, cells, above: headerRow)
            else { return nil }
            return (item.key, found.value, found.position)
        }
    }

    /// The value right of a label cell in column A above the header.
    private static func labelled(
        _ label: String, _ cells: SheetCells, above headerRow: Int
    ) -> (value: String, position: SourcePosition)? {
        for cell in cells.cells where cell.row < headerRow && cell.column == 1 {
            guard cells.value(of: cell).trimmed.lowercased() == label else { continue }
            return (
                cells.cell(CellReference(row: cell.row, column: 2)).map(cells.value(of:)) ?? "",
                SourcePosition(sheet: cells.name, row: cell.row, column: 2)
            )
        }
        return nil
    }
}
