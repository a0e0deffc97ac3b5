/// Reads a proposal table row by row and collects every problem (`docs/usulan.md`).
struct ProposalReader {
    let table: CSVTable
    let file: String?
    var diagnostics: [Diagnostic] = []
    var instansi = ""
    var year: Int?
    var kind: InstansiKind?
    var opini: String?
    var sakip: Double?
    var indeks: Double?
    var spip: Double?
    var rb: ProposalInput.Reference?
    var units: [ProposalInput.UnitRow] = []
    var positions: [String: SourcePosition] = [:]
    private var unitLines: [String: Int] = [:]

    init(table: CSVTable, file: String?) {
        self.table = table
        self.file = file
    }

    private func cell(_ row: CSVRow, _ column: String) -> CSVField {
        let field = table.columnIndex(column).flatMap { row.field($0) }
        return field ?? CSVField(value: "", position: SourcePosition(line: row.line))
    }

    mutating func error(_ message: String, at field: CSVField, notes: [String] = []) {
        diagnostics.append(
            .error(
                message, file: file, at: field.position, notes: notes,
                sourceLine: table.sourceLine(field.position.line)))
    }

    mutating func read() {
        let unitColumn = table.columnIndex("unit") ?? 0
        var metadata: [(key: String, keyField: CSVField, value: CSVField)] = []
        for row in table.rows {
            let name = cell(row, "unit")
            let text = name.value.trimmed
            if text.hasPrefix("#") {
                let value = row.field(unitColumn + 1)
                    ?? CSVField(value: "", position: SourcePosition(line: row.line))
                metadata.append((text.lowercased(), name, value))
            } else if !text.isEmpty || row.fields.contains(where: { !$0.value.trimmed.isEmpty }) {
                readUnit(row, name: name)
            }
        }
        for entry in metadata { readMetadata(entry.key, keyField: entry.keyField, value: entry.value) }
        checkUnits()
    }

    // MARK: Instansi

    private mutating func readMetadata(_ key: String, keyField: CSVField, value field: CSVField) {
        guard ProposalInput.keys.contains(key) else {
            var notes = ["keys: " + ProposalInput.keys.joined(separator: ", ")]
            if let near = Suggestion.nearest(to: key, among: ProposalInput.keys) {
                notes.insert("did you mean '\(near)'?", at: 0)
            }
            error("unknown key '\(key)'", at: keyField, notes: notes)
            return
        }
        if positions[key] != nil {
            error("'\(key)' is given twice", at: keyField)
            return
        }
        positions[key] = field.position
        let text = field.value.trimmed
        guard !text.isEmpty else { return }
        switch key {
        case "#instansi": instansi = text
        case "#tahun":
            guard let number = Int(text), (2000...2100).contains(number) else {
                error("tahun '\(text)' is not a year", at: field)
                return
            }
            year = number
        case "#jenis":
            guard let parsed = InstansiKind(rawValue: text.lowercased()) else {
                error("jenis '\(text)' is not 'kl' or 'pemda'", at: field)
                return
            }
            kind = parsed
        case "#opini_bpk":
            guard let opinion = ProposalInput.opinions.first(where: {
                $0.lowercased() == text.lowercased()
            }) else {
                error(
                    "opini_bpk '\(text)' is not an opinion", at: field,
                    notes: ["write one of: " + ProposalInput.opinions.joined(separator: ", ")])
                return
            }
            opini = opinion
        case "#nilai_sakip": sakip = number(field, in: 0...100)
        case "#indeks_rb": indeks = number(field, in: 0...120)
        case "#maturitas_spip": spip = number(field, in: 1...5)
        default: rb = ProposalInput.Reference(path: text, position: field.position)
        }
    }

    private mutating func number(_ field: CSVField, in range: ClosedRange<Double>) -> Double? {
        let text = field.value.trimmed
        guard let parsed = LocaleNumber.parse(text) else {
            error("'\(text)' is not a number", at: field)
            return nil
        }
        guard range.contains(parsed.value) else {
            error(
                "'\(text)' is outside \(LocaleNumber.format(range.lowerBound, decimals: 0))"
                    + "..\(LocaleNumber.format(range.upperBound, decimals: 0))", at: field)
            return nil
        }
        return parsed.value
    }

    // MARK: Units

