import PMPRBPlatform

extension AnswerGuide {
    /// Reads a well-formed `penjelasan` cell of a choice on its UTF-8 bytes: split at `|`,
    /// each part at its first `:`, label and text trimmed, the label matched to an option
    /// without case.
    ///
    /// Gives the guide that ``parseByCharacter(_:for:)`` gives, or `nil` whenever it cannot
    /// tell: any part that would be an error, options whose labels differ only in case, and
    /// any `|` or `:` next to a non-ASCII byte
    /// (where a `Character` could hold the delimiter together with a combining mark, so that
    /// splitting by `Character` would not split there).
    ///
    /// - Parameter labels: The options' labels in lower case, made once per answer type by
    ///   ``loweredLabels(_:)``; by default made here.
    static func parseBytes(
        _ cell: String, options: [AnswerType.Option], labels: [String]? = nil
    ) -> AnswerGuide? {
        var cell = cell
        let labels = labels ?? loweredLabels(options)
        return cell.withUTF8 { bytes -> AnswerGuide? in
            guard !labels.isEmpty || options.isEmpty else { return nil }
            var texts = [String?](repeating: nil, count: options.count)
            var start = 0
            while start <= bytes.count {
                let end = first(UInt8(ascii: "|"), in: bytes, start..<bytes.count) ?? bytes.count
                guard end == bytes.count || isolated(end, in: bytes),
                    let (option, text) = part(bytes, start..<end, labels: labels),
                    texts[option] == nil
                else { return nil }
                texts[option] = text
                start = end + 1
            }
            return AnswerGuide(
                entries: options.indices.compactMap { index in
                    texts[index].map { Entry(label: options[index].label, text: $0) }
                })
        }
    }

    /// The options' labels in lower case, or none when two of them differ only in case (the
    /// reading by `Character` then decides).
    static func loweredLabels(_ options: [AnswerType.Option]) -> [String] {
        let labels = options.map { $0.label.lowercased() }
        return Set(labels).count == labels.count ? labels : []
    }

    /// One part `LABEL: text`: the index of its option (`labels` are the options' labels in
    /// lower case) and its text, or `nil` if the part is not plainly one option's criterion.
    private static func part(
        _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, labels: [String]
    ) -> (Int, String)? {
        guard let colon = first(UInt8(ascii: ":"), in: bytes, range),
            isolated(colon, in: bytes)
        else { return nil }
        let found =
            asciiLabel(bytes, range.lowerBound..<colon, in: labels)
            ?? labels.firstIndex(of: trimmedString(bytes, range.lowerBound..<colon).lowercased())
        guard let option = found else { return nil }
        let text = trimmedString(bytes, (colon + 1)..<range.upperBound)
        guard !text.isEmpty else { return nil }
        return (option, text)
    }

    /// The index in `labels` of a label of ASCII bytes, compared as ``String/trimmed`` and
    /// `lowercased()` would make it (of ASCII text they trim ASCII white space and lower the
    /// letters A to Z); `nil` when the label has a non-ASCII byte or is not among `labels`, so
    /// that the caller compares the string.
    private static func asciiLabel(
        _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, in labels: [String]
    ) -> Int? {
        let kept = bytes.trimmingASCIIWhitespace(range)
        let (start, end) = (kept.lowerBound, kept.upperBound)
        for offset in start..<end where bytes[offset] >= 0x80 { return nil }
        return labels.firstIndex { label in
            label.utf8.count == end - start
                && zip(label.utf8, start..<end).allSatisfy { expected, offset in
                    let byte = bytes[offset]
                    return expected == ((0x41...0x5A).contains(byte) ? byte + 0x20 : byte)
                }
        }
    }

    /// Whether the bytes either side of a delimiter at `index` (or the cell's end) are ASCII.
    private static func isolated(_ index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        (index == 0 || bytes[index - 1] < 0x80) && (index + 1 >= bytes.count || bytes[index + 1] < 0x80)
    }

    /// The offset of the first `byte` in a range of `bytes`, found with `memchr`.
    private static func first(
        _ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>
    ) -> Int? {
        guard let base = bytes.baseAddress, !range.isEmpty,
            let found = memchr(base + range.lowerBound, Int32(byte), range.count)
        else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// The bytes of a range as a trimmed string. ASCII white space is cut on the bytes first,
    /// as ``String/trimmed`` cuts it when the text then starts and ends with ASCII, so that
    /// only one string is made; other text is trimmed as a string.
    private static func trimmedString(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>)
        -> String
    {
        let kept = bytes.trimmingASCIIWhitespace(range)
        let (start, end) = (kept.lowerBound, kept.upperBound)
        if start == end { return "" }
        if bytes[start] < 0x80 && bytes[end - 1] < 0x80 {
            let kept = UnsafeBufferPointer(rebasing: bytes[start..<end])
            return String(decoding: kept, as: UTF8.self)
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self).trimmed
    }
}
