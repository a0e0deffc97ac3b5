import PMPRBPlatform

/// A realisation file: the values a government reports for its road-map indicators, one row
/// per indicator and year (`docs/roadmap-format.md`, "Realisation file").
///
/// Reading it checks only its own shape; ``RoadMapProgress`` checks each value against its
/// indicator.
public struct RealisationFile: Sendable {
    /// One reported value.
    public struct Entry: Hashable, Sendable {
        /// The indicator's code.
        public var code: String
        /// Where the code is.
        public var codePosition: SourcePosition
        /// The year.
        public var year: Int
        /// The value as written.
        public var text: String
        /// Where the value is.
        public var position: SourcePosition
        /// Where the value was taken from (`sumber`); may be empty.
        public var citation: String
    }

    /// The file as the user named it.
    public var file: String?
    /// The entries in file order; rows with an empty value are left out.
    public var entries: [Entry]
    /// Warnings about the file, such as a fallback to Windows-1252.
    public var warnings: [Diagnostic]
    /// The text of each line, for carets in later diagnostics.
    let table: CSVTable

    /// Reads a realisation file's CSV bytes.
    ///
    /// - Throws: ``DiagnosticError`` for a row without a code, a year that is not one, or an
    ///   indicator and year given twice.
    public init(csv data: Data, file: String?) throws(DiagnosticError) {
        let table = try CSVTable.roadMapFile(
            data, file: file, requiring: RoadMapColumns.realisation)
        var diagnostics = table.warnings(file: file)
        var entries: [Entry] = []
        var lineOf: [String: Int] = [:]
        for row in table.rows {
            let fields = table.fields(row, ["kode", "tahun", "realisasi", "sumber"])
            let (code, year, value) = (fields[0], fields[1], fields[2])
            func error(_ message: RoadMapMessage, _ field: CSVField, _ note: RoadMapMessage) {
                diagnostics.append(
                    table.diagnostic(
                        .error, .roadMap(message), file: file, at: field.position,
                        notes: [.roadMap(note)]))
            }
            if code.value.trimmed.isEmpty {
                if row.fields.contains(where: { !$0.value.trimmed.isEmpty }) {
                    error(.rowWithoutCode, code, .everyRowNamesIndicator)
                }
                continue
            }
            guard let number = Int(year.value.trimmed), (2000...2100).contains(number) else {
                error(
                    .notAYear(column: "tahun", value: year.value.trimmed), year,
                    .writeRealisationYear)
                continue
            }
            if RoadMapValue.isEmpty(value.value) { continue }
            let key = code.value.trimmed + "\u{0}" + String(number)
            if let first = lineOf[key] {
                error(
                    .realisationTwice(code: code.value.trimmed, year: number), code,
                    .firstGivenOnLine(first))
                continue
            }
            lineOf[key] = row.line
            entries.append(
                Entry(
                    code: code.value.trimmed, codePosition: code.position, year: number,
                    text: value.value.trimmed, position: value.position,
                    citation: fields[3].value.trimmed))
        }
        guard !diagnostics.contains(where: { $0.severity == .error }) else {
            throw DiagnosticError(diagnostics)
        }
        self.file = file
        self.table = table
        self.entries = entries
        warnings = diagnostics
    }

    /// The text of a line, to draw a caret.
    func sourceLine(_ line: Int) -> String? { table.sourceLine(line) }
}
