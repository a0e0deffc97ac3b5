import PMPRBPlatform

/// The byte-level pieces of ``SheetScanner``: names, tags, numbers and skipped markup, read
/// from a buffer's base pointer with a position the caller keeps in a local variable.
extension SheetScanner {
    /// The elements the scanner acts on, by local name: `row`, `c`, `v`, `f`, `t`, `is`, `rPh`,
    /// and `si` in a shared-string part.
    enum Tag { case row, cell, value, formula, text, inlineString, phonetic, sharedItem, other }

    static let lessThan = UInt8(ascii: "<")
    static let greaterThan = UInt8(ascii: ">")
    static let slash = UInt8(ascii: "/")
    static let equals = UInt8(ascii: "=")

    /// The first four bytes of the commonest tags as a little-endian word (three for `<v>`
    /// and `<t>`, compared under a mask).
    static let endCell: UInt32 = 0x3E63_2F3C  // "</c>"
    static let endValue: UInt32 = 0x3E76_2F3C  // "</v>"
    static let endFormula: UInt32 = 0x3E66_2F3C  // "</f>"
    static let endText: UInt32 = 0x3E74_2F3C  // "</t>"
    static let startInline: UInt32 = 0x3E73_693C  // "<is>"
    static let endInline: UInt32 = 0x7369_2F3C  // "</is", then ">"
    static let startValue: UInt32 = 0x3E_763C  // "<v>"
    static let startText: UInt32 = 0x3E_743C  // "<t>"
    static let startFormula: UInt32 = 0x3E_663C  // "<f>"

    @inline(__always)
    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// The range of a name's local part (after any prefix), moving `at` past the name.
    @inline(__always)
    static func name(_ base: UnsafePointer<UInt8>, _ count: Int, _ at: inout Int) throws -> Range<Int> {
        let start = at
        var index = at
        var local = at
        while index < count {
            let byte = base[index]
            // Every byte that ends a name, and `:`, is below `?`: letters pass with one test.
            if byte > greaterThan {
                index += 1
                continue
            }
            if isSpace(byte) || byte == greaterThan || byte == slash || byte == equals { break }
            if byte == UInt8(ascii: ":") { local = index + 1 }
            index += 1
        }
        at = index
        guard index > start, local < index else { throw XMLError.malformed(offset: start) }
        return local..<index
    }

    @inline(__always)
    static func has(
        _ text: StaticString, _ base: UnsafePointer<UInt8>, _ count: Int, at position: Int
    ) -> Bool {
        let length = text.utf8CodeUnitCount
        guard position + length <= count else { return false }
        for index in 0..<length where base[position + index] != text.utf8Start[index] {
            return false
        }
        return true
    }

    /// The element a local name stands for, told apart by its length and first byte first.
    @inline(__always)
    static func tag(
        _ name: Range<Int>, _ base: UnsafePointer<UInt8>, _ count: Int, sharedStrings: Bool
    ) -> Tag {
        func named(_ text: StaticString) -> Bool { has(text, base, count, at: name.lowerBound) }
        switch (name.count, base[name.lowerBound]) {
        case (1, UInt8(ascii: "c")): return .cell
        case (1, UInt8(ascii: "v")): return .value
        case (1, UInt8(ascii: "f")): return .formula
        case (1, UInt8(ascii: "t")): return .text
        case (2, UInt8(ascii: "i")): return named("is") ? .inlineString : .other
        case (2, UInt8(ascii: "s")): return sharedStrings && named("si") ? .sharedItem : .other
        case (3, UInt8(ascii: "r")): return named("row") ? .row : named("rPh") ? .phonetic : .other
        default: return .other
        }
    }

    /// Moves `at` past the next `terminator`.
    static func skip(
        past terminator: StaticString, _ base: UnsafePointer<UInt8>, _ count: Int, _ at: inout Int
    ) throws {
        while at < count {
            if has(terminator, base, count, at: at) {
                at += terminator.utf8CodeUnitCount
                return
            }
            at += 1
        }
        throw XMLError.unexpectedEnd
    }

    /// The position of the next `<` from `at`, or `count`: looked for eight bytes at a time
    /// over the short text of most elements (a byte loop for the last few bytes of a part),
    /// with `memchr` beyond 24 bytes.
    @inline(__always)
    static func nextTag(_ base: UnsafePointer<UInt8>, _ count: Int, from at: Int) -> Int {
        var next = at
        let stop = at + 24
        while next < stop && next + 8 <= count {
            // A byte of the word equal to `<` is a zero byte of `word`: the lowest bit set in
            // `found` is the top bit of the first one (higher bits may be set by its borrow).
            let word =
                UInt64(littleEndian: UnsafeRawPointer(base + next).loadUnaligned(as: UInt64.self))
                ^ 0x3C3C_3C3C_3C3C_3C3C
            let found = (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080
            if found != 0 { return next + found.trailingZeroBitCount >> 3 }
            next += 8
        }
        if next < stop {
            while next < count && base[next] != lessThan { next += 1 }
            return next
        }
        guard next < count else { return count }
        guard let found = memchr(base + next, Int32(lessThan), count - next) else { return count }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }

    /// A row number from its digits, or `nil`.
    @inline(__always)
    static func number(_ base: UnsafePointer<UInt8>, _ range: Range<Int>) -> Int? {
        guard !range.isEmpty, range.count <= 9 else { return nil }
        var result = 0
        for index in range {
            let digit = Int(base[index]) &- 48
            guard digit >= 0 && digit <= 9 else { return nil }
            result = result &* 10 &+ digit
        }
        return result
    }

    /// The index a shared-string cell's text names, as `Int(text.trimmed)` reads it: on the
    /// bytes for plain digits, decoded otherwise; `nil` when it is no number.
    ///
    /// - Throws: ``XMLError/malformed(offset:)`` for a malformed reference in the text.
    static func sharedIndex(
        _ text: SheetText, _ bytes: UnsafeBufferPointer<UInt8>, joined: [UInt8], offset: Int
    ) throws -> Int? {
        if !text.joined, let base = bytes.baseAddress, let index = number(base, text.start..<text.end) {
            return index
        }
        guard let decoded = joined.withUnsafeBufferPointer({ text.decoded(in: bytes, joined: $0) })
        else { throw XMLError.malformed(offset: offset) }
        return Int(decoded.trimmed)
    }
}
