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
                    .warning, .unknownColumn(name), at: table.header.fields[index],
                    notes: [.roadMapColumns(RoadMapColumns.required + RoadMapColumns.optional)])
            }
        }
        years.sort { $0.year < $1.year }
    }

    mutating func report(
        _ severity: Diagnostic.Severity, _ message: RoadMapMessage, at field: CSVField,
        notes: [RoadMapMessage] = []
    ) {
        report(severity, message, at: field.position, notes: notes)
    }

    mutating func report(
        _ severity: Diagnostic.Severity, _ message: RoadMapMessage, at position: SourcePosition,
        notes: [RoadMapMessage] = []
    ) {
        diagnostics.append(
            Diagnostic(
                severity, .roadMap(message), file: file, position: position,
                notes: notes.map(Message.roadMap),
                sourceLine: position.column == nil ? nil : table.sourceLine(position.line)))
    }

    mutating func read() {
        if years.isEmpty {
            report(
                .error, .noYearColumn, at: SourcePosition(line: table.header.line),
                notes: [.addYearColumns])
        }
        for row in table.rows {
            let codeField = table.cell(row, "kode")
            let code = codeField.value.trimmed
            if code.hasPrefix("#") {
                readMetadata(row, key: code.lowercased(), at: codeField)
                continue
            }
            if code.isEmpty {
                if row.fields.contains(where: { !$0.value.trimmed.isEmpty }) {
                    report(
                        .error, .rowWithoutCode, at: codeField,
                        notes: [.everyIndicatorRowStartsWithCode])
                }
                continue
            }
            if let first = lineOfCode[code] {
                report(.error, .duplicateCode(code), at: codeField, notes: [.firstUsedOnLine(first)])
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
        let value = table.cell(row, "indikator").value.trimmed
        switch key {
        case RoadMapColumns.titleKey: title = value
        case RoadMapColumns.agencyKey: agency = value
        default:
            report(.warning, .unknownMetadata(key), at: field, notes: [.metadataRows])
        }
    }

    /// Reads one indicator row; `nil` when a cell that everything else depends on is wrong.
    private mutating func readIndicator(_ row: CSVRow, code: String) -> RoadMap.Indicator? {
        let nameField = table.cell(row, "indikator")
        if nameField.value.trimmed.isEmpty {
            report(
                .error, .indicatorWithoutName(code), at: nameField, notes: [.writeIndicatorName])
        }
        guard let kind = choice(IndicatorKind.self, row, "jenis"),
            let direction = choice(Direction.self, row, "arah"),
            let link = readLink(row)
        else { return nil }
        var indicator = RoadMap.Indicator(
            code: code, name: nameField.value.trimmed, area: table.cell(row, "area").value.trimmed,
            unit: table.cell(row, "satuan").value.trimmed, kind: kind, direction: direction,
            scale: nil, baselineYear: nil, baseline: nil, targets: [],
            responsible: table.cell(row, "pd_pengampu").value.trimmed, link: link,
            citation: table.cell(row, "sumber").value.trimmed, line: row.line)
        indicator.scale = readScale(row, link: link)
        let yearField = table.cell(row, "baseline_tahun")
        if !yearField.value.trimmed.isEmpty {
            if let year = Int(yearField.value.trimmed), (2000...2100).contains(year) {
                indicator.baselineYear = year
            } else {
                report(
                    .error, .notAYear(column: "baseline_tahun", value: yearField.value.trimmed),
                    at: yearField, notes: [.writeBaselineYear])
            }
        }
        indicator.baseline = readValue(table.cell(row, "baseline"), for: indicator, what: .baseline)
        for (year, column) in years {
            let field = row.cell(column)
            if let value = readValue(field, for: indicator, what: .target(year)) {
                indicator.targets.append(RoadMap.Target(year: year, value: value))
            }
        }
        return indicator
    }

    /// Reads a cell as a value of the indicator's kind; `nil` for an empty cell or an error.
    private mutating func readValue(
        _ field: CSVField, for indicator: RoadMap.Indicator, what: RoadMapMessage.Role
    ) -> RoadMapValue? {
        guard !RoadMapValue.isEmpty(field.value) else { return nil }
        switch RoadMapValue.parse(field.value, kind: indicator.kind, at: field.position) {
        case .failure(let failure):
            report(
                .error,
                .badValue(
                    what, value: field.value.trimmed, code: indicator.code, .unreadable(failure)),
                at: field, notes: [.expectedForm(indicator.kind)])
            return nil
        case .success(let value):
            if let problem = Self.categoryProblem(value, of: indicator) {
                report(
                    .error, .badValue(what, value: value.text, code: indicator.code, problem),
                    at: field, notes: [.useScaleCategory])
                return nil
            }
            if indicator.kind == .predikat, value.number != nil,
                indicator.scale?.hasRanges != true
            {
                report(
                    .error,
                    .badValue(what, value: value.text, code: indicator.code, .numberWithoutScale),
                    at: field, notes: [.nameAScale(RoadMapReader.scaleIDs)])
                return nil
            }
            return value
        }
    }

    /// Why a predikat written as text does not fit the indicator's scale, if it does not.
    static func categoryProblem(
        _ value: RoadMapValue, of indicator: RoadMap.Indicator
    ) -> RoadMapMessage.Problem? {
        guard let grade = value.grade, let scale = indicator.scale, scale.rank(of: grade) == nil
        else { return nil }
        return .notACategory(scale: scale.id, grades: scale.grades.map(\.grade))
    }

    static var scaleIDs: [String] { CategoryScale.builtins.map(\.id) }

    private mutating func choice<T: RawRepresentable & CaseIterable>(
        _ type: T.Type, _ row: CSVRow, _ column: String
    ) -> T? where T.RawValue == String {
        let field = table.cell(row, column)
        let text = field.value.trimmed.lowercased()
        if let value = T(rawValue: text) { return value }
        let allowed = T.allCases.map(\.rawValue)
        var notes: [RoadMapMessage] = [.choiceIsOneOf(column: column, allowed)]
        if !text.isEmpty, let near = Suggestion.nearest(to: text, among: allowed) {
            notes.insert(.didYouMean(near), at: 0)
        }
        report(
            .error,
            text.isEmpty
                ? .choiceEmpty(column: column)
                : .choiceUnknown(column: column, value: field.value.trimmed),
            at: field, notes: notes)
        return nil
    }
}
