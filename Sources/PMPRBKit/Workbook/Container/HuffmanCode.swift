/// A canonical Huffman code (RFC 1951, 3.2.2) as the count of codes of each length and the
/// symbols in code order, decoded one bit at a time.
struct HuffmanCode {
    /// The number of codes of each length, 0 to 15.
    private(set) var counts = [Int](repeating: 0, count: 16)
    /// The symbols ordered by code.
    private(set) var symbols: [Int]

    /// Builds the code from the length of each symbol's code (0 for an unused symbol).
    ///
    /// - Throws: ``InflateError/invalidCode`` when the lengths over-subscribe the code space.
    init(lengths: [Int]) throws(InflateError) {
        for length in lengths { counts[length] += 1 }
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
        counts[0] = 0
    }

    /// Reads one symbol.
    ///
    /// - Throws: ``InflateError/truncated``, or ``InflateError/invalidSymbol`` for a code the
    ///   (incomplete) code does not assign.
    func decode(_ bits: inout BitReader) throws(InflateError) -> Int {
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

    /// Drops the bits left in the current byte, before a stored block.
    mutating func alignToByte() {
        let drop = count % 8
        buffer >>= UInt64(drop)
        count -= drop
    }
}
