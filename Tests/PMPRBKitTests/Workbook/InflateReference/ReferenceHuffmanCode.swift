@testable import PMPRBKit

// The inflater as it was before its fast loop, kept unchanged but for the type names as the
// reference that the current one must agree with, byte for byte and error for error.

/// A canonical Huffman code (RFC 1951, 3.2.2), decoded with one table lookup per symbol for codes
/// of up to ``tableBits`` bits (almost every symbol of a real stream), and code by code for
/// longer ones. The table is bounded so that a hostile stream of many small blocks cannot make
/// building it dominate the work.
struct ReferenceHuffmanCode {
    /// For each value of the next ``bits`` bits (first bit least significant), the symbol times
    /// 16 plus the length of its code, or 0 where no code of at most ``bits`` bits matches.
    private let table: [UInt16]
    /// The bits that index ``table``: the longest code's length, at most ``tableBits``.
    let bits: Int
    /// `bits` ones, lowest.
    private let mask: UInt64
    /// The number of codes of each length, 0 to 15, and the symbols in code order, for codes
    /// longer than ``bits``.
    private let counts: [Int]
    private let symbols: [Int]
    static let tableBits = 10

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
        var offsets = [Int](repeating: 0, count: 16)
        for length in 1..<15 { offsets[length + 1] = offsets[length] + counts[length] }
        var symbols = [Int](repeating: 0, count: lengths.count)
        for (symbol, length) in lengths.enumerated() where length != 0 {
            symbols[offsets[length]] = symbol
            offsets[length] += 1
        }
        let bits = min(Self.tableBits, max(1, counts.lastIndex { $0 != 0 } ?? 1))
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
                guard length <= bits else { continue }
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
        (self.table, self.bits, self.counts, self.symbols) = (table, bits, counts, symbols)
        mask = (1 << UInt64(bits)) - 1
    }

    /// Reads one symbol.
    ///
    /// - Throws: ``InflateError/truncated``, or ``InflateError/invalidSymbol`` for a code the
    ///   (incomplete) code does not assign.
    @inline(__always)
    func decode(_ reader: inout ReferenceBitReader) throws(InflateError) -> Int {
        // A code has at most 15 bits: the reader refills only below that (to 57 bits or more
        // away from the end), not before every symbol.
        if reader.available < 15 { reader.refill() }
        let entry = Int(table[reader.peek(mask: mask)])
        if entry != 0 {
            guard entry & 15 <= reader.available else { throw .truncated }
            reader.drop(entry & 15)
            return entry >> 4
        }
        return try decodeLong(&reader)
    }

    /// Reads a symbol whose code is longer than the table, one bit at a time.
    private func decodeLong(_ reader: inout ReferenceBitReader) throws(InflateError) -> Int {
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

/// Reads a DEFLATE stream's bits, least significant bit of each byte first (RFC 1951, 3.1.1).
struct ReferenceBitReader {
    let bytes: UnsafeBufferPointer<UInt8>
    var offset = 0
    private var buffer: UInt64 = 0
    private var count = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// The bits held, ready to be peeked at.
    var available: Int { count }

    /// Loads whole bytes until at least 56 bits are held or the input ends.
    ///
    /// Away from the end, the bytes come from one unaligned 64-bit load, cut to the whole
    /// bytes that fit, so that the bits above ``available`` stay zero as byte by byte.
    @inline(__always)
    mutating func refill() {
        guard count <= 56 else { return }
        if offset + 8 <= bytes.count, let base = bytes.baseAddress {
            let word = UInt64(
                littleEndian: UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self))
            // 1 to 8 bytes, since at most 56 bits are held.
            let taken = (64 - count) >> 3
            buffer |= (word & (UInt64.max &>> UInt64(64 - taken * 8))) &<< UInt64(count)
            offset += taken
            count += taken * 8
            return
        }
        while count <= 56 && offset < bytes.count {
            buffer |= UInt64(bytes[offset]) << UInt64(count)
            offset += 1
            count += 8
        }
    }

    /// The next `n` bits (0 to 32) without consuming them, zero beyond the end of the input.
    @inline(__always)
    func peek(_ n: Int) -> Int { Int(buffer & ((1 &<< UInt64(n)) &- 1)) }

    /// The next bits under `mask`, as ``peek(_:)`` gives them.
    @inline(__always)
    func peek(mask: UInt64) -> Int { Int(truncatingIfNeeded: buffer & mask) }

    /// Consumes `n` bits already held (0 to 32).
    @inline(__always)
    mutating func drop(_ n: Int) {
        buffer = buffer &>> UInt64(n)
        count -= n
    }

    /// Reads `n` bits (0 to 32) as a number, the first bit read the least significant.
    @inline(__always)
    mutating func read(_ n: Int) throws(InflateError) -> Int {
        if count < n {
            refill()
            guard count >= n else { throw .truncated }
        }
        let value = peek(n)
        drop(n)
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
