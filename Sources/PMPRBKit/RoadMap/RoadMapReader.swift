/// Checks a road-map table row by row and collects every problem.
struct RoadMapReader {
    let table: CSVTable
    let file: String?
    var title = ""
    var agency = ""
    /// The year columns: the year and the column index, ascending by year.
    var years: [(year: Int, column: Int)] = []
    var indicators: [RoadMap.Indicator] = []
    var diagnostics: [Diagnostic] = []
    private var lineOfCode: [String: Int] = [:]

    init(table: CSVTable, file: String?) {
        self.table = table
        self.file = file
        diagnostics = table.warnings(file: file)
        let known = Set(RoadMapColumns.required + RoadMapColumns.optional)
        for (index, name) in table.columnNames.enumerated() where !name.isEmpty {
            if let year = Int(name), (2000...2100).contains(year) {
                years.append((year, index))
            } else if !known.contains(name) {
                report(
                    .warning, "unknown column '\(name)' is ignored", at: table.header.fields[index],
                    notes: [
                        "road-map columns: "
                            + (RoadMapColumns.required + RoadMapColumns.optional)
                            .joined(separator: ", ") + ", and one column per year (2024)"
                    ])
            }
        }
        years.sort { $0.year < $1.year }
    }

    func cell(_ row: CSVRow, _ name: String) -> CSVField {
        table.fields(row, [name])[0]
    }

    mutating func report(
        _ severity: Diagnostic.Severity, _ message: String, at field: CSVField,
        notes: [String] = []
    ) {
        report(severity, message, at: field.position, notes: notes)
    }

    mutating func report(
        _ severity: Diagnostic.Severity, _ message: String, at position: SourcePosition,
        notes: [String] = []
    ) {
        diagnostics.append(
            Diagnostic(
                severity, message, file: file, position: position, notes: notes,
                sourceLine: position.column == nil ? nil : table.sourceLine(position.line)))
    }

    mutating func read() {
        if years.isEmpty {
            report(
                .error, "the road map has no year column",
                at: SourcePosition(line: table.header.line),
                notes: ["add one column per year of the road map, named by the year (2020, …)"])
        }
        for row in table.rows {
            let codeField = cell(row, "kode")
            let code = codeField.value.trimmed
            if code.hasPrefix("#") {
                readMetadata(row, key: code.lowercased(), at: codeField)
                continue
            }
            if code.isEmpty {
                if row.fields.contains(where: { !$0.value.trimmed.isEmpty }) {
                    report(.error, "row has no kode", at: codeField,
                        notes: ["every indicator row starts with its code"])
                }
                continue
            }
            if let first = lineOfCode[code] {
                report(.error, "duplicate kode '\(code)'", at: codeField,
                    notes: ["first used on line \(first); each indicator appears once"])
                continue
            }
            lineOfCode[code] = row.line
            if let indicator = readIndicator(row, code: code) {
                check(indicator)
                indicators.append(indicator)
            }
        }
        checkTwins()
    }

    private mutating func readMetadata(_ row: CSVRow, key: String, at field: CSVField) {
        let value = cell(row, "indikator").value.trimmed
        switch key {
        case RoadMapColumns.titleKey: title = value
        case RoadMapColumns.agencyKey: agency = value
        default:
            report(.warning, "unknown metadata row '\(key)' is ignored", at: field,
                notes: ["metadata rows are #judul and #instansi, with the text in 'indikator'"])
        }
    }