    private mutating func readUnit(_ row: CSVRow, name field: CSVField) {
        let name = field.value.trimmed
        guard !name.isEmpty else {
            error("row has no unit name", at: field)
            return
        }
        if let first = unitLines[name] {
            error("unit '\(name)' appears twice", at: field, notes: ["first on line \(first)"])
            return
        }
        unitLines[name] = row.line
        let lke = cell(row, "lke")
        if lke.value.trimmed.isEmpty {
            error("unit '\(name)' has no lke", at: lke,
                notes: ["give the path of its filled zi-2021 worksheet"])
        }
        let core = cell(row, "layanan_inti")
        var isCore = false
        switch core.value.trimmed.lowercased() {
        case "ya": isCore = true
        case "tidak": isCore = false
        default: error("layanan_inti '\(core.value.trimmed)' must be 'ya' or 'tidak'", at: core)
        }
        let grade = cell(row, "sakip_internal")
        let sakipGrade = grade.value.trimmed.uppercased()
        if !SAKIPGrade.order.contains(sakipGrade) {
            error(
                "sakip_internal '\(grade.value.trimmed)' is not a SAKIP predikat", at: grade,
                notes: ["write one of: " + SAKIPGrade.order.joined(separator: ", ")])
        }
        let afirmasiField = cell(row, "afirmasi")
        var afirmasi: AfirmasiType?
        let afirmasiText = afirmasiField.value.trimmed.lowercased()
        if !afirmasiText.isEmpty {
            afirmasi = AfirmasiType(rawValue: afirmasiText)
            if afirmasi == nil {
                error(
                    "afirmasi '\(afirmasiField.value.trimmed)' is not known", at: afirmasiField,
                    notes: ["write one of: "
                        + AfirmasiType.allCases.map(\.rawValue).joined(separator: ", ")
                        + ", or leave it empty"])
            }
        }
        let since = cell(row, "wbk_sejak")
        var wbkSince: Int?
        if !since.value.trimmed.isEmpty {
            wbkSince = Int(since.value.trimmed)
            if wbkSince.map({ !(2000...2100).contains($0) }) ?? true {
                error("wbk_sejak '\(since.value.trimmed)' is not a year", at: since)
                wbkSince = nil
            }
        }
        let percent = { (reader: inout ProposalReader, column: String) -> Double in
            reader.number(reader.cell(row, column), in: 0...100) ?? 0
        }
        units.append(
            ProposalInput.UnitRow(
                name: name, lke: .init(path: lke.value.trimmed, position: lke.position),
                coreService: isCore, tlhp: percent(&self, "tlhp"),
                lhkpn: percent(&self, "lhkpn"), lhkasn: percent(&self, "lhkasn"),
                yearsBuilding: number(cell(row, "tahun_zi"), in: 0...100) ?? 0,
                internalSAKIP: sakipGrade, afirmasi: afirmasi, wbkSince: wbkSince,
                line: row.line))
    }

    /// Refuses what contradicts the instansi's data: afirmasi in a K/L, Menuju WBK after the
    /// year of the proposal, more years building ZI towards WBBM than years since Menuju WBK.
    private mutating func checkUnits() {
        if units.isEmpty {
            diagnostics.append(
                .error(
                    "the file proposes no unit", file: file,
                    at: SourcePosition(line: table.header.line),
                    notes: ["add one row per unit after the '#' rows"]))
        }
        if kind == nil && rb == nil {
            diagnostics.append(
                .error(
                    "the file says neither '#jenis' (kl or pemda) nor '#rb'", file: file,
                    at: SourcePosition(line: table.header.line),
                    notes: ["the Indeks RB a proposal needs depends on the kind of instansi"]))
        }
        for unit in units {
            guard let row = table.rows.first(where: { $0.line == unit.line }) else { continue }
            if unit.afirmasi != nil && kind == .kl {
                error(
                    "afirmasi is for units of a pemerintah daerah; '#jenis' is 'kl'",
                    at: cell(row, "afirmasi"))
            }
            guard let since = unit.wbkSince, let year else { continue }
            if since > year {
                error(
                    "wbk_sejak \(since) is after the year of the proposal (\(year))",
                    at: cell(row, "wbk_sejak"))
            } else if unit.yearsBuilding > Double(year - since) {
                error(
                    "tahun_zi \(LocaleNumber.format(unit.yearsBuilding, decimals: 0)) is more than "
                        + "the \(year - since) year(s) since Menuju WBK (\(since))",
                    at: cell(row, "tahun_zi"),
                    notes: ["for a unit holding Menuju WBK, tahun_zi counts the years of "
                        + "building ZI towards WBBM"])
            }
        }
    }
}
