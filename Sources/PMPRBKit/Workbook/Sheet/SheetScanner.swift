import PMPRBPlatform

/// Reads the cells of a worksheet part (ECMA-376 Part 1, 18.3.1 `sheetData`: `row`, `c`, `v`,
/// `f`, `is`, `t`) in one pass over its bytes, without building strings for the elements it
/// passes: a sheet is by far the largest part, and `compare` reads thousands of them.
///
/// It accepts what the SpreadsheetML subset needs and refuses what the general reader refuses
/// (a document type declaration, nesting beyond the limit, unbalanced tags, unknown entities).
///
/// The pass is one function with its state (position, current cell) in local variables, not
/// in an object's properties, which sent every byte through memory (performance.md, Workbooks).
enum SheetScanner {
    /// One pass over a part. Without `shortcuts`, every tag is read by the general reading:
    /// the fast paths' equivalence tests compare both.
    static func run(
        _ buffer: UnsafeBufferPointer<UInt8>, _ sharedStrings: SharedStrings,
        _ limits: WorkbookLimits, readsSharedStrings: Bool, shortcuts: Bool = true
    ) throws -> Output {
        guard let base = buffer.baseAddress, !buffer.isEmpty else { throw XMLError.unexpectedEnd }
        let count = buffer.count
        let (depthLimit, cellLimit) = (limits.xmlDepth, limits.cellCount)
        var output = Output()
        let quickly = shortcuts && !readsSharedStrings
        let quickItems = shortcuts && readsSharedStrings
        if !readsSharedStrings {
            // About one cell per 50 bytes of a sheet.
            output.cells.reserveCapacity(min(count / 50, cellLimit))
        }
        var at = 0
        var depth = 0
        // The row and column last read, and the cell being read.
        var (row, column) = (0, 0)
        var inCell = false
        var (cellRow, cellColumn) = (0, 0)
        var type = UInt8(ascii: "n")
        var value = SheetTextBuilder()
        var formula = SheetTextBuilder()
        var hasFormula = false
        var inline = SheetTextBuilder()
        /// The element whose text is collected: `v`, `f`, or `t` inside `is` (not in `rPh`).
        var collecting = Tag.other
        var inInline = false
        var inPhonetic = false

        func collect(_ start: Int, _ end: Int) {
            switch collecting {
            case .value: value.append(start, end, of: base)
            case .formula: if hasFormula { formula.append(start, end, of: base) }
            default: inline.append(start, end, of: base)
            }
        }

        func isValid(_ text: SheetText) -> Bool {
            // The joined bytes only for a joined text: reaching them is checked at run time.
            guard text.joined else { return text.isValid(in: buffer, joined: buffer) }
            return output.joined.withUnsafeBufferPointer { text.isValid(in: buffer, joined: $0) }
        }

        /// Keeps the cell just read, its text as a place in the bytes. What would make its
        /// value unreadable is refused now: a shared string that does not exist, an unknown
        /// entity.
        func finishCell() throws {
            guard inCell else { return }
            inCell = false
            collecting = .other
            let stored =
                type == UInt8(ascii: "i")
                ? inline.text(joining: &output.joined) : value.text(joining: &output.joined)
            if !hasFormula {
                if type == UInt8(ascii: "s") {
                    let index = try sharedIndex(stored, buffer, joined: output.joined, offset: at)
                    guard let index, sharedStrings.contains(index) else {
                        throw SheetCellsError.badSharedString(CellReference(row: cellRow, column: cellColumn))
                    }
                } else if stored.isEmpty {
                    return
                } else if !isValid(stored) {
                    throw XMLError.malformed(offset: at)
                }
            }
            guard output.cells.count < cellLimit else { throw SheetCellsError.tooManyCells(cellLimit) }
            let formulaText = hasFormula ? formula.text(joining: &output.joined) : nil
            output.cells.append(
                SheetCells.Cell(
                    row: cellRow, column: cellColumn, stored: stored, type: type, formula: formulaText))
        }

        /// Keeps the shared string just read.
        func addItem() throws {
            guard output.items.count < cellLimit else { throw SheetCellsError.tooManyCells(cellLimit) }
            let text = inline.text(joining: &output.joined)
            guard isValid(text) else { throw XMLError.malformed(offset: at) }
            output.items.append(text)
            inline.clear()
        }

        while at < count {
            if base[at] != lessThan {
                let next = nextTag(base, count, from: at + 1)
                if collecting != .other { collect(at, next) }
                at = next
                guard at < count else { break }
            }
            // The tags without attributes that make most of a sheet, `<v>`, `<f>`, `</c>`, `<is>`...,
            // are told by their first four bytes; the others are read below. A `<` last is an end.
            if at + 4 > count {
                guard at + 1 < count else { throw XMLError.unexpectedEnd }
            } else {
                switch UInt32(littleEndian: UnsafeRawPointer(base + at).loadUnaligned(as: UInt32.self)) {
                case endCell:
                    guard depth > 0 else { throw XMLError.malformed(offset: at) }
                    (at, depth) = (at + 4, depth - 1)
                    try finishCell()
                    continue
                case endValue, endFormula, endText:
                    guard depth > 0 else { throw XMLError.malformed(offset: at) }
                    (at, depth) = (at + 4, depth - 1)
                    collecting = .other
                    continue
                case startInline:
                    guard depth < depthLimit else { throw XMLError.tooDeep(limit: depthLimit) }
                    (at, depth) = (at + 4, depth + 1)
                    inInline = true
                    continue
                case endInline where at + 5 <= count && base[at + 4] == greaterThan:
                    guard depth > 0 else { throw XMLError.malformed(offset: at) }
                    (at, depth) = (at + 5, depth - 1)
                    inInline = false
                    continue
                case let word where word & 0xFF_FFFF == startValue:
                    guard depth < depthLimit else { throw XMLError.tooDeep(limit: depthLimit) }
                    (at, depth) = (at + 3, depth + 1)
                    collecting = .value
                    continue
                case let word where word & 0xFF_FFFF == startFormula:
                    guard depth < depthLimit else { throw XMLError.tooDeep(limit: depthLimit) }
                    (at, depth) = (at + 3, depth + 1)
                    if !hasFormula {
                        formula.clear()
                        hasFormula = true
                    }
                    collecting = .formula
                    continue
                case let word where word & 0xFF_FFFF == startText:
                    guard depth < depthLimit else { throw XMLError.tooDeep(limit: depthLimit) }
                    (at, depth) = (at + 3, depth + 1)
                    if inInline && !inPhonetic { collecting = .text }
                    continue
                default: break
                }
            }
            // Most of the other tags are a cell's start tag: the cells and rows that follow in
            // the forms writers use are read by `quickRows`, and left as the general reading
            // leaves them (the texts' builders and the cell's place are set again by the next
            // cell's start tag); the others are read here.
            if quickly && base[at + 1] == UInt8(ascii: "c") && !inPhonetic {
                let start = QuickRows(at: at, depth: depth, row: row, column: column)
                let quick = try quickRows(base, count, start, limits, sharedStrings, &output.cells)
                if quick.at != at {
                    (at, depth, row, column) = (quick.at, quick.depth, quick.row, quick.column)
                    if let last = quick.type {
                        (type, hasFormula) = (last, quick.hasFormula)
                        (inCell, collecting) = (false, .other)
                    }
                    if quick.readInline { inInline = false }
                    continue
                }
            }
            // The items of a shared-string part as writers put them (`quickItems`).
            if quickItems && base[at + 1] == UInt8(ascii: "s") && !inPhonetic {
                let next = Self.quickItems(base, count, at: at, depth: depth, limits, &output.items)
                if next != at {
                    (at, inInline, collecting) = (next, false, .other)
                    inline.clear()
                    continue
                }
            }
            // A cell's start tag read in one pass when it is plain (both readings give `nil`
            // unless a `c` follows the `<`).
            let cell: PlainCellTag
            if base[at + 1] == UInt8(ascii: "c"),
                let plain = quickCellTag(base, count, at: at) ?? plainCellTag(base, count, at: at)
            {
                at = plain.end
                if !plain.selfClosing {
                    depth += 1
                    guard depth <= depthLimit else { throw XMLError.tooDeep(limit: depthLimit) }
                }
                cell = plain
            } else {
                switch base[at + 1] {
                case slash:
                    let start = at
                    at += 2
                    let name = try name(base, count, &at)
                    while at < count && isSpace(base[at]) { at += 1 }
                    guard at < count, base[at] == greaterThan, depth > 0 else {
                        throw XMLError.malformed(offset: start)
                    }
                    at += 1
                    depth -= 1
                    switch tag(name, base, count, sharedStrings: readsSharedStrings) {
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
                    continue
                case UInt8(ascii: "?"):
                    try skip(past: "?>", base, count, &at)
                    continue
                case UInt8(ascii: "!"):
                    // A comment, CDATA (collected as text) or a declaration (refused).
                    if has("<!--", base, count, at: at) {
                        try skip(past: "-->", base, count, &at)
                    } else if has("<![CDATA[", base, count, at: at) {
                        let start = at + 9
                        try skip(past: "]]>", base, count, &at)
                        if collecting != .other { collect(start, at - 3) }
                    } else {
                        throw XMLError.doctype
                    }
                    continue
                default: break
                }
                at += 1
                let tag = tag(try name(base, count, &at), base, count, sharedStrings: readsSharedStrings)
                let attributes = try startTagAttributes(base, count, &at, of: tag)
                if !attributes.selfClosing {
                    depth += 1
                    guard depth <= depthLimit else { throw XMLError.tooDeep(limit: depthLimit) }
                }
                switch tag {
                case .row:
                    row = attributes.row ?? row + 1
                    column = 0
                    continue
                case .cell:
                    // Its reference, or the next column of the row without one.
                    var reference = (row: max(row, 1), column: column + 1)
                    if let range = attributes.reference {
                        let text = UnsafeBufferPointer(start: base + range.lowerBound, count: range.count)
                        guard let parsed = CellReference(text) else {
                            throw SheetCellsError.badReference(String(decoding: text, as: UTF8.self))
                        }
                        reference = (parsed.row, parsed.column)
                    }
                    cell = PlainCellTag(
                        end: at, row: reference.row, column: reference.column, type: attributes.type,
                        selfClosing: attributes.selfClosing)
                case .value:
                    if !attributes.selfClosing { collecting = .value }
                    continue
                case .formula:
                    if !hasFormula {
                        formula.clear()
                        hasFormula = true
                    }
                    if !attributes.selfClosing { collecting = .formula }
                    continue
                case .inlineString:
                    inInline = !attributes.selfClosing
                    continue
                case .phonetic:
                    inPhonetic = !attributes.selfClosing
                    continue
                case .text:
                    if inInline && !inPhonetic && !attributes.selfClosing { collecting = .text }
                    continue
                case .sharedItem:
                    inline.clear()
                    inInline = !attributes.selfClosing
                    if attributes.selfClosing { try addItem() }
                    continue
                case .other: continue
                }
            }
            // Starts a `c` element.
            (cellRow, cellColumn) = (cell.row, cell.column)
            (row, column) = (cellRow, cellColumn)
            inCell = true
            type = cell.type
            value.clear()
            inline.clear()
            hasFormula = false
            if cell.selfClosing { try finishCell() }
        }
        guard depth == 0 else { throw XMLError.unexpectedEnd }
        return output
    }
}
