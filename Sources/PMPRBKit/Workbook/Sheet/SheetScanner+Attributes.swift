/// The attribute list of a start tag, as ``SheetScanner`` reads it.
extension SheetScanner {
    /// What a start tag says beyond its name: whether it closes itself, a row's number (`r`),
    /// a cell's reference (`r`) and type (`t`, its first letter; `S` for `str`).
    struct StartTag {
        var selfClosing = false
        var row: Int?
        var reference: Range<Int>?
        var type = UInt8(ascii: "n")
    }

    /// Reads the attributes of a start tag whose name was read, moving `at` past its `>`;
    /// from `start` when some of them were read.
    ///
    /// The list is read with a local position: the loop runs over every byte of every tag.
    @inline(__always)
    static func startTagAttributes(
        _ base: UnsafePointer<UInt8>, _ count: Int, _ position: inout Int, of tag: Tag,
        from start: StartTag = StartTag()
    ) throws -> StartTag {
        let isRow = tag == .row
        let isCell = tag == .cell
        var result = start
        var at = position
        defer { position = at }
        while true {
            while at < count && (base[at] == 0x20 || isSpace(base[at])) { at += 1 }
            guard at < count else { throw XMLError.unexpectedEnd }
            if base[at] == greaterThan {
                at += 1
                return result
            }
            if base[at] == slash {
                guard at + 1 < count, base[at + 1] == greaterThan else {
                    throw XMLError.malformed(offset: at)
                }
                at += 2
                result.selfClosing = true
                return result
            }
            // The attribute's name: its local part, after any prefix. Most names in a sheet
            // are one letter (`r`, `s`, `t`): a byte above `>` followed by `=`.
            let key: Range<Int>
            if at + 1 < count && base[at + 1] == equals && base[at] > greaterThan {
                key = at..<at + 1
                at += 1
            } else {
                key = try name(base, count, &at)
            }
            guard at < count, base[at] == equals else { throw XMLError.malformed(offset: at) }
            at += 1
            let quote = at < count ? base[at] : 0
            guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else {
                throw at < count ? XMLError.malformed(offset: at) : .unexpectedEnd
            }
            at += 1
            let valueStart = at
            // A pointer walk: as an index loop it kept four counters.
            var byte = base + at
            let end = base + count
            while byte < end && byte.pointee != quote && byte.pointee != lessThan { byte += 1 }
            at = byte - base
            guard at < count else { throw XMLError.unexpectedEnd }
            if base[at] == lessThan { throw XMLError.malformed(offset: at) }
            let value = valueStart..<at
            at += 1
            // Only `r` of a row and `r` and `t` of a cell are read: one-letter names.
            guard (isRow || isCell) && key.count == 1 else { continue }
            let letter = base[key.lowerBound]
            if isRow && letter == UInt8(ascii: "r") {
                result.row = number(base, value)
            } else if isCell && letter == UInt8(ascii: "r") {
                result.reference = value
            } else if isCell && letter == UInt8(ascii: "t") {
                // The first letter tells the types apart: s, str, inlineStr, b, e, n, d.
                var type = value.isEmpty ? UInt8(ascii: "n") : base[value.lowerBound]
                if type == UInt8(ascii: "s") && value.count == 3 { type = UInt8(ascii: "S") }
                result.type = type
            }
        }
    }

    private static let rowOpen: UInt64 = 0x223D_7220_776F_723C  // `<row r="`

    /// Reads the start tag of a row at `at` (its `<`) when it begins `<row r="` and 1 to 9
    /// digits and `"`, moving `end` past it: the digits read as the general reading reads
    /// them, the attributes after them by ``quickAttributes(_:_:from:refusing:)`` or that
    /// reading. `nil` for any other tag.
    ///
    /// - Throws: What ``startTagAttributes(_:_:_:of:from:)`` throws for the attributes.
    @inline(__always)
    static func quickRowTag(
        _ base: UnsafePointer<UInt8>, _ count: Int, at: Int, _ end: inout Int
    ) throws -> StartTag? {
        guard at + 8 <= count,
            UInt64(littleEndian: UnsafeRawPointer(base + at).loadUnaligned(as: UInt64.self))
                == rowOpen
        else { return nil }
        var position = at + 8
        var row = 0
        while position < count && position < at + 18,
            case let digit = Int(base[position]) &- 48, digit >= 0, digit <= 9
        {
            row = row &* 10 &+ digit
            position += 1
        }
        guard position > at + 8, position <= at + 17, position < count,
            base[position] == UInt8(ascii: "\"")
        else { return nil }
        position += 1
        // LibreOffice's further attributes passed by words, others by the general reading.
        if let rest = quickAttributes(base, count, from: position, refusing: UInt8(ascii: "r")) {
            end = rest.end
            return StartTag(selfClosing: rest.selfClosing, row: row)
        }
        let tag = try startTagAttributes(base, count, &position, of: .row, from: StartTag(row: row))
        end = position
        return tag
    }
}
