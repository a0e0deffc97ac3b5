import PMPRBPlatform

extension Worksheet {
    /// Reads a worksheet's CSV bytes and checks it against an instrument.
    ///
    /// - Parameters:
    ///   - data: The file's bytes, in any encoding and delimiter ``CSVReader`` reads.
    ///   - file: The path as the user typed it, used in diagnostics.
    ///   - instrument: The instrument the worksheet must match.
    ///   - delimiter: A delimiter to use instead of detecting one.
    /// - Throws: ``DiagnosticError`` with every problem found.
    public init(
        csv data: Data, file: String?, instrument: Instrument, delimiter: CSVDelimiter? = nil
    ) throws(DiagnosticError) {
        let table = try Worksheet.table(csv: data, file: file, delimiter: delimiter)
        try self.init(parsing: table, file: file, instrument: instrument)
    }

    /// Reads a worksheet table against an instrument: the reader, holding every answer, or
    /// every problem found.
    static func checkedReader(
        parsing table: CSVTable, file: String?, instrument: Instrument
    ) throws(DiagnosticError) -> WorksheetReader {
        var reader = WorksheetReader(table: table, file: file, instrument: instrument)
        reader.read()
        guard !reader.diagnostics.contains(where: { $0.severity == .error }) else {
            throw DiagnosticError(reader.diagnostics)
        }
        return reader
    }

    /// Whether bytes are a workbook (a ZIP archive or an OLE compound file) rather than CSV text.
    public static func isWorkbook(_ data: Data) -> Bool { WorkbookPackage.isWorkbook(data) }

    /// Reads the table of a worksheet without checking it against an instrument.
    ///
    /// The bytes are a CSV file or, recognised by their signature, an `.xlsx` workbook whose
    /// sheet with the worksheet header is read (`docs/worksheet-format.md`, "Workbook"); an
    /// `.xls`, an encrypted or a macro workbook is refused with what to do instead.
    public static func table(
        csv data: Data, file: String?, delimiter: CSVDelimiter? = nil
    ) throws(DiagnosticError) -> CSVTable {
        if WorkbookPackage.isWorkbook(data) { return try WorkbookTable.read(data, file: file) }
        return try CSVReader(delimiter: delimiter, requiredColumns: WorksheetColumns.required)
            .read(data, file: file)
    }

    /// The instrument id a worksheet table names in its `#instrumen` row, if any.
    public static func instrumentID(in table: CSVTable) -> String? {
        guard let kode = table.columnIndex("kode"), let jawaban = table.columnIndex("jawaban")
        else { return nil }
        for row in table.rows
        where row.field(kode)?.value.trimmed.lowercased()
            == WorksheetColumns.instrumentKey
        {
            let value = row.field(jawaban)?.value.trimmed ?? ""
            return value.isEmpty ? nil : value
        }
        return nil
    }

    /// Checks a parsed worksheet table against an instrument; see ``init(csv:file:instrument:delimiter:)``.
    ///
    /// For a table read from a workbook, the results the workbook carries are audited against
    /// the scoring's own (`docs/worksheet-format.md`, "Audit"); each cell that differs is
    /// reported with `auditSeverity`, a warning unless the caller asks for an error.
    public init(
        parsing table: CSVTable, file: String?, instrument: Instrument,
        auditSeverity: Diagnostic.Severity = .warning
    ) throws(DiagnosticError) {
        let reader = try Self.checkedReader(parsing: table, file: file, instrument: instrument)
        self.instrumentID = instrument.id
        self.unit = reader.unit
        self.year = reader.year
        self.heldPredicates = reader.heldPredicates
        self.file = file
        self.entries = reader.entries
        self.warnings = reader.diagnostics
        if let snapshot = table.workbook {
            let audit = WorkbookAudit(
                table: table, snapshot: snapshot, instrument: instrument, worksheet: self,
                file: file, severity: auditSeverity)
            warnings += audit.findings()
        }
    }
}