    /// Reads one indicator row; `nil` when a cell that everything else depends on is wrong.
    private mutating func readIndicator(_ row: CSVRow, code: String) -> RoadMap.Indicator? {
        let nameField = cell(row, "indikator")
        if nameField.value.trimmed.isEmpty {
            report(.error, "indicator '\(code)' has no name", at: nameField,
                notes: ["write the indicator's name in 'indikator'"])
        }
        guard let kind = choice(IndicatorKind.self, row, "jenis"),
            let direction = choice(Direction.self, row, "arah"),
            let link = readLink(row)
        else { return nil }
        var indicator = RoadMap.Indicator(
            code: code, name: nameField.value.trimmed, area: cell(row, "area").value.trimmed,
            unit: cell(row, "satuan").value.trimmed, kind: kind, direction: direction,
            scale: nil, baselineYear: nil, baseline: nil, targets: [],
            responsible: cell(row, "pd_pengampu").value.trimmed, link: link,
            citation: cell(row, "sumber").value.trimmed, line: row.line)
        indicator.scale = readScale(row, link: link)
        let yearField = cell(row, "baseline_tahun")
        if !yearField.value.trimmed.isEmpty {
            if let year = Int(yearField.value.trimmed), (2000...2100).contains(year) {
                indicator.baselineYear = year
            } else {
                report(.error, "baseline_tahun '\(yearField.value.trimmed)' is not a year",
                    at: yearField, notes: ["write the year of the baseline, e.g. 2018"])
            }
        }
        indicator.baseline = readValue(cell(row, "baseline"), for: indicator, what: "baseline")
        for (year, column) in years {
            let field =
                row.field(column) ?? CSVField(value: "", position: SourcePosition(line: row.line))
            if let value = readValue(field, for: indicator, what: "target for \(year)") {
                indicator.targets.append(RoadMap.Target(year: year, value: value))
            }
        }
        return indicator
    }

    /// Reads a cell as a value of the indicator's kind; `nil` for an empty cell or an error.
    private mutating func readValue(
        _ field: CSVField, for indicator: RoadMap.Indicator, what: String
    ) -> RoadMapValue? {
        guard !RoadMapValue.isEmpty(field.value) else { return nil }
        switch RoadMapValue.parse(field.value, kind: indicator.kind, at: field.position) {
        case .failure(let failure):
            report(
                .error, "\(what) '\(field.value.trimmed)' of '\(indicator.code)' \(failure.reason)",
                at: field, notes: [RoadMapReader.expectedForm(indicator.kind)])
            return nil
        case .success(let value):
            if let problem = Self.categoryProblem(value, of: indicator) {
                report(
                    .error, "\(what) '\(value.text)' of '\(indicator.code)' \(problem)", at: field,
                    notes: ["use a category of the scale, or leave 'skala' empty"])
                return nil
            }
            if indicator.kind == .predikat, value.number != nil,
                indicator.scale?.hasRanges != true
            {
                report(
                    .error,
                    "\(what) '\(value.text)' of '\(indicator.code)' is a number, but the "
                        + "indicator has no scale to turn it into a predikat",
                    at: field,
                    notes: ["name a scale in 'skala' (\(RoadMapReader.scaleIDs)), or write the "
                        + "predikat itself"])
                return nil
            }
            return value
        }
    }

    /// Why a predikat written as text does not fit the indicator's scale, if it does not.
    static func categoryProblem(_ value: RoadMapValue, of indicator: RoadMap.Indicator) -> String? {
        guard let grade = value.grade, let scale = indicator.scale, scale.rank(of: grade) == nil
        else { return nil }
        return "is not a category of scale '\(scale.id)' ("
            + scale.grades.map(\.grade).joined(separator: ", ") + ")"
    }

    static var scaleIDs: String {
        CategoryScale.builtins.map(\.id).joined(separator: ", ")
    }

    static func expectedForm(_ kind: IndicatorKind) -> String {
        switch kind {
        case .persen: "a percentage is written 85 or 85% (decimal comma or point), '-' for none"
        case .predikat: "a predikat is written as its letter or word (BB, WTP), or as a number "
            + "with a scale"
        case .level: "a level is written 3 or Level 3, '-' for none"
        default: "a number is written 3,5 or 3.5, optionally with labels in brackets: 68 (B)"
        }
    }

    private mutating func choice<T: RawRepresentable & CaseIterable>(
        _ type: T.Type, _ row: CSVRow, _ column: String
    ) -> T? where T.RawValue == String {
        let field = cell(row, column)
        let text = field.value.trimmed.lowercased()
        if let value = T(rawValue: text) { return value }
        let allowed = T.allCases.map(\.rawValue)
        var notes = ["\(column) is one of: " + allowed.joined(separator: ", ")]
        if !text.isEmpty, let near = Suggestion.nearest(to: text, among: allowed) {
            notes.insert("did you mean '\(near)'?", at: 0)
        }
        report(.error, text.isEmpty ? "\(column) is empty" : "\(column) '\(field.value.trimmed)' "
            + "is not known", at: field, notes: notes)
        return nil
    }
}
