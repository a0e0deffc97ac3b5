extension WorkbookPackage {
    /// What opening a package derives from its workbook part and that part's relationships,
    /// with the bytes it derived them from. A batch of workbooks made from one template has
    /// the same small parts in every file: the next package whose parts have the same bytes
    /// takes this instead of parsing them again. The parts are still read, checked against
    /// their CRC-32 and counted against the caps as before, in the same order; only the
    /// parsing of bytes already parsed without an error is left out.
    struct Opening: Sendable {
        /// The caps it was read under (the XML depth is one of them).
        var limits: WorkbookLimits
        var root: [UInt8]?
        var workbookPart: String
        var workbook: [UInt8]
        var relations: [UInt8]?
        var sheets: [Sheet]
        var definedNames: [String: (sheet: String, cell: CellReference)]
        var stringsPart: String
    }

    /// The last opening of a package, shared by the threads of a batch.
    typealias LastOpening = Remembered<Opening>

    /// The one of the process.
    static let lastOpening = LastOpening()
}
