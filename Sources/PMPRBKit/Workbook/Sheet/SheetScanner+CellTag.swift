import PMPRBPlatform

/// The start tag of a cell as writers put it, read in one pass: `<c r="B4" s="6" t="s">`.
extension SheetScanner {
    /// A cell's start tag: where it ends, the cell's place, type and whether it closes itself.
    struct PlainCellTag {
        /// The position after the tag's `>`.
        var end: Int
        var row: Int
        var column: Int
        /// The type's first letter, `S` for `str`, `n` without a type, as
        /// ``startTagAttributes(_:_:_:of:)`` gives it.
        var type: UInt8
        var selfClosing: Bool
    }

    /// Reads the start tag of a cell at `at` (its `<`) when it has the plainest form: `<c`,
    /// then attributes `r`, `s` or `t`, each after one space and in double quotes, `r` a
    /// reference of capital letters and digits in range, `s` digits, `t` letters; then `>` or
    /// `/>`. Any other tag, or one without `r`, gives `nil`, and the general reader reads it
    /// (and refuses what it refuses); what this accepts, the general reader reads alike
    /// (`SheetScannerTests`).
    ///
    /// About 2,000 cells a sheet: the general reader took some 500 instructions a cell for
    /// the name, the attributes and the reference (`docs/performance.md`, "Workbooks").
    @inline(__always)
    static func plainCellTag(_ base: UnsafePointer<UInt8>, _ count: Int, at: Int) -> PlainCellTag? {
        // Every byte read is below `count`: `byte(_:)` gives 0, which nothing accepts, beyond.
        @inline(__always) func byte(_ index: Int) -> UInt8 { index < count ? base[index] : 0 }
        guard byte(at + 1) == UInt8(ascii: "c") else { return nil }
        var position = at + 2
        var reference: (row: Int, column: Int)?
        var type = UInt8(ascii: "n")
        while true {
            let next = byte(position)
            if next == greaterThan || next == slash {
                guard let reference else { return nil }
                let selfClosing = next == slash
                if selfClosing {
                    guard byte(position + 1) == greaterThan else { return nil }
                    position += 1
                }
                return PlainCellTag(
                    end: position + 1, row: reference.row, column: reference.column, type: type,
                    selfClosing: selfClosing)
            }
            guard next == 0x20, byte(position + 2) == equals, byte(position + 3) == doubleQuote
            else { return nil }
            let letter = byte(position + 1)
            position += 4
            let start = position
            switch letter {
            case UInt8(ascii: "r"):
                var (column, row) = (0, 0)
                while case let value = byte(position), value >= UInt8(ascii: "A"), value <= UInt8(ascii: "Z") {
                    column = column &* 26 &+ Int(value &- 64)
                    guard column <= CellReference.maximumColumn else { return nil }
                    position += 1
                }
                while case let digit = Int(byte(position)) &- 48, digit >= 0, digit <= 9 {
                    row = row &* 10 &+ digit
                    guard row <= CellReference.maximumRow else { return nil }
                    position += 1
                }
                guard column >= 1, row >= 1 else { return nil }
                reference = (row, column)
            case UInt8(ascii: "s"):
                while case let digit = Int(byte(position)) &- 48, digit >= 0, digit <= 9 { position += 1 }
            case UInt8(ascii: "t"):
                while case let value = byte(position) | 0x20, value >= UInt8(ascii: "a"), value <= UInt8(ascii: "z") {
                    position += 1
                }
                // The first letter tells the types apart, as in `startTagAttributes`.
                let length = position - start
                type = length == 0 ? UInt8(ascii: "n") : base[start]
                if type == UInt8(ascii: "s") && length == 3 { type = UInt8(ascii: "S") }
            default: return nil
            }
            guard byte(position) == doubleQuote else { return nil }
            position += 1
        }
    }

    private static let doubleQuote = UInt8(ascii: "\"")
}
