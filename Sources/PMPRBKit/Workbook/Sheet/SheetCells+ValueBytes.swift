import PMPRBPlatform

extension SheetCells {
    /// A sheet's bytes and its shared strings' bytes, valid within ``withValueBytes(_:)``.
    struct ValueBytes {
        let xml: UnsafeBufferPointer<UInt8>
        let joined: UnsafeBufferPointer<UInt8>
        /// Where each shared string is, in ``strings`` or ``stringsJoined``.
        let items: [SheetText]
        let strings: UnsafeBufferPointer<UInt8>
        let stringsJoined: UnsafeBufferPointer<UInt8>

        /// The bytes a cell stores, before its references are replaced.
        func stored(_ cell: Cell) -> UnsafeBufferPointer<UInt8> {
            Self.bytes(cell.stored, in: xml, joined: joined)
        }

        private static func bytes(
            _ text: SheetText, in bytes: UnsafeBufferPointer<UInt8>,
            joined: UnsafeBufferPointer<UInt8>
        ) -> UnsafeBufferPointer<UInt8> {
            guard text.start < text.end else { return UnsafeBufferPointer(start: nil, count: 0) }
            let source = text.joined ? joined : bytes
            return UnsafeBufferPointer(rebasing: source[text.start..<text.end])
        }

        /// The bytes of a cell's value trimmed as ``String/trimmed`` trims it, when they are
        /// the bytes of `value(of: cell).trimmed`: text without a reference (`&`), whether the
        /// cell's own or the shared string its index of digits alone names, or a number
        /// already in its shortest form; and ASCII at both ends once ASCII white space is cut.
        /// `nil` for anything else (a boolean, a reference, another number, another index),
        /// which ``SheetCells/value(of:)`` reads.
        func trimmedValue(of cell: Cell) -> UnsafeBufferPointer<UInt8>? {
            let raw: UnsafeBufferPointer<UInt8>
            switch cell.type {
            case UInt8(ascii: "b"): return nil
            case UInt8(ascii: "s"):
                // As `value(of:)` reads a shared string's index (`sharedStringIndex`).
                guard !cell.stored.joined, let base = xml.baseAddress,
                    let index = SheetScanner.number(base, cell.stored.start..<cell.stored.end),
                    items.indices.contains(index)
                else { return nil }
                raw = Self.bytes(items[index], in: strings, joined: stringsJoined)
            case UInt8(ascii: "n"):
                // `value(_:type:sharedStrings:)`: empty stays empty, a plain decimal as written.
                let number = stored(cell)
                return number.isEmpty || SheetCells.isPlainDecimal(number) ? number : nil
            default:
                raw = stored(cell)
            }
            guard let base = raw.baseAddress else { return raw }
            // The value is the text with its references replaced.
            guard memchr(base, Int32(UInt8(ascii: "&")), raw.count) == nil else { return nil }
            let kept = raw.trimmingASCIIWhitespace(0..<raw.count)
            guard kept.isEmpty || (raw[kept.lowerBound] < 0x80 && raw[kept.upperBound - 1] < 0x80)
            else { return nil }
            return UnsafeBufferPointer(rebasing: raw[kept])
        }
    }
}
