/// The CRC-32 of ZIP and gzip (ISO 3309, reflected polynomial 0xEDB88320), which a ZIP entry
/// records for its uncompressed bytes.
///
/// Computed sixteen bytes at a time with sixteen tables ("slicing-by-16"), since every byte of
/// every entry read is checked.
enum CRC32 {
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
        var crc: UInt32 = 0xFFFF_FFFF
        tables.withUnsafeBufferPointer { table in
            var index = 0
            let count = buffer.count
            if let base = buffer.baseAddress {
                let raw = UnsafeRawPointer(base)
                // The eight bytes of a word, each through the table of its distance from the
                // end of the sixteen.
                func fold(_ word: UInt64, _ last: Int) -> UInt32 {
                    var result: UInt32 = 0
                    for byte in 0..<8 {
                        let value = Int(truncatingIfNeeded: word >> UInt64(byte * 8)) & 0xFF
                        result ^= table[(last - byte) * 256 + value]
                    }
                    return result
                }
                while index + 16 <= count {
                    let low = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                    let high = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index + 8, as: UInt64.self))
                    crc = fold(low ^ UInt64(crc), 15) ^ fold(high, 7)
                    index += 16
                }
            }
            while index < count {
                crc = table[Int((crc ^ UInt32(buffer[index])) & 0xFF)] ^ (crc >> 8)
                index += 1
            }
        }
        return crc ^ 0xFFFF_FFFF
    }
}
