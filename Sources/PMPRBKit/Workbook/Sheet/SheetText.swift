import PMPRBPlatform

/// The text of an element, as a range of bytes: of the part itself, as almost every element's
/// text is, or, when ``joined``, of the part's joined bytes, where the text of an element
/// gathered from several pieces (around a comment or CDATA, or the runs of rich text) is kept.
///
/// A plain value without references, so that a sheet's cells are copied and dropped without
/// reference counting (`docs/performance.md`, "Workbooks").
struct SheetText: Sendable {
    var start = 0
    var end = 0
    /// Whether the range is of the joined bytes rather than of the part.
    var joined = false

    var isEmpty: Bool { start == end }

    /// The bytes a range points into.
    @inline(__always)
    private func source(
        _ bytes: UnsafeBufferPointer<UInt8>, _ joinedBytes: UnsafeBufferPointer<UInt8>
    ) -> UnsafeBufferPointer<UInt8> {
        joined ? joinedBytes : bytes
    }

    /// Whether every reference in the text is known and well formed (so that it decodes).
    func isValid(
        in bytes: UnsafeBufferPointer<UInt8>, joined joinedBytes: UnsafeBufferPointer<UInt8>
    ) -> Bool {
        if start == end { return true }
        let source = source(bytes, joinedBytes)
        // Most values are a few bytes without a reference: looked at here rather than with
        // `memchr`.
        if end - start <= 16, let base = source.baseAddress {
            var index = start
            while index < end && base[index] != UInt8(ascii: "&") { index += 1 }
            if index == end { return true }
        }
        return XMLEntities.isValid(source, start, end)
    }

    /// The text with its references replaced, or `nil` for a malformed reference.
    func decoded(
        in bytes: UnsafeBufferPointer<UInt8>, joined joinedBytes: UnsafeBufferPointer<UInt8>
    ) -> String? {
        start == end ? "" : XMLEntities.decode(source(bytes, joinedBytes), start, end)
    }
}

/// The text of an element being read by ``SheetScanner``: a range of the part while it is in
/// one piece, and its bytes gathered in a buffer of its own once a second piece comes.
struct SheetTextBuilder {
    private var start = 0
    private var end = 0
    private var gathered: [UInt8] = []
    private var isGathered = false

    var isEmpty: Bool { isGathered ? gathered.isEmpty : start == end }

    @inline(__always)
    mutating func append(_ from: Int, _ to: Int, of base: UnsafePointer<UInt8>) {
        if !isGathered {
            if start == end {
                (start, end) = (from, to)
                return
            }
            gathered.removeAll(keepingCapacity: true)
            gathered.append(contentsOf: UnsafeBufferPointer(start: base + start, count: end - start))
            isGathered = true
        }
        gathered.append(contentsOf: UnsafeBufferPointer(start: base + from, count: to - from))
    }

    @inline(__always)
    mutating func clear() {
        (start, end, isGathered) = (0, 0, false)
    }

    /// The text as kept: its range of the part, or its gathered bytes appended to `joined`.
    /// Every byte of a part is gathered at most once, so `joined` is never longer than the part.
    @inline(__always)
    func text(joining joined: inout [UInt8]) -> SheetText {
        guard isGathered else { return SheetText(start: start, end: end) }
        let first = joined.count
        joined.append(contentsOf: gathered)
        return SheetText(start: first, end: joined.count, joined: true)
    }
}
