/// The largest shapes the reader accepts: far beyond any worksheet a spreadsheet can save, and
/// small enough that every file under ``CSVReader/defaultByteLimit`` is read in bounded time
/// and memory (`docs/worksheet-format.md`, "Limits").
public enum CSVLimits {
    /// The most fields in one record: 16,384, the columns of an Excel or LibreOffice sheet.
    public static let fieldsPerRecord = 16_384
    /// The most characters (Unicode scalars) in one field: 32,767, what an Excel cell holds.
    public static let fieldLength = 32_767
    /// The most records, the header included: 100,000 (an instrument has a few hundred items).
    public static let records = 100_000
}
