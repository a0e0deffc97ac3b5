/// The columns and metadata rows of a worksheet (`docs/worksheet-format.md`).
public enum WorksheetColumns {
    /// The columns a worksheet must have, in the order the template writes them.
    public static let required = [
        "kode", "penilaian", "bobot", "pilihan_jawaban", "jawaban", "bukti_dukung", "catatan",
    ]
    /// The optional column in which the template states what each answer option means (the
    /// instrument's `penjelasan`). The reader ignores it: it is a hint, never an answer.
    public static let guide = "penjelasan"

    /// The columns of a template, in order: ``required`` with ``guide`` beside
    /// `pilihan_jawaban` when the instrument states criteria.
    public static func template(withGuide: Bool) -> [String] {
        guard withGuide, let options = required.firstIndex(of: "pilihan_jawaban") else {
            return required
        }
        var columns = required
        columns.insert(guide, at: options + 1)
        return columns
    }

    /// The metadata row naming the instrument: kode `#instrumen`, the id in `jawaban`.
    public static let instrumentKey = "#instrumen"
    /// The metadata row naming the unit.
    public static let unitKey = "#unit"
    /// The metadata row naming the year.
    public static let yearKey = "#tahun"
}
