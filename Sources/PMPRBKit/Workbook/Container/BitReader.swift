/// Reads a DEFLATE stream's bits, least significant bit of each byte first (RFC 1951, 3.1.1).
struct BitReader {
    let bytes: UnsafeBufferPointer<UInt8>
    /// The next byte to load.
    var offset = 0
    /// The bits held, the next one lowest; above ``count`` zero (or, inside the fast loop of
    /// ``Inflater``, the input's next bits).
    var buffer: UInt64 = 0
    /// The number of bits held, at most 63.
    var count = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// The bits held, ready to be peeked at.
    var available: Int { count }

    /// Loads whole bytes until at least 56 bits are held or the input ends.
    ///
    /// Away from the end, the bytes come from one unaligned 64-bit load, cut to the whole
    /// bytes that fit below 64 bits, so that the bits above ``available`` stay zero as byte by
    /// byte.
    @inline(__always)
    mutating func refill() {
        guard count < 56 else { return }
        if offset + 8 <= bytes.count, let base = bytes.baseAddress {
            let word = UInt64(
                littleEndian: UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self))
            // 1 to 7 bytes, since fewer than 56 bits are held.
            let taken = (63 - count) >> 3
            buffer |= (word & (UInt64.max &>> UInt64(64 - taken * 8))) &<< UInt64(count)
            offset += taken
            count += taken * 8
            return
        }
        while count < 56 && offset < bytes.count {
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
