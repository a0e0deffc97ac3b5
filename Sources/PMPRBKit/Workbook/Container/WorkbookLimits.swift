/// Limits that a workbook read from an untrusted file must stay within, so that a hostile file
/// (a zip bomb, a deeply nested XML document, millions of cells) is refused rather than
/// exhausting memory or time.
public struct WorkbookLimits: Hashable, Sendable {
    /// The most entries the archive may hold.
    public var entryCount = 1_000
    /// The most bytes one entry may inflate to.
    public var entrySize = 64 << 20
    /// The most bytes all the entries read may inflate to together.
    public var totalSize = 256 << 20
    /// The largest ratio of inflated to compressed size, checked for entries above 1 MiB.
    public var compressionRatio = 200
    /// The deepest nesting of XML elements.
    public var xmlDepth = 64
    /// The most cells a sheet may hold.
    public var cellCount = 2_000_000

    /// The default limits, far above what any worksheet needs.
    public init() {}
}
