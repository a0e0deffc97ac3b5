/// How a worksheet marks a line that does not apply to the unit (`docs/worksheet-format.md`).
public enum NotApplicable {
    /// The mark as the template and reports write it.
    public static let label = "TB"

    /// The spellings read as the mark, compared without regard to case: `TB` (*tidak
    /// berlaku*), `tidak berlaku`, `N/A`.
    public static let spellings = ["tb", "tidak berlaku", "n/a"]

    /// Whether a trimmed answer cell marks its line as not applicable.
    public static func matches(_ text: String) -> Bool {
        let ascii = text.utf8.withContiguousStorageIfAvailable(matches(ascii:))
        if let ascii, let ascii { return ascii }
        return spellings.contains(text.lowercased())
    }

    /// ``matches(_:)`` on the UTF-8 bytes of a trimmed cell, when they are all ASCII, whose
    /// lower case is the ASCII letters' own; `nil` otherwise (lower-casing other text can make
    /// ASCII of it: the Kelvin sign becomes `k`).
    static func matches(ascii bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        return spellingBytes.contains { spelling in
            spelling.count == bytes.count
                && zip(spelling, bytes).allSatisfy { expected, byte in
                    expected == ((0x41...0x5A).contains(byte) ? byte | 0x20 : byte)
                }
        }
    }

    /// ``spellings`` as bytes.
    private static let spellingBytes = spellings.map { Array($0.utf8) }
}
