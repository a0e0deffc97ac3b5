/// The columns and metadata rows of a worksheet (`docs/worksheet-format.md`).
public enum WorksheetColumns {
    /// The columns a worksheet must have, in the order the template writes them.
    public static let required = [
        "kode", "penilaian", "bobot", "pilihan_jawaban", "jawaban", "bukti_dukung", "catatan",
    ]
    /// The metadata row naming the instrument: kode `#instrumen`, the id in `jawaban`.
    public static let instrumentKey = "#instrumen"
    /// The metadata row naming the unit.
    public static let unitKey = "#unit"
    /// The metadata row naming the year.
    public static let yearKey = "#tahun"
    /// The metadata row declaring the predicates the unit already holds (`WBK 2025`).
    public static let predicateKey = "#predikat"
}
