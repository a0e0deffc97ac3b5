import PMPRBPlatform

/// The start tag of a cell in the order writers put its attributes, read with words where its
/// bytes are fixed: `<c r="B4" s="6" t="inlineStr">`.
extension SheetScanner {
    /// The words of a cell tag's fixed pieces, little-endian, masked to their length.
    private static let cellOpen: UInt64 = 0x22_3D72_2063_3C  // `<c r="`
    private static let styleOpen: UInt32 = 0x223D_7320  // ` s="`
    private static let typeOpen: UInt32 = 0x223D_7420  // ` t="`
    private static let inlineType: UInt64 = 0x7453_656E_696C_6E69  // `inlineSt`

    /// Reads the start tag of a cell at `at` (its `<`) when it is `<c r="…"`, then optionally
    /// ` s="…"`, then optionally ` t="…"`, then `>` or `/>`, in that order, within 64 bytes of
    /// a part that goes on for at least that many; `nil` for anything else, which
    /// ``plainCellTag(_:_:at:)`` then reads. What it reads, it reads as that function does
    /// (`QuickCellTagTests`): the same reference, type and end.
    ///
    /// About 2,000 cells a sheet: the byte-by-byte reading took about 260 instructions a tag
    /// (`docs/performance.md`, "Cell tags read by words").
    @inline(__always)
    static func quickCellTag(_ base: UnsafePointer<UInt8>, _ count: Int, at: Int) -> PlainCellTag? {
        guard at + 64 <= count else { return nil }
        // Every position read below is under 64: the loops stop within the window.
        let raw = UnsafeRawPointer(base + at)
        @inline(__always) func byte(_ offset: Int) -> UInt8 {
            raw.load(fromByteOffset: offset, as: UInt8.self)
        }
        @inline(__always) func word(_ offset: Int) -> UInt64 {
            UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
        }
        @inline(__always) func half(_ offset: Int) -> UInt32 {
            UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
        }
        guard word(0) & 0xFFFF_FFFF_FFFF == cellOpen else { return nil }
        // The reference: one to three capital letters, one to seven digits, in range.
        var position = 6
        var column = 0
        while case let value = byte(position), value >= UInt8(ascii: "A"),
            value <= UInt8(ascii: "Z")
        {
            column = column &* 26 &+ Int(value &- 64)
            position += 1
            guard position <= 9 else { return nil }
        }
        var row = 0
        let digits = position
        while case let digit = Int(byte(position)) &- 48, digit >= 0, digit <= 9 {
            row = row &* 10 &+ digit
            position += 1
            guard position - digits <= 7 else { return nil }
        }
        guard column >= 1, column <= CellReference.maximumColumn, row >= 1,
            row <= CellReference.maximumRow, byte(position) == UInt8(ascii: "\"")
        else { return nil }
        position += 1
        if half(position) == styleOpen {
            position += 4
            while case let digit = byte(position) &- 48, digit <= 9 {
                position += 1
                guard position < 40 else { return nil }
            }
            guard byte(position) == UInt8(ascii: "\"") else { return nil }
            position += 1
        }
        var type = UInt8(ascii: "n")
        if half(position) == typeOpen {
            position += 4
            let start = position
            if word(position) == inlineType && byte(position + 8) == UInt8(ascii: "r") {
                position += 9
            } else {
                while case let value = byte(position) | 0x20, value >= UInt8(ascii: "a"),
                    value <= UInt8(ascii: "z")
                {
                    position += 1
                    guard position < 60 else { return nil }
                }
            }
            // The first letter tells the types apart, as in `plainCellTag`.
            let length = position - start
            type = length == 0 ? UInt8(ascii: "n") : byte(start)
            if type == UInt8(ascii: "s") && length == 3 { type = UInt8(ascii: "S") }
            guard byte(position) == UInt8(ascii: "\"") else { return nil }
            position += 1
        }
        let selfClosing: Bool
        switch byte(position) {
        case greaterThan: selfClosing = false
        case slash where byte(position + 1) == greaterThan:
            selfClosing = true
            position += 1
        default: return nil
        }
        return PlainCellTag(
            end: at + position + 1, row: row, column: column, type: type, selfClosing: selfClosing)
    }
}
