import PMPRBPlatform

extension Instrument {
    /// The columns an instrument file must have (`docs/instrument-format.md`).
    public static let requiredColumns = ["kode", "jenis", "uraian"]

    /// Reads and checks an instrument from CSV bytes.
    ///
    /// Every problem is collected (unreadable numbers, unknown kinds and answer types, orphan
    /// and duplicate codes, weights that do not add up, formulas over missing inputs, bands and
    /// criteria that do not fit), so one run reports all of them.
    ///
    /// - Parameters:
    ///   - data: The file's bytes.
    ///   - file: The path as the user typed it, used in diagnostics.
    /// - Throws: ``DiagnosticError`` with every problem, sorted by line and column.
    public init(csv data: Data, file: String?) throws(DiagnosticError) {
        let table = try CSVReader(requiredColumns: Instrument.requiredColumns)
            .read(data, file: file)
        try self.init(parsing: table, file: file)
    }

    /// Checks an instrument from a parsed table; see ``init(csv:file:)``.
    public init(parsing table: CSVTable, file: String?) throws(DiagnosticError) {
        try self.init(parsing: table, file: file, reportingChecks: true)
    }

    /// Reads a built-in instrument's text: as ``init(csv:file:)``, but without the checks that
    /// only report and change nothing read (weights, answer types, gates, direct values,
    /// breakdowns and formulas of the tree; the targets of the criteria and the bands'
    /// thresholds). Every built-in passes them: `BuiltinInstrumentTests` reads each one both
    /// ways and expects the same instrument (decision 0021).
    init(builtin data: Data, file: String?) throws(DiagnosticError) {
        let table = try CSVReader(requiredColumns: Instrument.requiredColumns)
            .read(data, file: file)
        try self.init(builtin: table, file: file)
    }

    /// Reads a built-in instrument from its table; see ``init(builtin:file:)``.
    init(builtin table: CSVTable, file: String?) throws(DiagnosticError) {
        try self.init(parsing: table, file: file, reportingChecks: false)
    }

    private init(parsing table: CSVTable, file: String?, reportingChecks: Bool)
        throws(DiagnosticError)
    {
        var builder = InstrumentBuilder(table: table, file: file)
        builder.readRows()
        builder.linkTree()
        if reportingChecks { builder.checkTree() }
        builder.readGuides()
        if reportingChecks { builder.checkCriteria() }
        builder.checkIndexRules()
        let errors = builder.diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty, let header = builder.header else {
            var all = builder.diagnostics
            if builder.header == nil {
                all.append(
                    .error(
                        .instrument(.noInstrumentRow), file: file,
                        at: SourcePosition(line: table.header.line),
                        notes: [.instrument(.firstRowIsInstrumen)]))
            }
            throw DiagnosticError(all)
        }
        self.init(
            id: header.id, title: header.title, source: header.source, level: header.level,
            declaredTotal: header.total, answerTypes: builder.answerTypes, nodes: builder.nodes,
            bands: builder.bands, criteria: builder.criteria, targetBands: builder.targetBands,
            combination: builder.combination)
    }
}
