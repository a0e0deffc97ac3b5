import PMPRBPlatform

/// Checks the files of road-map monitoring on their own, for `pmprb validate`: road maps,
/// realisation files and RATL files with statuses, each recognised by its header.
public enum RoadMapValidation {
    /// Every problem of a road-map file, or `nil` when the file is none of the three kinds (by
    /// its header), so that the caller checks it as a worksheet or an instrument.
    ///
    /// A realisation file is checked for its own shape only; its codes and kinds are checked
    /// against a road map by `pmprb peta-jalan`.
    ///
    /// - Parameters:
    ///   - data: The file's bytes.
    ///   - file: The path as the user typed it.
    /// - Returns: The errors and warnings found (empty for a clean file), or `nil`.
    public static func diagnostics(for data: Data, file: String) -> [Diagnostic]? {
        guard let table = try? CSVReader(requiredColumns: ["kode"]).read(data) else { return nil }
        let names = table.columnNames
        do {
            if RoadMapColumns.isRoadMap(names) {
                return try RoadMap(csv: data, file: file).warnings
            }
            if RoadMapColumns.isRATL(names) {
                return try RATLFile(csv: data, file: file).warnings
            }
            if RoadMapColumns.isRealisation(names) {
                return try RealisationFile(csv: data, file: file).warnings
            }
        } catch {
            return error.diagnostics
        }
        return nil
    }
}
