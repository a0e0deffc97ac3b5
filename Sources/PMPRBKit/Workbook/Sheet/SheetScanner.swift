#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
#if canImport(Glibc)
    import Glibc
#endif

/// Reads the cells of a worksheet part (ECMA-376 Part 1, 18.3.1 `sheetData`: `row`, `c`, `v`,
/// `f`, `is`, `t`) in one pass over its bytes, without building strings for the elements it
/// passes: a sheet is by far the largest part, and `compare` reads thousands of them.
///
/// It accepts what the SpreadsheetML subset needs and refuses what the general reader refuses
/// (a document type declaration, nesting beyond the limit, unbalanced tags, unknown entities).
///
/// A class rather than a struct: its state is large, and as a struct it was copied on calls
/// between its methods (`memmove` in the profile, `docs/performance.md`).
final class SheetScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    let sharedStrings: SharedStrings
    let limits: WorkbookLimits
    // The state is read and written only by this object's own methods (here and in
    // `SheetScanner+Cells.swift`), one at a time, so the run-time exclusivity checks of class
    // properties are left out (they cost a tenth of a sheet's reading time).
    @exclusivity(unchecked) var offset = 0
    @exclusivity(unchecked) var depth = 0
    @exclusivity(unchecked) var cells: [SheetCells.Cell] = []

    // The cell being read.
    @exclusivity(unchecked) var row = 0
    @exclusivity(unchecked) var column = 0
    @exclusivity(unchecked) var reference: CellReference?
    @exclusivity(unchecked) var type: UInt8 = UInt8(ascii: "n")
    @exclusivity(unchecked) var value = SheetText()
    @exclusivity(unchecked) var formula: SheetText?
    @exclusivity(unchecked) var inline = SheetText()
    /// The element whose text is collected: `v`, `f`, or `t` inside `is` (not in `rPh`).
    @exclusivity(unchecked) var collecting = Tag.other
    @exclusivity(unchecked) var inInline = false
    @exclusivity(unchecked) var inPhonetic = false

    /// The elements the scanner acts on, by local name: `row`, `c`, `v`, `f`, `t`, `is`, `rPh`.
    enum Tag { case row, cell, value, formula, text, inlineString, phonetic, sharedItem, other }

    /// Whether the bytes are a shared-string part (`sst`), whose `si` items are collected as
    /// inline strings are, into ``items``.
    let readsSharedStrings: Bool
    @exclusivity(unchecked) var items: [SheetText] = []

    /// Scans a sheet's bytes.
    ///
    /// - Throws: ``XMLError`` for malformed XML, ``SheetCellsError`` for a bad cell or too many.
    static func scan(
        _ data: ArraySlice<UInt8>, sharedStrings: SharedStrings, limits: WorkbookLimits
    ) throws -> [SheetCells.Cell] {
        try data.withUnsafeBufferPointer { buffer in
            let scanner = SheetScanner(buffer, sharedStrings, limits, readsSharedStrings: false)
            // About one cell per 50 bytes of a sheet.
            scanner.cells.reserveCapacity(min(buffer.count / 50, limits.cellCount))
            try scanner.run()
            return scanner.cells
        }
    }

    /// The strings of a shared-string part (ECMA-376 Part 1, 18.4 `sst`), in order: each `si`
    /// item's `t`, or the `t` of each of its runs, without phonetic runs (`rPh`); kept as places
    /// in the bytes, their references checked.
    ///
    /// - Throws: ``XMLError`` for malformed XML, ``SheetCellsError`` for too many items.
    static func sharedStrings(
        _ data: ArraySlice<UInt8>, limits: WorkbookLimits
    ) throws -> SharedStrings {
        try data.withUnsafeBufferPointer { buffer in
            let scanner = SheetScanner(buffer, [], limits, readsSharedStrings: true)
            try scanner.run()
            return SharedStrings(bytes: data, items: scanner.items)
        }
    }

    private init(
        _ bytes: UnsafeBufferPointer<UInt8>, _ shared: SharedStrings, _ limits: WorkbookLimits,
        readsSharedStrings: Bool
    ) {
        (self.bytes, sharedStrings, self.limits) = (bytes, shared, limits)
        self.readsSharedStrings = readsSharedStrings
    }

    private func run() throws {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { throw XMLError.unexpectedEnd }
        while offset < bytes.count {
            // Most tags follow another directly: `memchr` only for text between them.
            if bytes[offset] != UInt8(ascii: "<") {
                let found = memchr(base + offset, Int32(UInt8(ascii: "<")), bytes.count - offset)
                let next = found.map { UnsafeRawPointer($0) - UnsafeRawPointer(base) } ?? bytes.count
                if collecting != .other { collect(offset, next) }
                offset = next
            }
            guard offset < bytes.count else { break }
            guard offset + 1 < bytes.count else { throw XMLError.unexpectedEnd }
            switch bytes[offset + 1] {
            case UInt8(ascii: "/"): try endTag()
            case UInt8(ascii: "?"): try skip(past: "?>")
            case UInt8(ascii: "!"): try markup()
            default: try startTag()
            }
        }
        guard depth == 0 else { throw XMLError.unexpectedEnd }
    }

    @inline(__always)
    private func has(_ text: StaticString, at position: Int) -> Bool {
        let count = text.utf8CodeUnitCount
        guard position + count <= bytes.count else { return false }
        for index in 0..<count where bytes[position + index] != text.utf8Start[index] {
            return false
        }
        return true
    }

    private func skip(past terminator: StaticString) throws {
        while offset < bytes.count {
            if has(terminator, at: offset) {
                offset += terminator.utf8CodeUnitCount
                return
            }
            offset += 1
        }
        throw XMLError.unexpectedEnd
    }

    /// A comment, CDATA (collected as text) or a declaration (refused).
    private func markup() throws {
        if has("<!--", at: offset) {
            try skip(past: "-->")
        } else if has("<![CDATA[", at: offset) {
            let start = offset + 9
            try skip(past: "]]>")
            if collecting != .other { collect(start, offset - 3) }
        } else {
            throw XMLError.doctype
        }
    }

    @inline(__always)
    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// The range of a name's local part (after any prefix), moving past the name.
    @inline(__always)
    private func name() throws -> Range<Int> {
        let start = offset
        var at = offset
        var local = offset
        let count = bytes.count
        while at < count {
            let byte = bytes[at]
            if Self.isSpace(byte) || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "=") {
                break
            }
            if byte == UInt8(ascii: ":") { local = at + 1 }
            at += 1
        }
        offset = at
        guard at > start, local < at else { throw XMLError.malformed(offset: start) }
        return local..<at
    }

    @inline(__always)
    private func equals(_ range: Range<Int>, _ text: StaticString) -> Bool {
        range.count == text.utf8CodeUnitCount && has(text, at: range.lowerBound)
    }

    /// The element a local name stands for, told apart by its length and first byte first.
    @inline(__always)
    private func tag(_ name: Range<Int>) -> Tag {
        switch (name.count, bytes[name.lowerBound]) {
        case (1, UInt8(ascii: "c")): .cell
        case (1, UInt8(ascii: "v")): .value
        case (1, UInt8(ascii: "f")): .formula
        case (1, UInt8(ascii: "t")): .text
        case (2, UInt8(ascii: "i")): equals(name, "is") ? .inlineString : .other
        case (2, UInt8(ascii: "s")): readsSharedStrings && equals(name, "si") ? .sharedItem : .other
        case (3, UInt8(ascii: "r")): equals(name, "row") ? .row : equals(name, "rPh") ? .phonetic : .other
        default: .other
        }
    }

    private func endTag() throws {
        let start = offset
        offset += 2
        let name = try name()
        while offset < bytes.count && Self.isSpace(bytes[offset]) { offset += 1 }
        guard offset < bytes.count, bytes[offset] == UInt8(ascii: ">"), depth > 0 else {
            throw XMLError.malformed(offset: start)
        }
        offset += 1
        depth -= 1
        try close(name)
    }

    private func close(_ name: Range<Int>) throws {
        switch tag(name) {
        case .cell: try finishCell()
        case .value, .formula, .text: collecting = .other
        case .inlineString: inInline = false
        case .phonetic: inPhonetic = false
        case .sharedItem:
            inInline = false
            collecting = .other
            try addItem()
        case .row, .other: break
        }
    }

    private func startTag() throws {
        offset += 1
        let tag = tag(try name())
        let isRow = tag == .row
        let isCell = tag == .cell
        var rowNumber: Int?
        var cellReference: Range<Int>?
        var cellType: UInt8 = UInt8(ascii: "n")
        var selfClosing = false
        // The attribute list is read with a local position and pointer: the loop runs over
        // every byte of every tag, and the object's `offset` would be stored on each step.
        guard let base = bytes.baseAddress else { throw XMLError.unexpectedEnd }
        let count = bytes.count
        var at = offset
        while true {
            while at < count && Self.isSpace(base[at]) { at += 1 }
            guard at < count else { throw XMLError.unexpectedEnd }
            if base[at] == UInt8(ascii: ">") {
                at += 1
                break
            }
            if base[at] == UInt8(ascii: "/") {
                guard at + 1 < count, base[at + 1] == UInt8(ascii: ">") else {
                    throw XMLError.malformed(offset: at)
                }
                at += 2
                selfClosing = true
                break
            }
            // The attribute's name: its local part, after any prefix.
            let keyStart = at
            var local = at
            while at < count {
                let byte = base[at]
                if byte == UInt8(ascii: "=") || Self.isSpace(byte) || byte == UInt8(ascii: ">")
                    || byte == UInt8(ascii: "/")
                {
                    break
                }
                if byte == UInt8(ascii: ":") { local = at + 1 }
                at += 1
            }
            guard at > keyStart, local < at else { throw XMLError.malformed(offset: keyStart) }
            let key = local..<at
            guard at < count, base[at] == UInt8(ascii: "=") else {
                throw XMLError.malformed(offset: at)
            }
            at += 1
            let quote = at < count ? base[at] : 0
            guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else {
                throw at < count ? XMLError.malformed(offset: at) : .unexpectedEnd
            }
            at += 1
            let valueStart = at
            while at < count {
                let byte = base[at]
                if byte == quote { break }
                if byte == UInt8(ascii: "<") { throw XMLError.malformed(offset: at) }
                at += 1
            }
            guard at < count else { throw XMLError.unexpectedEnd }
            let valueRange = valueStart..<at
            at += 1
            // Only `r` of a row and `r` and `t` of a cell are read: one-letter names.
            guard (isRow || isCell) && key.count == 1 else { continue }
            let letter = base[key.lowerBound]
            if isRow && letter == UInt8(ascii: "r") {
                rowNumber = number(valueRange)
            } else if isCell && letter == UInt8(ascii: "r") {
                cellReference = valueRange
            } else if isCell && letter == UInt8(ascii: "t") {
                // The first letter tells the types apart: s, str, inlineStr, b, e, n, d.
                cellType = valueRange.isEmpty ? UInt8(ascii: "n") : base[valueRange.lowerBound]
                if cellType == UInt8(ascii: "s") && valueRange.count == 3 { cellType = UInt8(ascii: "S") }
            }
        }
        offset = at
        if !selfClosing {
            depth += 1
            guard depth <= limits.xmlDepth else { throw XMLError.tooDeep(limit: limits.xmlDepth) }
        }
        switch tag {
        case .row:
            row = rowNumber ?? row + 1
            column = 0
        case .cell:
            try startCell(cellReference, type: cellType)
            if selfClosing { try finishCell() }
        case .value: if !selfClosing { collecting = .value }
        case .formula:
            formula = formula ?? SheetText()
            if !selfClosing { collecting = .formula }
        case .inlineString: inInline = !selfClosing
        case .phonetic: inPhonetic = !selfClosing
        case .text: if inInline && !inPhonetic && !selfClosing { collecting = .text }
        case .sharedItem:
            inline.clear()
            inInline = !selfClosing
            if selfClosing { try addItem() }
        case .other: break
        }
    }
}
