import PMPRBPlatform

extension CSVTable {
    /// Reads a road-map family file (road map, realisation file, RATL file) with its required
    /// columns, or throws the reader's diagnostic.
    static func roadMapFile(
        _ data: Data, file: String?, requiring columns: [String]
    ) throws(DiagnosticError) -> CSVTable {
        try CSVReader(requiredColumns: columns).read(data, file: file)
    }

    /// The table's warnings, naming the file.
    func warnings(file: String?) -> [Diagnostic] {
        warnings.map { warning in file.map(warning.inFile) ?? warning }
    }

    /// The fields of a row under named columns, an empty field at the row's line for a column
    /// the table lacks.
    func fields(_ row: CSVRow, _ names: [String]) -> [CSVField] {
        names.map { cell(row, $0) }
    }
}
