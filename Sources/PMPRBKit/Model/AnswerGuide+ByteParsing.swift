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
    static func parseBytes(_ cell: String, options: [AnswerType.Option]) -> AnswerGuide? {
        var cell = cell
        return cell.withUTF8 { bytes -> AnswerGuide? in
            let labels = options.map { $0.label.lowercased() }
            guard Set(labels).count == labels.count else { return nil }
            var texts = [String?](repeating: nil, count: options.count)
            var start = 0
            while start <= bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != UInt8(ascii: "|") { end += 1 }
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

    /// One part `LABEL: text`: the index of its option (`labels` are the options' labels in
    /// lower case) and its text, or `nil` if the part is not plainly one option's criterion.
    private static func part(
        _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, labels: [String]
    ) -> (Int, String)? {
        guard let colon = range.first(where: { bytes[$0] == UInt8(ascii: ":") }),
            isolated(colon, in: bytes)
        else { return nil }
        let label = trimmedString(bytes, range.lowerBound..<colon)
        let text = trimmedString(bytes, (colon + 1)..<range.upperBound)
        guard !text.isEmpty else { return nil }
        let lowered = label.lowercased()
        guard let option = labels.firstIndex(of: lowered) else {
            return nil
        }
        return (option, text)
    }

    /// Whether the bytes either side of a delimiter at `index` (or the cell's end) are ASCII.
    private static func isolated(_ index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        (index == 0 || bytes[index - 1] < 0x80) && (index + 1 >= bytes.count || bytes[index + 1] < 0x80)
    }

    /// The bytes of a range as a trimmed string.
    private static func trimmedString(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>)
        -> String
    {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self).trimmed
    }
}
