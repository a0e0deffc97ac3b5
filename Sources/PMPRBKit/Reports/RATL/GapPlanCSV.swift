/// The gap list as a draft follow-up plan (RATL, *rencana aksi tindak lanjut*): one row per item
/// below its best answer, largest potential first, with the assessor's note and evidence link
/// from the worksheet and columns for the office to fill in (`docs/output-formats.md`).
public struct GapPlanCSV: Sendable {
    /// The columns, in order (`docs/output-formats.md`). Read them by name: `pmprb peta-jalan
    /// --ratl` reads `kode`, `status`, `tenggat` (and `tahun`, when added).
    public static let columns = [
        "no", "kode", "area", "penilaian", "jawaban_saat_ini", "jawaban_target", "potensi_nilai",
        "kelas", "catatan", "bukti_dukung", "rencana_aksi", "output", "penanggung_jawab",
        "tenggat", "status",
    ]

    /// The status every action starts with (`RATLFile.Status.belum`).
    public static let initialStatus = RATLFile.Status.belum.rawValue

    /// The score card whose gaps are listed.
    public var card: ScoreCard
    /// How many gaps to list; `nil` for all.
    public var top: Int?
    /// How the CSV is written: for programs, or for a spreadsheet in an Indonesian locale.
    public var dialect: CSVDialect
    /// The worksheet scored, whose notes (`catatan`) and evidence (`bukti_dukung`) the plan
    /// carries; `nil` leaves those columns empty.
    public var worksheet: Worksheet?

    /// Creates the plan.
    public init(
        card: ScoreCard, top: Int? = nil, dialect: CSVDialect = .standard,
        worksheet: Worksheet? = nil
    ) {
        self.card = card
        self.top = top
        self.dialect = dialect
        self.worksheet = worksheet
    }

    /// The items listed, largest potential first.
    var gaps: [ScoreCard.ItemScore] {
        top.map { Array(card.gaps.prefix(max(0, $0))) } ?? card.gaps
    }

    /// The assessor's note and evidence link of an item, trimmed.
    func noteAndEvidence(_ code: String) -> (note: String, evidence: String) {
        let entry = worksheet?.entries[code]
        return (entry?.note.trimmed ?? "", entry?.evidence.trimmed ?? "")
    }

    /// The CSV text, cells from the worksheet neutralised so that a spreadsheet never runs them
    /// as formulas. An item outside any area names its component instead (`Hasil`).
    public func rendered() -> String {
        let rows = gaps.enumerated().map { index, item -> [String] in
            let (note, evidence) = noteAndEvidence(item.code)
            return [
                String(index + 1), item.code, item.areaID ?? item.areaTitle,
                CSVWriter.neutralisingFormula(item.title),
                CSVWriter.neutralisingFormula(item.answer.text(decimalComma: dialect.decimalComma)),
                item.bestAnswer.text(decimalComma: dialect.decimalComma),
                dialect.number(item.potential, decimals: 4), item.gapClass.rawValue,
                CSVWriter.neutralisingFormula(note), CSVWriter.neutralisingFormula(evidence),
                "", "", "", "", Self.initialStatus,
            ]
        }
        return dialect.text([Self.columns] + rows)
    }
}
