/// The shared strings of a workbook (ECMA-376 Part 1, 18.4 `sst`), kept as places in the part's
/// bytes and decoded when a cell reads one: most of them are the criteria of options, which no
/// check reads (`docs/performance.md`, "Workbooks").
struct SharedStrings: Sendable, ExpressibleByArrayLiteral {
    private let bytes: ArraySlice<UInt8>
    private let items: [SheetText]
    /// The strings gathered from several runs, which some items point into.
    private let joined: [UInt8]

    /// The items of a part read by ``SheetScanner/sharedStrings(_:limits:shortcuts:)``, whose
    /// references were checked.
    init(bytes: ArraySlice<UInt8>, items: [SheetText], joined: [UInt8]) {
        self.bytes = bytes
        self.items = items
        self.joined = joined
    }

    /// Strings given as they are (no references in them are replaced).
    init(arrayLiteral strings: String...) {
        var bytes: [UInt8] = []
        var items: [SheetText] = []
        for string in strings {
            let start = bytes.count
            bytes += Array(string.utf8)
            items.append(SheetText(start: start, end: bytes.count))
        }
        self.init(bytes: bytes[...], items: items, joined: [])
    }

    /// Whether an index names a string.
    func contains(_ index: Int) -> Bool { items.indices.contains(index) }

    /// The string at an index, or `nil` when there is none.
    subscript(index: Int) -> String? {
        guard contains(index) else { return nil }
        return bytes.withUnsafeBufferPointer { bytes in
            joined.withUnsafeBufferPointer { items[index].decoded(in: bytes, joined: $0) }
        }
    }

    /// Calls `body` with where each string is and the bytes it is in: the part's, or the
    /// joined ones when the item's text is ``SheetText/joined``. References are not replaced.
    func withBytes<Result>(
        _ body: (
            _ items: [SheetText], _ bytes: UnsafeBufferPointer<UInt8>,
            _ joined: UnsafeBufferPointer<UInt8>
        ) -> Result
    ) -> Result {
        bytes.withUnsafeBufferPointer { bytes in
            joined.withUnsafeBufferPointer { body(items, bytes, $0) }
        }
    }

    /// Every string, in order.
    var all: [String] { items.indices.map { self[$0] ?? "" } }
}
