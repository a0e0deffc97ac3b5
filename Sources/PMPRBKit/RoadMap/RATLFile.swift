import PMPRBPlatform

/// A follow-up plan (RATL, *rencana aksi tindak lanjut*) with the status of each action: the
/// CSV that `pmprb gaps` writes, with a `status` column added (`docs/roadmap-format.md`,
/// "RATL file").
public struct RATLFile: Sendable {
    /// How far an action is.
    public enum Status: String, CaseIterable, Hashable, Sendable, Codable {
        /// Done.
        case selesai
        /// Started, not done.
        case proses
        /// Not started.
        case belum
    }

    /// One action of the plan.
    public struct Action: Hashable, Sendable {
        /// The item's code.
        public var code: String
        /// The year the action counts for: `tahun`, or the year in `tenggat`.
        public var year: Int?
        /// The status.
        public var status: Status
        /// The line of the row.
        public var line: Int
    }

    /// The file as the user named it.
    public var file: String?
    /// The actions in file order.
    public var actions: [Action]
    /// Warnings: rows without a year, which are not counted.
    public var warnings: [Diagnostic]

    /// The words read as each status, lower case.
    static let words: [String: Status] = [
        "selesai": .selesai, "sudah": .selesai, "tercapai": .selesai, "done": .selesai,
        "proses": .proses, "dalam proses": .proses, "berjalan": .proses, "in progress": .proses,
        "belum": .belum, "belum dimulai": .belum, "": .belum, "not started": .belum,
    ]

    /// Reads a RATL file's CSV bytes.
    ///
    /// - Throws: ``DiagnosticError`` for a status that is not one of ``Status`` (or its
    ///   synonyms, `docs/roadmap-format.md`) or a `tahun` that is not a year.
    public init(csv data: Data, file: String?) throws(DiagnosticError) {
        let table = try CSVTable.roadMapFile(data, file: file, requiring: RoadMapColumns.ratl)
        self.file = file
        var diagnostics = table.warnings(file: file)
        var actions: [Action] = []
        for row in table.rows {
            let fields = table.fields(row, ["kode", "status", "tahun", "tenggat"])
            let code = fields[0].value.trimmed
            if code.isEmpty { continue }
            let statusText = CategoryScale.key(fields[1].value)
            guard let status = Self.words[statusText] else {
                diagnostics.append(
                    table.diagnostic(
                        .error,
                        .roadMap(.unknownStatus(value: fields[1].value.trimmed, code: code)),
                        file: file, at: fields[1].position, notes: [.roadMap(.statusValues)]))
                continue
            }
            var year: Int?
            let yearText = fields[2].value.trimmed
            if !yearText.isEmpty {
                guard let number = Int(yearText), (2000...2100).contains(number) else {
                    diagnostics.append(
                        table.diagnostic(
                            .error, .roadMap(.notAYear(column: "tahun", value: yearText)),
                            file: file, at: fields[2].position,
                            notes: [.roadMap(.writeActionYear)]))
                    continue
                }
                year = number
            } else {
                year = Self.year(in: fields[3].value)
            }
            if year == nil {
                diagnostics.append(
                    .warning(
                        .roadMap(.actionWithoutYear(code)), file: file,
                        at: SourcePosition(line: row.line), notes: [.roadMap(.addActionYear)]))
            }
            actions.append(Action(code: code, year: year, status: status, line: row.line))
        }
        guard !diagnostics.contains(where: { $0.severity == .error }) else {
            throw DiagnosticError(diagnostics)
        }
        self.actions = actions
        warnings = diagnostics
    }

    /// The first run of four digits from 2000 to 2100 in a text (`31/12/2021`, `2021-12-31`).
    static func year(in text: String) -> Int? {
        let digits = text.split { !$0.isASCII || !$0.isNumber }
        return digits.lazy.compactMap { Int($0) }.first { $0 >= 2000 && $0 <= 2100 }
    }

    /// How many actions of a year have a status.
    public func count(_ status: Status, year: Int) -> Int {
        actions.count { $0.year == year && $0.status == status }
    }

    /// The years the actions count for, ascending.
    public var years: [Int] { Array(Set(actions.compactMap(\.year))).sorted() }
}
