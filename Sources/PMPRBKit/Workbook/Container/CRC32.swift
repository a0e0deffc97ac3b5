import PMPRBCRC32

/// The CRC-32 of ZIP and gzip (ISO 3309, reflected polynomial 0xEDB88320), which a ZIP entry
/// records for its uncompressed bytes.
///
/// Every byte of every entry read is checked, so on an x86-64 processor with the carry-less
/// multiply PCLMULQDQ the bytes are folded sixteen at a time by the C target `PMPRBCRC32`
/// (decision 0051); elsewhere, and for fewer than 64 bytes and the last up to 15, they go
/// sixteen bytes at a time through sixteen tables ("slicing-by-16").
enum CRC32 {
    /// Whether `checksum` folds with PCLMULQDQ: asked of the processor once.
    static let usesFolding = pmprb_crc32_folding_available() == 1

    /// `tables[0]` is the byte-at-a-time table; `tables[k * 256 + b]` is the CRC of byte `b`
    /// followed by `k` zero bytes.
    private static let tables: [UInt32] = {
        var tables = [UInt32](repeating: 0, count: 16 * 256)
        for index in 0..<256 {
            var value = UInt32(index)
            for _ in 0..<8 {
                value = value & 1 == 1 ? (value >> 1) ^ 0xEDB8_8320 : value >> 1
            }
            tables[index] = value
        }
        for slice in 1..<16 {
            for index in 0..<256 {
                let previous = tables[(slice - 1) * 256 + index]
                tables[slice * 256 + index] = (previous >> 8) ^ tables[Int(previous & 0xFF)]
            }
        }
        return tables
    }()

    /// The checksum of `bytes`.
    static func checksum(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBufferPointer(checksum)
    }

    /// The checksum of the bytes at `buffer`.
    static func checksum(_ buffer: UnsafeBufferPointer<UInt8>) -> UInt32 {
        #if arch(x86_64)
            if usesFolding, buffer.count >= 64 { return foldedChecksum(buffer) }
        #endif
        return tableChecksum(buffer)
    }

    #if arch(x86_64)
        /// The checksum with the bytes up to the last multiple of sixteen folded by PCLMULQDQ and
        /// the rest through the tables; only for at least 64 bytes, when `usesFolding`.
        static func foldedChecksum(_ buffer: UnsafeBufferPointer<UInt8>) -> UInt32 {
            precondition(usesFolding && buffer.count >= 64)
            let folded = buffer.count & ~15
            // `buffer.count >= 64`, so it has a base address.
            let crc = pmprb_crc32_fold(0xFFFF_FFFF, buffer.baseAddress.unsafelyUnwrapped, folded)
            return update(crc, UnsafeBufferPointer(rebasing: buffer[folded...])) ^ 0xFFFF_FFFF
        }
    #endif

    /// The checksum through the tables alone, for any processor and length.
    static func tableChecksum(_ buffer: UnsafeBufferPointer<UInt8>) -> UInt32 {
        update(0xFFFF_FFFF, buffer) ^ 0xFFFF_FFFF
    }

    /// The register `crc` after the bytes at `buffer`, through the tables.
    private static func update(_ start: UInt32, _ buffer: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var crc = start
        tables.withUnsafeBufferPointer { table in
            var index = 0
            let count = buffer.count
            if let base = buffer.baseAddress {
                let raw = UnsafeRawPointer(base)
                // The four bytes of a 32-bit word, each through the table of its distance from
                // the end of the sixteen. Words of 32 bits rather than 64: the compiler reads
                // the two low bytes of a register without a shift (0.54 M instructions a
                // workbook's sheet before, `docs/performance.md`, "Workbooks").
                @inline(__always) func fold(_ word: UInt32, _ last: Int) -> UInt32 {
                    table[last &* 256 &+ Int(word & 0xFF)]
                        ^ table[(last &- 1) &* 256 &+ Int(word &>> 8 & 0xFF)]
                        ^ table[(last &- 2) &* 256 &+ Int(word &>> 16 & 0xFF)]
                        ^ table[(last &- 3) &* 256 &+ Int(word &>> 24)]
                }
                @inline(__always) func word(_ offset: Int) -> UInt32 {
                    UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
                }
                // The twelve bytes after the first word in pairs, each pair's two bytes the low
                // and high byte of a 16-bit load, which the compiler reads without a shift.
                @inline(__always) func pair(_ offset: Int, _ last: Int) -> UInt32 {
                    let bytes = UInt16(
                        littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt16.self))
                    return table[last &* 256 &+ Int(bytes & 0xFF)]
                        ^ table[(last &- 1) &* 256 &+ Int(bytes &>> 8)]
                }
                while index &+ 16 <= count {
                    crc = fold(word(index) ^ crc, 15) ^ pair(index &+ 4, 11) ^ pair(index &+ 6, 9)
                        ^ pair(index &+ 8, 7) ^ pair(index &+ 10, 5) ^ pair(index &+ 12, 3)
                        ^ pair(index &+ 14, 1)
                    index &+= 16
                }
            }
            while index < count {
                crc = table[Int((crc ^ UInt32(buffer[index])) & 0xFF)] ^ (crc >> 8)
                index += 1
            }
        }
        return crc
    }
}
