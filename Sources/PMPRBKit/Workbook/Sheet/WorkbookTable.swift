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
        let required = Set(WorksheetColumns.required)
        // The header's cells with their names in normal form, each normalised once.
        var headerNames: [(column: Int, name: String)] = []
        guard
            let header = cells.rows.first(where: { row in
                // A header has at least the required cells; most rows have fewer.
                guard row.range.count >= required.count else { return false }
                let names = cells.cells[row.range].map {
                    (column: $0.column, name: CSVText.normalisedColumnName(cells.value(of: $0)))
                }
                guard required.isSubset(of: names.map(\.name)) else { return false }
                headerNames = names
                return true
            })
        else { return nil }
        let headerCells = cells.cells[header.range].filter {
            !cells.value(of: $0).trimmed.isEmpty
        }
        guard let first = headerCells.first?.column, let last = headerCells.last?.column else {
            return nil
        }
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
        let computed = marks(computedColumns)
        let unread = marks(unreadColumns)
        let kodeColumn = columns(["kode"]).min()
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
                if cell.formula != nil && computed[cell.column - first] { continue }
                if hasCode && unread[cell.column - first] { continue }
                set(cell)
            }
            return (CSVRow(line: number, fields: fields), hasContent)
        }
        let headerRow = row(header.number, header.range, all: true).row
        // The names of the header row's fields, as `normalisedColumnName` of each field's
        // value: a cell left unread (a computed column's formula) is blank.
        var columnNames = [String](repeating: CSVText.normalisedColumnName(""), count: width)
        for (cell, named) in zip(cells.cells[header.range], headerNames)
        where cell.column >= first && cell.column <= last
            && (cell.column == kodeColumn || cell.formula == nil || !computed[cell.column - first])
        {
            columnNames[cell.column - first] = named.name
        }
        var rows: [CSVRow] = []
        var named: [String: (value: String, position: SourcePosition)] = [:]
        for (name, target) in names where target.sheet == cells.name {
            named[name] = (
                cells.cell(target.cell).map(cells.value(of:)) ?? "",
                SourcePosition(sheet: cells.name, row: target.cell.row, column: target.cell.column)
            )
        }
        // The unit, the year and the instrument sit in named cells above the header; they
        // become the metadata rows a CSV worksheet has.
        if let kode = columnNames.firstIndex(of: "kode"),
            let jawaban = columnNames.firstIndex(of: "jawaban")
        {
            for item in metadataLabels {
                guard
                    let found = named[item.name.lowercased()]
                        ?? labelled(item.label, cells, above: header.number)
                else { continue }
                var fields = (0..<width).map { _ in CSVField(value: "", position: found.position) }
                fields[kode].value = item.key
                fields[jawaban].value = found.value
                rows.append(CSVRow(line: found.position.line, fields: fields))
            }
        }
        for candidate in cells.rows where candidate.number > header.number {
            let built = row(candidate.number, candidate.range)
            if built.hasContent { rows.append(built.row) }
        }
        var table = CSVTable(
            header: headerRow, columnNames: columnNames, rows: rows, delimiter: .comma,
            encoding: .utf8, warnings: [], source: CSVSourceText(utf8: []))
        table.workbook = WorkbookSnapshot(cells: cells, headerRow: header.number, namedCells: named)
        return table
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
