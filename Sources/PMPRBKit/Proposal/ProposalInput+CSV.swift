import PMPRBPlatform

extension ProposalInput {
    /// The columns of a proposal file (`docs/usulan.md`).
    public static let columns = [
        "unit", "lke", "layanan_inti", "tlhp", "lhkpn", "lhkasn", "tahun_zi", "sakip_internal",
        "afirmasi", "wbk_sejak",
    ]
    /// The metadata keys: rows whose `unit` cell is one of these give the instansi's data in
    /// the next cell.
    public static let keys = [
        "#instansi", "#tahun", "#jenis", "#opini_bpk", "#nilai_sakip", "#indeks_rb",
        "#maturitas_spip", "#rb",
    ]

    /// Reads and checks a proposal file.
    ///
    /// - Throws: ``DiagnosticError`` with every problem found, each at its cell.
    public init(csv data: Data, file: String?) throws(DiagnosticError) {
        let table = try CSVReader(requiredColumns: Self.columns).read(data, file: file)
        try self.init(parsing: table, file: file)
    }

    /// Checks a parsed proposal table; see ``init(csv:file:)``.
    public init(parsing table: CSVTable, file: String?) throws(DiagnosticError) {
        var reader = ProposalReader(table: table, file: file)
        reader.read()
        let errors = reader.diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty else { throw DiagnosticError(reader.diagnostics.sorted()) }
        self.init(
            instansi: reader.instansi, year: reader.year, kind: reader.kind,
            opiniBPK: reader.opini, nilaiSAKIP: reader.sakip, indeksRB: reader.indeks,
            maturitasSPIP: reader.spip, rbWorksheet: reader.rb, units: reader.units, file: file,
            positions: reader.positions, table: table)
    }

    /// An error at a cell of this file.
    func error(
        _ message: ProposalMessage, at position: SourcePosition, notes: [ProposalMessage] = []
    ) -> Diagnostic {
        table.diagnostic(
            .error, .proposal(message), file: file, at: position,
            notes: notes.map(Message.proposal))
    }

    /// Takes the instansi's figures from its scored `rb-2023-*` worksheet: K/L or Pemda from
    /// the instrument, the Indeks RB as published, and the Opini BPK, Nilai SAKIP and
    /// Maturitas SPIP lines. A figure also given in the file must agree with it.
    ///
    /// - Throws: ``DiagnosticError`` when the worksheet is not of an Indeks RB instrument or a
    ///   figure of the file differs from the worksheet's.
    public func merging(rb card: ScoreCard, instrument: Instrument) throws(DiagnosticError)
        -> ProposalInput
    {
        let at = rbWorksheet?.position ?? SourcePosition(line: table.header.line)
        guard instrument.isTwoPartIndex else {
            throw DiagnosticError(
                error(
                    .notAnIndeksRBWorksheet(path: rbWorksheet?.path ?? "", instrument: instrument.id),
                    at: at, notes: [.giveIndeksRBWorksheet]))
        }
        func line(_ prefix: String) -> ScoreCard.ItemScore? {
            card.items.first { $0.title.hasPrefix(prefix) }
        }
        func number(_ prefix: String) -> Double? {
            if case .number(let value)? = line(prefix)?.answer { return value }
            return nil
        }
        var merged = self
        var problems: [Diagnostic] = []
        func take<T: Equatable>(
            _ key: String, _ mine: T?, _ theirs: T?, same: (T, T) -> Bool, show: (T) -> String,
            into value: inout T?
        ) {
            guard let theirs else { return }
            if let mine, !same(mine, theirs), let position = positions[key] {
                problems.append(
                    error(
                        .differsFromWorksheet(key: key, mine: show(mine), theirs: show(theirs)),
                        at: position,
                        notes: [.leaveEmptyOrAgree(key: key, path: rbWorksheet?.path ?? "")]))
            }
            value = theirs
        }
        let format = { (value: Double) in LocaleNumber.format(value) }
        let close = { (a: Double, b: Double) in Rounding.agrees(a, b) }
        let kind: InstansiKind = instrument.id.hasSuffix("-kl") ? .kl : .pemda
        take("#jenis", self.kind, kind, same: ==, show: \.rawValue, into: &merged.kind)
        take(
            "#indeks_rb", indeksRB, Rounding.published(card.total), same: close, show: format,
            into: &merged.indeksRB)
        take("#nilai_sakip", nilaiSAKIP, number("Nilai SAKIP"), same: close, show: format,
            into: &merged.nilaiSAKIP)
        take("#maturitas_spip", maturitasSPIP, number("Maturitas SPIP"), same: close,
            show: format, into: &merged.maturitasSPIP)
        var opini: String?
        if case .option(let label)? = line("Opini BPK")?.answer { opini = label }
        take("#opini_bpk", opiniBPK, opini, same: ==, show: { $0 }, into: &merged.opiniBPK)
        if !problems.isEmpty { throw DiagnosticError(problems) }
        return merged
    }
}
