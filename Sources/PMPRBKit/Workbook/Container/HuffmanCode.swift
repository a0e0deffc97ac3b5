/// A canonical Huffman code (RFC 1951, 3.2.2): a table indexed by the next nine bits for codes
/// of up to nine bits, and the count of codes of each length with the symbols in code order for
/// longer ones, decoded one bit at a time.
struct HuffmanCode {
    /// The number of codes of each length, 0 to 15.
    private(set) var counts = [Int](repeating: 0, count: 16)
    /// The symbols ordered by code.
    private(set) var symbols: [Int]
    /// For each value of the next ``fastBits`` bits (first bit least significant), the symbol
    /// times 16 plus the code's length, or 0 when the code is longer.
    private var fast: [UInt16]
    static let fastBits = 9

    /// Builds the code from the length of each symbol's code (0 for an unused symbol).
    ///
    /// - Throws: ``InflateError/invalidCode`` when the lengths over-subscribe the code space.
    init(lengths: [Int]) throws(InflateError) {
        for length in lengths { counts[length] += 1 }
        counts[0] = 0
        var left = 1
        for length in 1...15 {
            left = left * 2 - counts[length]
            guard left >= 0 else { throw .invalidCode }
        }
        var offsets = [Int](repeating: 0, count: 16)
        for length in 1..<15 { offsets[length + 1] = offsets[length] + counts[length] }
        symbols = [Int](repeating: 0, count: lengths.count)
        for (symbol, length) in lengths.enumerated() where length != 0 {
            symbols[offsets[length]] = symbol
            offsets[length] += 1
        }
        // The canonical code of each symbol (3.2.2, steps 2 and 3), reversed because the
        // stream sends a code's first bit first and the bit reader puts it lowest.
        fast = [UInt16](repeating: 0, count: 1 << Self.fastBits)
        var next = [Int](repeating: 0, count: 16)
        var code = 0
        for length in 1...15 {
            code = (code + counts[length - 1]) << 1
            next[length] = code
        }
        for (symbol, length) in lengths.enumerated() where length != 0 {
            let code = next[length]
            next[length] += 1
            guard length <= Self.fastBits else { continue }
            var reversed = 0
            for bit in 0..<length where code & (1 << (length - 1 - bit)) != 0 {
                reversed |= 1 << bit
            }
            var fill = reversed
            while fill < fast.count {
                fast[fill] = UInt16(symbol << 4 | length)
                fill += 1 << length
            }
        }
    }

    /// Reads one symbol.
    ///
    /// - Throws: ``InflateError/truncated``, or ``InflateError/invalidSymbol`` for a code the
    ///   (incomplete) code does not assign.
    func decode(_ bits: inout BitReader) throws(InflateError) -> Int {
        bits.refill()
        let entry = Int(fast[bits.peek(Self.fastBits)])
        if entry != 0 && entry & 15 <= bits.available {
            bits.drop(entry & 15)
            return entry >> 4
        }
        var code = 0
        var first = 0
        var index = 0
        for length in 1...15 {
            code |= try bits.read(1)
            let count = counts[length]
            if code - first < count { return symbols[index + code - first] }
            index += count
            first = (first + count) << 1
            code <<= 1
        }
        throw .invalidSymbol
    }
}

/// Reads a DEFLATE stream's bits, least significant bit of each byte first (RFC 1951, 3.1.1).
struct BitReader {
    let bytes: [UInt8]
    var offset = 0
    private var buffer: UInt64 = 0
    private var count = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// The bits held, ready to be peeked at.
    var available: Int { count }

    /// Loads whole bytes until at least 56 bits are held or the input ends.
    mutating func refill() {
        while count <= 56 && offset < bytes.count {
            buffer |= UInt64(bytes[offset]) << UInt64(count)
            offset += 1
            count += 8
        }
    }

    /// The next `n` bits without consuming them, zero beyond the end of the input.
    func peek(_ n: Int) -> Int { Int(buffer & ((1 << UInt64(n)) - 1)) }

    /// Consumes `n` bits already held.
    mutating func drop(_ n: Int) {
        buffer >>= UInt64(n)
        count -= n
    }

    /// Reads `n` bits (0 to 32) as a number, the first bit read the least significant.
    mutating func read(_ n: Int) throws(InflateError) -> Int {
        while count < n {
            guard offset < bytes.count else { throw .truncated }
            buffer |= UInt64(bytes[offset]) << UInt64(count)
            offset += 1
            count += 8
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
