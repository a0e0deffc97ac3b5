import PMPRBPlatform

/// The items of a shared-string part as writers put them, read one after another in a loop
/// of their own: `<si><t>…</t></si>`, or `<si><t xml:space="preserve">…</t></si>` as
/// LibreOffice writes every one.
extension SheetScanner {
    /// The words of the fixed pieces, little-endian, masked to their length.
    private static let itemOpen: UInt64 = 0x3E_743C_3E69_733C  // `<si><t>`
    private static let itemOpenSpace: UInt64 = 0x7820_743C_3E69_733C  // `<si><t x`
    private static let spaceName: UInt64 = 0x6563_6170_733A_6C6D  // `ml:space`
    private static let spaceValue: UInt64 = 0x7265_7365_7270_223D  // `="preser`
    private static let spaceEnd: UInt32 = 0x3E22_6576  // `ve">`
    private static let itemClose: UInt64 = 0x6973_2F3C_3E74_2F3C  // `</t></si`, then `>`

    /// Reads items from `at` (a `<`) as long as each has one of the forms above, appending
    /// their texts to `items` as the general reading keeps them; the position after the last
    /// one read (`at` when none was). It stops before anything else, before an item the
    /// general reading refuses (an unknown entity, one past the cell limit), and reads nothing
    /// when the depth limit is less than two levels away, for a caller that checked that no
    /// phonetic run is open. What this reads, the general reading reads alike
    /// (`QuickItemsTests`).
    ///
    /// About 600 items a LibreOffice workbook, each four tags for the general reading.
    static func quickItems(
        _ base: UnsafePointer<UInt8>, _ count: Int, at: Int, depth: Int, _ limits: WorkbookLimits,
        _ items: inout [SheetText]
    ) -> Int {
        @inline(__always) func word(_ offset: Int) -> UInt64 {
            UInt64(littleEndian: UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self))
        }
        guard depth + 2 <= limits.xmlDepth else { return at }
        var position = at
        while position + 28 <= count && items.count < limits.cellCount {
            let head = word(position)
            let start: Int
            if head & 0xFF_FFFF_FFFF_FFFF == itemOpen {
                start = position + 7
            } else if head == itemOpenSpace && word(position + 8) == spaceName
                && word(position + 16) == spaceValue
                && UInt32(truncatingIfNeeded: word(position + 20) >> 32) == spaceEnd
            {
                start = position + 28
            } else {
                break
            }
            let text = textEnd(base, count, from: start, references: true)
            guard text.end + 9 <= count, word(text.end) == itemClose,
                base[text.end + 8] == greaterThan
            else { break }
            if !text.plain {
                let bytes = UnsafeBufferPointer(start: base, count: count)
                guard XMLEntities.isValid(bytes, text.kept.start, text.kept.end) else { break }
            }
            items.append(text.kept)
            position = text.end + 9
        }
        return position
    }
}
