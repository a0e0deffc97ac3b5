/// A canonical Huffman code (RFC 1951, 3.2.2), decoded with one table lookup per symbol for codes
/// of up to ``tableBits`` bits (almost every symbol of a real stream), and code by code for
/// longer ones. The table is bounded so that a hostile stream of many small blocks cannot make
/// building it dominate the work.
struct HuffmanCode {
    /// For each value of the next ``bits`` bits (first bit least significant), the entry of the
    /// symbol whose code they start with (``Entry``), or 0 where no code of at most ``bits``
    /// bits matches.
    let table: [UInt32]
    /// The bits that index ``table``: the longest code's length, at most ``tableBits``.
    let bits: Int
    /// `bits` ones, lowest.
    let mask: UInt64
    /// What the symbols stand for, which ``Entry`` packs beside each.
    let alphabet: Entry.Alphabet
    /// The number of codes of each length, 0 to 15, and the symbols in code order, for codes
    /// longer than ``bits``.
    private let counts: [Int]
    private let symbols: [Int]
    static let tableBits = 10

    /// Builds the code from the length of each symbol's code (0 for an unused symbol, at most
    /// 15).
    ///
    /// - Throws: ``InflateError/invalidCode`` when the lengths over-subscribe the code space.
    init(lengths: ArraySlice<Int>, alphabet: Entry.Alphabet = .plain) throws(InflateError) {
        var counts = [Int](repeating: 0, count: 16)
        for length in lengths { counts[length] += 1 }
        counts[0] = 0
        var left = 1
        for length in 1...15 {
            left = left * 2 - counts[length]
            guard left >= 0 else { throw .invalidCode }
        }
        var offsets = [Int](repeating: 0, count: 16)
        for length in 1..<15 { offsets[length + 1] = offsets[length] + counts[length] }
        var symbols = [Int](repeating: 0, count: lengths.count)
        for (symbol, length) in lengths.enumerated() where length != 0 {
            symbols[offsets[length]] = symbol
            offsets[length] += 1
        }
        let bits = min(Self.tableBits, max(1, counts.lastIndex { $0 != 0 } ?? 1))
        var table = [UInt32](repeating: 0, count: 1 << bits)
        // The canonical code of each symbol (3.2.2, steps 2 and 3), reversed because the
        // stream sends a code's first bit first and the bit reader puts it lowest; each code
        // fills every entry whose low bits it is. Codes longer than the table are found in
        // `symbols` instead.
        var next = [Int](repeating: 0, count: 16)
        var code = 0
        for length in 1...15 {
            code = (code + counts[length - 1]) << 1
            next[length] = code
        }
        table.withUnsafeMutableBufferPointer { table in
            for (symbol, length) in lengths.enumerated() where length != 0 && length <= bits {
                let code = next[length]
                next[length] = code + 1
                let entry = Entry.make(symbol: symbol, length: length, alphabet: alphabet)
                var fill = Self.reversed(code, length)
                let step = 1 << length
                while fill < table.count {
                    table[fill] = entry
                    fill += step
                }
            }
        }
        (self.table, self.bits, self.counts, self.symbols) = (table, bits, counts, symbols)
        self.alphabet = alphabet
        mask = (1 << UInt64(bits)) - 1
    }

    /// The last `length` bits of `code` (at most 15) in reverse order.
    @inline(__always)
    private static func reversed(_ code: Int, _ length: Int) -> Int {
        var word = UInt16(truncatingIfNeeded: code)
        word = (word & 0x5555) << 1 | (word >> 1) & 0x5555
        word = (word & 0x3333) << 2 | (word >> 2) & 0x3333
        word = (word & 0x0F0F) << 4 | (word >> 4) & 0x0F0F
        return Int(word.byteSwapped >> UInt16(16 - length))
    }

    /// Reads one symbol.
    ///
    /// - Throws: ``InflateError/truncated``, or ``InflateError/invalidSymbol`` for a code the
    ///   (incomplete) code does not assign.
    @inline(__always)
    func decode(_ reader: inout BitReader) throws(InflateError) -> Int {
        // A code has at most 15 bits: the reader refills only below that (to 56 bits or more
        // away from the end), not before every symbol.
        if reader.available < 15 { reader.refill() }
        let entry = table[reader.peek(mask: mask)]
        if entry != 0 {
            guard Int(entry & 15) <= reader.available else { throw .truncated }
            reader.drop(Int(entry & 15))
            return Entry.symbol(entry)
        }
        return try decodeLong(&reader)
    }

    /// Reads a symbol whose code is longer than the table, one bit at a time.
    func decodeLong(_ reader: inout BitReader) throws(InflateError) -> Int {
        var code = 0
        var first = 0
        var index = 0
        for length in 1...15 {
            code |= try reader.read(1)
            let count = counts[length]
            if code - first < count { return symbols[index + code - first] }
            index += count
            first = (first + count) << 1
            code <<= 1
        }
        throw .invalidSymbol
    }
}
