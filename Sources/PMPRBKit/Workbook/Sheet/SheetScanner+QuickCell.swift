import PMPRBPlatform

/// A cell's content and end tag as writers put them, read in one go after its start tag:
/// `<is><t>…</t></is></c>` for an inline string, `<f>…</f><v>…</v></c>` (either part may be
/// left out; `<f>` may have attributes) for the others.
extension SheetScanner {
    /// A cell read to its end: where its `</c>` ends, its stored text and its formula, as the
    /// general reading gives them.
    struct QuickCell {
        var end: Int
        var stored: SheetText
        var formula: SheetText?
    }

    /// The words of the fixed pieces, little-endian, masked to their length.
    private static let inlineOpen: UInt64 = 0x3E_743C_3E73_693C  // `<is><t>`
    private static let inlineClose: UInt64 = 0x7369_2F3C_3E74_2F3C  // `</t></is`
    private static let inlineCloseEnd: UInt64 = 0x3E63_2F3C_3E73_692F  // `/is></c>`
    private static let valueClose: UInt64 = 0x3E63_2F3C_3E76_2F3C  // `</v></c>`
    private static let formulaCloseValue: UInt64 = 0x3E_763C_3E66_2F3C  // `</f><v>`
    private static let formulaCloseCell: UInt64 = 0x3E63_2F3C_3E66_2F3C  // `</f></c>`
    private static let formulaWithAttributes: UInt64 = 0x20_663C  // `<f `
    private static let libreOfficeFormula: UInt64 = 0x223D_6163_6120_663C  // `<f aca="`
    private static let libreOfficeFormulaEnd: UInt64 = 0x3E_2265_736C_6166  // `false">`

