import PMPRBPlatform

/// The attributes a reading throws away, as writers put them, passed eight bytes at a time:
/// LibreOffice's row tags (`<row r="40" customFormat="false" ht="12.8" hidden="false"
/// customHeight="false" outlineLevel="0" collapsed="false">`) and formula tags
/// (`<f aca="false">`).
extension SheetScanner {
    /// Passes the attributes of a start tag from `at` (after its name, or after an attribute's
    /// closing quote) to the end of the tag when each is one space, a name of bytes above `>`
    /// (or a name ``name(_:_:_:)`` reads) other than `refused`, `=` and a value in double
    /// quotes without `<`; then `>` or `/>`. `nil` for anything else, within 16 bytes of the
    /// end of the part, or with an attribute of local name `refused` (one letter the caller
    /// would read), which ``startTagAttributes(_:_:_:of:from:)`` then reads; what this passes,
    /// that function passes alike, keeping nothing (`QuickAttributesTests`).
    ///
    /// About 1,000 instructions a LibreOffice row tag byte by byte (`docs/performance.md`).
    @inline(__always)
    static func quickAttributes(
        _ base: UnsafePointer<UInt8>, _ count: Int, from at: Int, refusing refused: UInt8
    ) -> (end: Int, selfClosing: Bool)? {
        @inline(__always) func word(_ offset: Int) -> UInt64 {
            UInt64(littleEndian: UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self))
        }
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        var position = at
        while true {
            guard position + 16 <= count else { return nil }
            switch base[position] {
            case greaterThan: return (position + 1, false)
            case slash: return base[position + 1] == greaterThan ? (position + 2, true) : nil
            case 0x20: position += 1
            default: return nil
            }
            // The name: the bytes up to the first at or below `>`, found in words (a byte's
            // top bit is set in `stops` when it is below 0x80 and, plus 0x41, stays below 0x80).
            let nameStart = position
            while true {
                guard position + 8 <= count else { return nil }
                let bytes = word(position)
                let stops = ~(bytes | ((bytes & ~highs) &+ 0x4141_4141_4141_4141)) & highs
                if stops != 0 {
                    position += stops.trailingZeroBitCount >> 3
                    break
                }
                position += 8
            }
            if base[position] == equals {
                guard position > nameStart,
                    position - nameStart != 1 || base[nameStart] != refused
                else { return nil }
            } else {
                // A name with other bytes (digits, `-`, a prefix) read as the general reading
                // reads it.
                position = nameStart
                guard let local = try? name(base, count, &position),
                    local.count != 1 || base[local.lowerBound] != refused,
                    position < count, base[position] == equals
                else { return nil }
            }
            position += 1
            guard position + 8 <= count, base[position] == UInt8(ascii: "\"") else { return nil }
            position += 1
            // The value: up to the first `"` or `<`, both looked for in each word.
            while true {
                guard position + 8 <= count else { return nil }
                let bytes = word(position)
                let quotes = bytes ^ 0x2222_2222_2222_2222
                let tags = bytes ^ 0x3C3C_3C3C_3C3C_3C3C
                let found =
                    ((quotes &- ones) & ~quotes | (tags &- ones) & ~tags) & highs
                if found != 0 {
                    position += found.trailingZeroBitCount >> 3
                    break
                }
                position += 8
            }
            guard base[position] == UInt8(ascii: "\"") else { return nil }
            position += 1
        }
    }
}
