import PMPRBPlatform

/// Why a worksheet cannot join a comparison.
public enum WorksheetRefusal: Error, Hashable, Sendable {
    /// The file cannot be read as a worksheet of the instrument: every problem found.
    case invalid(DiagnosticError)
    /// The worksheet names another instrument than the one being compared.
    case otherInstrument(named: String, Diagnostic)

    /// The diagnostics to show.
    public var diagnostics: [Diagnostic] {
        switch self {
        case .invalid(let error): error.diagnostics
        case .otherInstrument(_, let diagnostic): [diagnostic]
        }
    }
}

extension UnitSummary {
    /// Reads a worksheet's bytes, checks them against an instrument, scores and summarises
    /// them: a pure function from bytes to a summary, which a caller may run for many files
    /// at once.
    ///
    /// ```swift
    /// let (summary, warnings) = try UnitSummary.reading(
    ///     csv: data, file: "lke/dinkes.csv", instrument: instrument)
    /// ```
    ///
    /// - Parameters:
    ///   - data: The file's bytes.
    ///   - file: The path as the user typed it, used in diagnostics and kept in the summary.
    ///   - instrument: The instrument of the comparison.
    ///   - delimiter: A delimiter to use instead of detecting one.
    ///   - options: How unanswered items count, and predicates declared for every worksheet.
    /// - Returns: The summary and the worksheet's warnings.
    /// - Throws: ``WorksheetRefusal/otherInstrument(named:_:)`` when the worksheet names another
    ///   instrument, ``WorksheetRefusal/invalid(_:)`` with every problem otherwise.
    public static func reading(
        csv data: Data, file: String, instrument: Instrument, delimiter: CSVDelimiter? = nil,
        options: ScoringOptions = ScoringOptions()
    ) throws(WorksheetRefusal) -> (summary: UnitSummary, warnings: [Diagnostic]) {
        let fast = data.withUnsafeBytes { bytes in
            fastReading(
                bytes, file: file, instrument: instrument, delimiter: delimiter, options: options)
        }
        if let fast { return (fast, []) }
        return try plainReading(
            csv: data, file: file, instrument: instrument, delimiter: delimiter, options: options)
    }

    /// Reads a worksheet's bytes from a buffer, which the caller may reuse afterwards, as
    /// ``reading(csv:file:instrument:delimiter:options:)`` reads them from `Data`.
    public static func reading(
        bytes: UnsafeRawBufferPointer, file: String, instrument: Instrument,
        delimiter: CSVDelimiter? = nil, options: ScoringOptions = ScoringOptions()
    ) throws(WorksheetRefusal) -> (summary: UnitSummary, warnings: [Diagnostic]) {
        try reading(
            bytes: bytes, array: nil, file: file, instrument: instrument, delimiter: delimiter,
            options: options)
    }

    /// Reads a worksheet's bytes from an array, as
    /// ``reading(bytes:file:instrument:delimiter:options:)`` reads them from a buffer; a
    /// workbook's archive keeps the array rather than a copy of it.
    public static func reading(
        contentsOf array: [UInt8], file: String, instrument: Instrument,
        delimiter: CSVDelimiter? = nil, options: ScoringOptions = ScoringOptions()
    ) throws(WorksheetRefusal) -> (summary: UnitSummary, warnings: [Diagnostic]) {
        try array.withUnsafeBytes { bytes in
            Result { () throws(WorksheetRefusal) in
                try reading(
                    bytes: bytes, array: array, file: file, instrument: instrument,
                    delimiter: delimiter, options: options)
            }
        }.get()
    }

