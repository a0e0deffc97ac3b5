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

    /// Creates the plan.
    public init(card: ScoreCard, top: Int? = nil) {
        self.card = card
        self.top = top
    }

    /// The CSV text: comma-delimited, decimal points, cells from the worksheet neutralised
    /// so that a spreadsheet never runs them as formulas.
    public func rendered() -> String {
        let writer = CSVWriter()
        var text = writer.row(Self.columns)
        let gaps = top.map { Array(card.gaps.prefix($0)) } ?? card.gaps
        for (index, item) in gaps.enumerated() {
            text += writer.row([
                String(index + 1), item.code, item.areaID ?? "hasil",
                CSVWriter.neutralisingFormula(item.title),
                CSVWriter.neutralisingFormula(item.answer.text(decimalComma: false)),
                item.bestAnswer.text(decimalComma: false),
                LocaleNumber.format(item.potential, decimals: 4, decimalComma: false),
                item.gapClass.rawValue, "", "",
            ])
        }
        return text
    }
}
