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

    mutating func error(
        _ message: ProposalMessage, at field: CSVField, notes: [ProposalMessage] = []
    ) {
        diagnostics.append(
            table.diagnostic(
                .error, .proposal(message), file: file, at: field.position,
                notes: notes.map(Message.proposal)))
    }

    mutating func read() {
        let unitColumn = table.columnIndex("unit") ?? 0
        var metadata: [(key: String, keyField: CSVField, value: CSVField)] = []
        for row in table.rows {
            let name = table.cell(row, "unit")
            let text = name.value.trimmed
            if text.hasPrefix("#") {
                let value = row.cell(unitColumn + 1)
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
            var notes: [ProposalMessage] = [.keys(ProposalInput.keys)]
            if let near = Suggestion.nearest(to: key, among: ProposalInput.keys) {
                notes.insert(.didYouMean(near), at: 0)
            }
            error(.unknownKey(key), at: keyField, notes: notes)
            return
        }
        if positions[key] != nil {
            error(.keyTwice(key), at: keyField)
            return
        }
        positions[key] = field.position
        let text = field.value.trimmed
        guard !text.isEmpty else { return }
        switch key {
        case "#instansi": instansi = text
        case "#tahun":
            guard let number = Int(text), (2000...2100).contains(number) else {
                error(.notAYear(column: "tahun", value: text), at: field)
                return
            }
            year = number
        case "#jenis":
            guard let parsed = InstansiKind(rawValue: text.lowercased()) else {
                error(.notAKind(text), at: field)
                return
            }
            kind = parsed
        case "#opini_bpk":
            guard let opinion = ProposalInput.opinions.first(where: {
                $0.lowercased() == text.lowercased()
            }) else {
                error(
                    .notAnOpinion(text), at: field,
                    notes: [.writeOneOf(ProposalInput.opinions, orEmpty: false)])
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
            error(.notANumber(text), at: field)
            return nil
        }
        guard range.contains(parsed.value) else {
            error(.outsideRange(text, low: range.lowerBound, high: range.upperBound), at: field)
            return nil
        }
        return parsed.value
    }

    // MARK: Units

    private mutating func readUnit(_ row: CSVRow, name field: CSVField) {
        let name = field.value.trimmed
        guard !name.isEmpty else {
            error(.rowWithoutUnit, at: field)
            return
        }
        if let first = unitLines[name] {
            error(.unitTwice(name), at: field, notes: [.firstOnLine(first)])
            return
        }
        unitLines[name] = row.line
        let lke = table.cell(row, "lke")
        if lke.value.trimmed.isEmpty {
            error(.unitWithoutLKE(name), at: lke, notes: [.giveLKEPath])
        }
        let core = table.cell(row, "layanan_inti")
        var isCore = false
        switch core.value.trimmed.lowercased() {
        case "ya": isCore = true
        case "tidak": isCore = false
        default:
            error(.notYesOrNo(column: "layanan_inti", value: core.value.trimmed), at: core)
        }
        let grade = table.cell(row, "sakip_internal")
        let sakipGrade = grade.value.trimmed.uppercased()
        if !SAKIPGrade.order.contains(sakipGrade) {
            error(
                .notASAKIPGrade(grade.value.trimmed), at: grade,
                notes: [.writeOneOf(SAKIPGrade.order, orEmpty: false)])
        }
        let afirmasiField = table.cell(row, "afirmasi")
        var afirmasi: AfirmasiType?
        let afirmasiText = afirmasiField.value.trimmed.lowercased()
        if !afirmasiText.isEmpty {
            afirmasi = AfirmasiType(rawValue: afirmasiText)
            if afirmasi == nil {
                error(
                    .unknownAfirmasi(afirmasiField.value.trimmed), at: afirmasiField,
                    notes: [.writeOneOf(AfirmasiType.allCases.map(\.rawValue), orEmpty: true)])
            }
        }
        let since = table.cell(row, "wbk_sejak")
        var wbkSince: Int?
        if !since.value.trimmed.isEmpty {
            wbkSince = Int(since.value.trimmed)
            if wbkSince.map({ !(2000...2100).contains($0) }) ?? true {
                error(.notAYear(column: "wbk_sejak", value: since.value.trimmed), at: since)
                wbkSince = nil
            }
        }
        let percent = { (reader: inout ProposalReader, column: String) -> Double in
            reader.number(reader.table.cell(row, column), in: 0...100) ?? 0
        }
        units.append(
            ProposalInput.UnitRow(
                name: name, lke: .init(path: lke.value.trimmed, position: lke.position),
                coreService: isCore, tlhp: percent(&self, "tlhp"),
                lhkpn: percent(&self, "lhkpn"), lhkasn: percent(&self, "lhkasn"),
                yearsBuilding: number(table.cell(row, "tahun_zi"), in: 0...100) ?? 0,
                internalSAKIP: sakipGrade, afirmasi: afirmasi, wbkSince: wbkSince,
                line: row.line))
    }

    /// Refuses what contradicts the instansi's data: afirmasi in a K/L, Menuju WBK after the
    /// year of the proposal, more years building ZI towards WBBM than years since Menuju WBK.
    private mutating func checkUnits() {
        if units.isEmpty {
            diagnostics.append(
                .error(
                    .proposal(.noUnits), file: file,
                    at: SourcePosition(line: table.header.line),
                    notes: [.proposal(.addUnitRows)]))
        }
        if kind == nil && rb == nil {
            diagnostics.append(
                .error(
                    .proposal(.noKind), file: file,
                    at: SourcePosition(line: table.header.line),
                    notes: [.proposal(.kindDecidesIndeks)]))
        }
        for unit in units {
            guard let row = table.rows.first(where: { $0.line == unit.line }) else { continue }
            if unit.afirmasi != nil && kind == .kl {
                error(.afirmasiForKL, at: table.cell(row, "afirmasi"))
            }
            guard let since = unit.wbkSince, let year else { continue }
            if since > year {
                error(.wbkAfterProposal(since: since, year: year), at: table.cell(row, "wbk_sejak"))
            } else if unit.yearsBuilding > Double(year - since) {
                error(
                    .yearsBuildingTooLong(years: unit.yearsBuilding, since: since, year: year),
                    at: table.cell(row, "tahun_zi"), notes: [.yearsBuildingTowardsWBBM])
            }
        }
    }
}
