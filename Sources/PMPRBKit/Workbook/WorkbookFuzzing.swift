import PMPRBPlatform

/// Entry points that run the workbook readers on untrusted bytes, for the fuzz target
/// (`docs/fuzzing.md`); nothing here may trap on any input.
public enum WorkbookFuzzing {
    /// Inflates the bytes as a raw DEFLATE stream with a 1 MiB limit, and checks that the
    /// output stays within it and that the careful loop alone gives the same bytes or the same
    /// error (a difference traps).
    ///
    /// - Returns: The number of bytes inflated, or -1 when the stream is refused.
    public static func inflate(_ data: Data) -> Int {
        let limit = 1 << 20
        let bytes = [UInt8](data)
        let fast = Result { () throws(InflateError) in try Inflater.inflate(bytes, limit: limit) }
        let careful = Result { () throws(InflateError) in
            try Inflater.inflate(bytes, limit: limit, fastLoop: false)
        }
        precondition(fast == careful, "the fast loop and the careful loop differ")
        guard case .success(let output) = fast else { return -1 }
        precondition(output.count <= limit, "the inflater passed its limit")
        return output.count
    }

    /// Reads the bytes with the XML reader, as a tree, and with the sheet scanner as a sheet
    /// and as a shared-string part, which must give the same with and without its fast paths
    /// (a difference traps).
    ///
    /// - Returns: The number of events and cells read, or -1 when both refuse the bytes.
    public static func readXML(_ data: Data) -> Int {
        let bytes = [UInt8](data)
        var limits = WorkbookLimits()
        limits.xmlDepth = 16
        var reader = XMLReader(bytes, maxDepth: limits.xmlDepth)
        var events = 0
        do {
            while try reader.next() != nil { events += 1 }
            _ = try XMLElement.parse(bytes, limits: limits)
        } catch {
            events = -1
        }
        let quick = SheetScanner.summary(
            bytes[...], sharedStrings: ["a"], limits: limits, shortcuts: true)
        let general = SheetScanner.summary(
            bytes[...], sharedStrings: ["a"], limits: limits, shortcuts: false)
        precondition(quick == general, "the sheet scanner's fast paths read otherwise")
        // The same bytes as a shared-string part.
        let items = SheetScanner.sharedSummary(bytes[...], limits: limits, shortcuts: true)
        let generalItems = SheetScanner.sharedSummary(bytes[...], limits: limits, shortcuts: false)
        precondition(items == generalItems, "the shared-string items' fast path reads otherwise")
        guard
            let cells = try? SheetCells(
                name: "fuzz", xml: bytes, sharedStrings: ["a"], limits: limits)
        else { return events }
        for cell in cells.cells {
            _ = cells.value(of: cell)
            _ = cells.formula(of: cell)
        }
        return max(events, 0) + cells.cells.count
    }
}
