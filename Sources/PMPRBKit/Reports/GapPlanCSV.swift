/// The gap list as a draft follow-up plan (RATL, *rencana aksi tindak lanjut*): one row per item
/// below its best answer, largest potential first, with empty columns for the coordinator.
public struct GapPlanCSV: Sendable {
    /// The columns, in order (`docs/output-formats.md`).
    public static let columns = [
        "no", "kode", "area", "penilaian", "jawaban_saat_ini", "jawaban_target", "potensi_nilai",
        "kelas", "penanggung_jawab", "tenggat",
    ]

    /// The score card whose gaps are listed.
    public var card: ScoreCard
    /// How many gaps to list; `nil` for all.
    public var top: Int?
    /// How the CSV is written: for programs, or for a spreadsheet in an Indonesian locale.
    public var dialect: CSVDialect

    /// Creates the plan.
    public init(card: ScoreCard, top: Int? = nil, dialect: CSVDialect = .standard) {
        self.card = card
        self.top = top
        self.dialect = dialect
    }

    /// The CSV text, cells from the worksheet neutralised so that a spreadsheet never runs them
    /// as formulas. An item outside any area names its component instead (`Hasil`).
    public func rendered() -> String {
        let gaps = top.map { Array(card.gaps.prefix(max(0, $0))) } ?? card.gaps
        let rows = gaps.enumerated().map { index, item -> [String] in
            [
                String(index + 1), item.code, item.areaID ?? item.areaTitle,
                CSVWriter.neutralisingFormula(item.title),
                CSVWriter.neutralisingFormula(item.answer.text(decimalComma: dialect.decimalComma)),
                item.bestAnswer.text(decimalComma: dialect.decimalComma),
                dialect.number(item.potential, decimals: 4), item.gapClass.rawValue, "", "",
            ]
        }
        return dialect.text([Self.columns] + rows)
    }
}
