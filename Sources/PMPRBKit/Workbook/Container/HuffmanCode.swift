/// A canonical Huffman code (RFC 1951, 3.2.2) decoded with one table lookup per symbol: the
/// table is indexed by the next bits of the stream, as many as the code's longest length.
struct HuffmanCode {
    /// For each value of the next ``bits`` bits (first bit least significant), the symbol times
    /// 16 plus the length of its code, or 0 where the (incomplete) code assigns nothing.
    private let table: [UInt16]
    /// The length of the longest code (at least 1): the bits that index ``table``.
    let bits: Int

    /// Builds the code from the length of each symbol's code (0 for an unused symbol, at most
    /// 15).
    ///
    /// - Throws: ``InflateError/invalidCode`` when the lengths over-subscribe the code space.
    init(lengths: [Int]) throws(InflateError) {
        var counts = [Int](repeating: 0, count: 16)
        for length in lengths { counts[length] += 1 }
        counts[0] = 0
        var left = 1
        for length in 1...15 {
            left = left * 2 - counts[length]
            guard left >= 0 else { throw .invalidCode }
        }
        let bits = max(1, counts.lastIndex { $0 != 0 } ?? 1)
        var table = [UInt16](repeating: 0, count: 1 << bits)
        // The canonical code of each symbol (3.2.2, steps 2 and 3), reversed because the
        // stream sends a code's first bit first and the bit reader puts it lowest; each code
        // fills every entry whose low bits it is.
        var next = [Int](repeating: 0, count: 16)
        var code = 0
        for length in 1...15 {
            code = (code + counts[length - 1]) << 1
            next[length] = code
        }
        table.withUnsafeMutableBufferPointer { table in
            for (symbol, length) in lengths.enumerated() where length != 0 {
                let code = next[length]
                next[length] += 1
                var reversed = 0
                for bit in 0..<length where code & (1 << (length - 1 - bit)) != 0 {
                    reversed |= 1 << bit
                }
                let entry = UInt16(symbol << 4 | length)
                var fill = reversed
                while fill < table.count {
                    table[fill] = entry
                    fill += 1 << length
                }
            }
        }
        self.table = table
        self.bits = bits
    }

    /// Reads one symbol.
    ///
    /// - Throws: ``InflateError/truncated``, or ``InflateError/invalidSymbol`` for a code the
    ///   (incomplete) code does not assign.
    @inline(__always)
    func decode(_ reader: inout BitReader) throws(InflateError) -> Int {
        reader.refill()
        let entry = Int(table[reader.peek(bits)])
        guard entry != 0 else { throw reader.available >= bits ? .invalidSymbol : .truncated }
        guard entry & 15 <= reader.available else { throw .truncated }
        reader.drop(entry & 15)
        return entry >> 4
    }
}

/// Reads a DEFLATE stream's bits, least significant bit of each byte first (RFC 1951, 3.1.1).
struct BitReader {
    let bytes: UnsafeBufferPointer<UInt8>
    var offset = 0
    private var buffer: UInt64 = 0
    private var count = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// The bits held, ready to be peeked at.
    var available: Int { count }

    /// Loads whole bytes until at least 56 bits are held or the input ends.
    @inline(__always)
    mutating func refill() {
        while count <= 56 && offset < bytes.count {
            buffer |= UInt64(bytes[offset]) << UInt64(count)
            offset += 1
            count += 8
        }
    }

    /// The next `n` bits without consuming them, zero beyond the end of the input.
    @inline(__always)
    func peek(_ n: Int) -> Int { Int(buffer & ((1 << UInt64(n)) - 1)) }

    /// Consumes `n` bits already held.
    @inline(__always)
    mutating func drop(_ n: Int) {
        buffer >>= UInt64(n)
        count -= n
    }

    /// Reads `n` bits (0 to 32) as a number, the first bit read the least significant.
    @inline(__always)
    mutating func read(_ n: Int) throws(InflateError) -> Int {
        if count < n {
            refill()
            guard count >= n else { throw .truncated }
        }
        let value = Int(buffer & ((1 << UInt64(n)) - 1))
        buffer >>= UInt64(n)
        count -= n
        return value
    }

    /// Drops the bits left in the current byte, before a stored block; whole bytes held are
    /// given back to the input.
    mutating func alignToByte() {
        let drop = count % 8
        buffer >>= UInt64(drop)
        count -= drop
        offset -= count / 8
        buffer = 0
        count = 0
    }
}