    /// Reads the content of a cell of type `type` (``PlainCellTag/type``) whose start tag ends
    /// at `at` when it has one of the forms above, for a caller that checked that its `is` is
    /// read as text (not within a phonetic run) and that the depth limit is two levels away.
    /// `nil` for anything else, and for a cell the general reading refuses (a shared string
    /// that does not exist, an unknown entity), which the general reading then reads (and
    /// refuses). What this reads, the general reading reads alike (`QuickRowsTests`).
    ///
    /// A `c` element was about seven tags of some 75 instructions each, and its text was gone
    /// over twice, once for its end and once for its references (`docs/performance.md`).
    @inline(__always)
    static func quickCell(
        _ base: UnsafePointer<UInt8>, _ count: Int, at: Int, type: UInt8,
        _ sharedStrings: SharedStrings
    ) -> QuickCell? {
        @inline(__always) func word(_ offset: Int) -> UInt64 {
            UInt64(littleEndian: UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self))
        }
        guard at + 8 <= count else { return nil }
        var position = at
        let stored: SheetText
        var formula: SheetText?
        let plain: Bool
        if type == UInt8(ascii: "i") {
            guard word(position) & 0xFF_FFFF_FFFF_FFFF == inlineOpen else { return nil }
            let text = textEnd(base, count, from: position + 7, references: true)
            position = text.end
            guard position + 13 <= count, word(position) == inlineClose,
                word(position + 5) == inlineCloseEnd
            else { return nil }
            (stored, plain, position) = (text.kept, text.plain, position + 13)
        } else {
            // `<f>`, or `<f` with attributes (LibreOffice writes `<f aca="false">`, compared
            // by words), which the general reading reads and throws away.
            var formulaStart = word(position) & 0xFF_FFFF == startFormula ? position + 3 : 0
            if word(position) == libreOfficeFormula && position + 16 <= count
                && word(position + 8) & 0xFF_FFFF_FFFF_FFFF == libreOfficeFormulaEnd
            {
                formulaStart = position + 15
            } else if word(position) & 0xFF_FFFF == formulaWithAttributes {
                if let tag = quickAttributes(base, count, from: position + 2, refusing: 0) {
                    guard !tag.selfClosing else { return nil }
                    formulaStart = tag.end
                } else {
                    var end = position + 2
                    guard let tag = try? startTagAttributes(base, count, &end, of: .formula),
                        !tag.selfClosing
                    else { return nil }
                    formulaStart = end
                }
            }
            if formulaStart > 0 {
                let text = textEnd(base, count, from: formulaStart, references: false)
                position = text.end
                formula = text.kept
                guard position + 8 <= count else { return nil }
                if word(position) == formulaCloseCell {
                    return QuickCell(end: position + 8, stored: SheetText(), formula: formula)
                }
                guard word(position) & 0xFF_FFFF_FFFF_FFFF == formulaCloseValue else { return nil }
                position += 4
            }
            guard position + 8 <= count, word(position) & 0xFF_FFFF == startValue else {
                return nil
            }
            let text = textEnd(base, count, from: position + 3, references: formula == nil)
            position = text.end
            guard position + 8 <= count, word(position) == valueClose else { return nil }
            (stored, plain, position) = (text.kept, text.plain, position + 8)
        }
        // What the general reading checks of a cell without a formula as it keeps it.
        if formula == nil {
            if type == UInt8(ascii: "s") {
                guard let index = number(base, stored.start..<stored.end),
                    sharedStrings.contains(index)
                else { return nil }
            } else if !plain {
                let bytes = UnsafeBufferPointer(start: base, count: count)
                guard XMLEntities.isValid(bytes, stored.start, stored.end) else { return nil }
            }
        }
        return QuickCell(end: position, stored: stored, formula: formula)
    }

    /// The text from `at` to the next `<` (or the end): where it ends, as the general reading
    /// keeps it (an empty text as `SheetText()`), and, when `references`, whether it is plain,
    /// without `&` (`true` otherwise). Looked for eight bytes at a time over the first 24 bytes,
    /// both bytes at once, as ``nextTag(_:_:from:)`` looks for `<`; beyond, with `memchr`.
    @inline(__always)
    static func textEnd(
        _ base: UnsafePointer<UInt8>, _ count: Int, from at: Int, references: Bool
    ) -> (end: Int, kept: SheetText, plain: Bool) {
        var next = at
        var ampersands: UInt64 = 0
        let stop = min(at + 16, count - 8)
        while next <= stop {
            let bytes = UInt64(
                littleEndian: UnsafeRawPointer(base + next).loadUnaligned(as: UInt64.self))
            // As in `nextTag`: the lowest bit set is that of the first such byte, and a bit is
            // set only if such a byte is in the word.
            let tags = bytes ^ 0x3C3C_3C3C_3C3C_3C3C
            let tag = (tags &- 0x0101_0101_0101_0101) & ~tags & 0x8080_8080_8080_8080
            let found = bytes ^ 0x2626_2626_2626_2626
            let ampersand = (found &- 0x0101_0101_0101_0101) & ~found & 0x8080_8080_8080_8080
            if tag != 0 {
                // The references before the first `<`: the bits below its own.
                let before = ampersand & ((tag & (0 &- tag)) &- 1)
                let end = next + tag.trailingZeroBitCount >> 3
                return (end, kept(at, end), ampersands | before == 0)
            }
            ampersands |= ampersand
            next += 8
        }
        // Beyond 24 bytes, or in the last 8 bytes of the part (a byte loop).
        let end = next > count - 8 ? nextTag(base, count, from: next) : memchrEnd(base, count, next)
        let plain =
            !references || ampersands == 0
            && (end == next || memchr(base + next, Int32(UInt8(ascii: "&")), end - next) == nil)
        return (end, kept(at, end), plain)
    }

    /// The position of the next `<` from `at`, or `count`, by `memchr`.
    @inline(__always)
    private static func memchrEnd(_ base: UnsafePointer<UInt8>, _ count: Int, _ at: Int) -> Int {
        guard let found = memchr(base + at, Int32(lessThan), count - at) else { return count }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }

    @inline(__always)
    private static func kept(_ start: Int, _ end: Int) -> SheetText {
        start == end ? SheetText() : SheetText(start: start, end: end)
    }
}
