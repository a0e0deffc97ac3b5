/// Why a ZIP archive, or one of its entries, could not be read.
public enum ZIPError: Error, Hashable, Sendable {
    /// No end-of-central-directory record: not a ZIP archive, or cut short.
    case notAnArchive
    /// A header lies outside the file or has the wrong signature.
    case damaged
    /// A ZIP64 archive, which a worksheet never needs.
    case zip64
    /// More entries than ``WorkbookLimits/entryCount``.
    case tooManyEntries(Int)
    /// An encrypted entry.
    case encrypted(String)
    /// A compression method other than stored (0) and deflated (8).
    case unsupportedMethod(String, Int)
    /// An entry larger than the limit, or all entries together larger than the total limit.
    case tooLarge(String, limit: Int)
    /// An entry that inflates too far beyond its compressed size (a zip bomb).
    case compressionRatio(String)
    /// An entry whose bytes do not match its CRC-32 or its recorded size.
    case checksum(String)
    /// An entry whose DEFLATE data is malformed.
    case inflate(String, InflateError)
}
