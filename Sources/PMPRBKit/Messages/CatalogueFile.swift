import PMPRBPlatform

/// A catalogue file (`pesan.tsv`, `label.tsv`) kept as its bytes, its lines found once and
/// sorted by key, so that a text is looked up by binary search and only its cells are made into
/// strings.
///
/// It is the one reader of the catalogue's lines: after the header line, not empty, not starting
/// with `#`, exactly three cells; of lines with the same key, the last counts. ``dictionary``
/// reads them all (``MessageCatalogue/parse(_:)``); a lookup reads one, because building the
/// whole dictionary took most of the first message of a run.
struct CatalogueFile: Sendable {
    /// One line: where it starts, where its key ends (the first tab) and where it ends.
    private struct Line: Sendable {
        var start: Int
        var keyEnd: Int
        var end: Int
    }

    private let bytes: [UInt8]
    /// The lines, sorted by their keys' bytes; lines with the same key in file order.
    private let lines: [Line]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var lines = Self.lines(bytes)
        // Keys compared with `memcmp`, which orders bytes as `lexicographicallyPrecedes` does.
        let isSorted = bytes.withUnsafeBufferPointer { buffer in
            lines.indices.dropFirst().allSatisfy { offset in
                !Self.precedes(buffer, lines[offset], lines[offset - 1])
            }
        }
        if !isSorted {
            // A stable sort keeps lines with the same key in file order.
            lines = lines.enumerated().sorted { left, right in
                let (a, b) = (Self.key(bytes, left.element), Self.key(bytes, right.element))
                return a.lexicographicallyPrecedes(b)
                    || (a.elementsEqual(b) && left.offset < right.offset)
            }.map(\.element)
        }
        self.lines = lines
    }

    /// The lines that hold a text, in file order: after the header line, not empty, not
    /// starting with `#`, exactly three cells. Line ends and tabs are found with `memchr`.
    private static func lines(_ bytes: [UInt8]) -> [Line] {
        bytes.withUnsafeBufferPointer { buffer -> [Line] in
            guard let base = buffer.baseAddress else { return [] }
            /// The offset of the first `byte` in `start..<end`, or `nil`.
            func find(_ byte: UInt8, _ start: Int, _ end: Int) -> Int? {
                guard start < end, let found = memchr(base + start, Int32(byte), end - start)
                else { return nil }
                return UnsafeRawPointer(found) - UnsafeRawPointer(base)
            }
            let (newline, tab) = (UInt8(ascii: "\n"), UInt8(ascii: "\t"))
            var lines: [Line] = []
            var start = 0
            var isHeader = true
            while start < buffer.count {
                let end = find(newline, start, buffer.count) ?? buffer.count
                if end > start {
                    if isHeader {
                        isHeader = false
                    } else if base[start] != UInt8(ascii: "#"),
                        let first = find(tab, start, end), let second = find(tab, first + 1, end),
                        find(tab, second + 1, end) == nil
                    {
                        lines.append(Line(start: start, keyEnd: first, end: end))
                    }
                }
                start = end + 1
            }
            return lines
        }
    }

    /// Whether the key of `left` comes before the key of `right`, byte by byte.
    private static func precedes(_ buffer: UnsafeBufferPointer<UInt8>, _ left: Line, _ right: Line)
        -> Bool
    {
        let (leftCount, rightCount) = (left.keyEnd - left.start, right.keyEnd - right.start)
        let order = memcmp(
            buffer.baseAddress! + left.start, buffer.baseAddress! + right.start,
            min(leftCount, rightCount))
        return order < 0 || (order == 0 && leftCount < rightCount)
    }

    private static func key(_ bytes: [UInt8], _ line: Line) -> ArraySlice<UInt8> {
        bytes[line.start..<line.keyEnd]
    }

    /// The texts of a key, or `nil` when the file has no line with it.
    subscript(key: String) -> MessageCatalogue.Texts? {
        var key = key
        return key.withUTF8 { wanted -> MessageCatalogue.Texts? in
            // The first line whose key is greater than the one wanted; the line before it is
            // the last with that key, if any.
            var low = 0
            var high = lines.count
            while low < high {
                let middle = (low + high) / 2
                if wanted.lexicographicallyPrecedes(Self.key(bytes, lines[middle])) {
                    high = middle
                } else {
                    low = middle + 1
                }
            }
            guard low > 0, Self.key(bytes, lines[low - 1]).elementsEqual(wanted) else {
                return nil
            }
            return texts(of: lines[low - 1])
        }
    }

    /// Every key with its texts (of lines with the same key, the last), read at once.
    var dictionary: [String: MessageCatalogue.Texts] {
        var result: [String: MessageCatalogue.Texts] = [:]
        result.reserveCapacity(lines.count)
        // Lines with the same key stand in file order, so the last one is assigned last.
        for line in lines {
            result[String(decoding: Self.key(bytes, line), as: UTF8.self)] = texts(of: line)
        }
        return result
    }

    private func texts(of line: Line) -> MessageCatalogue.Texts {
        let texts = bytes[(line.keyEnd + 1)..<line.end]
        let tab = texts.firstIndex(of: UInt8(ascii: "\t"))!
        return MessageCatalogue.Texts(
            indonesian: String(decoding: texts[..<tab], as: UTF8.self),
            english: String(decoding: texts[(tab + 1)...], as: UTF8.self))
    }
}