    /// ``reading(bytes:file:instrument:delimiter:options:)`` of bytes that may be those of
    /// `array`, which a workbook's archive then keeps.
    private static func reading(
        bytes: UnsafeRawBufferPointer, array: [UInt8]?, file: String, instrument: Instrument,
        delimiter: CSVDelimiter?, options: ScoringOptions
    ) throws(WorksheetRefusal) -> (summary: UnitSummary, warnings: [Diagnostic]) {
        if let fast = fastReading(
            bytes, array: array, file: file, instrument: instrument, delimiter: delimiter,
            options: options)
        {
            return (fast, [])
        }
        // A workbook's bytes are copied once, into its archive (`WorkbookTable.read`), and
        // nothing keeps the `Data`: it can wrap the caller's buffer.
        let data: Data
        if let base = bytes.baseAddress, WorkbookPackage.isWorkbook(bytes) {
            data = Data(
                bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: bytes.count,
                deallocator: .none)
        } else {
            data = Data(bytes)
        }
        return try plainReading(
            csv: data, file: file, instrument: instrument, delimiter: delimiter, options: options)
    }

    /// The summary of a worksheet that ``WorksheetFastReader`` reads, or of a workbook that
    /// ``WorkbookFastReader`` reads, or `nil` when the plain reader must read it (decision 0021).
    /// A workbook's archive keeps `array`, when given with the same bytes, rather than a copy.
    static func fastReading(
        _ bytes: UnsafeRawBufferPointer, array: [UInt8]? = nil, file: String,
        instrument: Instrument, delimiter: CSVDelimiter?, options: ScoringOptions
    ) -> UnitSummary? {
        let bytes = bytes.assumingMemoryBound(to: UInt8.self)
        guard
            let reading = WorkbookPackage.isWorkbook(bytes)
                ? WorkbookFastReader.read(array ?? Array(bytes), instrument: instrument)
                : WorksheetFastReader.read(bytes, instrument: instrument, delimiter: delimiter)
        else { return nil }
        let answers = Instrument.Answers(byNode: reading.answerOfNode, instrument: instrument)
        return instrument.summary(
            unit: reading.unit, year: reading.year, file: file, answers: answers,
            held: reading.heldPredicates, options: options)
    }

    /// ``reading(csv:file:instrument:delimiter:options:)`` through ``CSVReader`` and
    /// ``WorksheetReader`` alone, which judge every file and say what is wrong with it.
    static func plainReading(
        csv data: Data, file: String, instrument: Instrument, delimiter: CSVDelimiter?,
        options: ScoringOptions
    ) throws(WorksheetRefusal) -> (summary: UnitSummary, warnings: [Diagnostic]) {
        let table: CSVTable
        do {
            table = try Worksheet.table(csv: data, file: file, delimiter: delimiter)
        } catch {
            throw .invalid(error)
        }
        if let named = Worksheet.instrumentID(in: table), named != instrument.id {
            throw .otherInstrument(
                named: named,
                .error(
                    .worksheet(.otherInstrumentInComparison(named: named, compared: instrument.id)),
                    file: file, at: instrumentPosition(in: table),
                    notes: [.worksheet(.compareOneInstrument)]))
        }
        // The answers are kept by node rather than in a `Worksheet`, whose dictionary by code a
        // summary does not need.
        let reader: WorksheetReader
        do {
            reader = try Worksheet.checkedReader(parsing: table, file: file, instrument: instrument)
        } catch {
            throw .invalid(error)
        }
        let answers = Instrument.Answers(byNode: reader.answerOfNode, instrument: instrument)
        let summary = instrument.summary(
            unit: reader.unit, year: reader.year, file: file, answers: answers,
            held: reader.heldPredicates, options: options)
        return (summary, reader.diagnostics)
    }

    /// Where the `#instrumen` row's answer is.
    private static func instrumentPosition(in table: CSVTable) -> SourcePosition? {
        guard let kode = table.columnIndex("kode"), let jawaban = table.columnIndex("jawaban")
        else { return nil }
        let row = table.rows.first {
            $0.field(kode)?.value.trimmingInlineWhitespace.lowercased()
                == WorksheetColumns.instrumentKey
        }
        return row?.field(jawaban)?.position
    }
}
