/// Writes a ZIP archive of stored (uncompressed) entries, as an Office Open XML package.
///
/// Follows the layout of PKWARE's APPNOTE 4.3: a local header and the bytes of each entry, then
/// the central directory and its end record. Entries are stored rather than deflated, which
/// every reader accepts; times are fixed at 1980-01-01 so that the same input gives the same
/// bytes.
struct ZIPWriter {
    private(set) var bytes: [UInt8] = []
    private var central: [UInt8] = []
    private var count = 0

    /// Adds an entry.
    ///
    /// - Precondition: The name is ASCII, and the archive stays below 4 GiB (no ZIP64).
    mutating func add(_ name: String, _ contents: [UInt8]) {
        let nameBytes = Array(name.utf8)
        let crc = CRC32.checksum(contents)
        let offset = bytes.count
        precondition(offset + contents.count < Int(UInt32.max), "ZIP64 is not written")
        // Local file header (APPNOTE 4.3.7).
        append32(&bytes, 0x0403_4B50)
        append16(&bytes, 20)  // version needed: 2.0
        append16(&bytes, 0)  // flags
        append16(&bytes, 0)  // method: stored
        append16(&bytes, 0)  // time 00:00
        append16(&bytes, 0x21)  // date 1980-01-01
        append32(&bytes, crc)
        append32(&bytes, UInt32(contents.count))
        append32(&bytes, UInt32(contents.count))
        append16(&bytes, UInt16(nameBytes.count))
        append16(&bytes, 0)  // extra length
        bytes += nameBytes
        bytes += contents
        // Central directory header (APPNOTE 4.3.12).
        append32(&central, 0x0201_4B50)
        append16(&central, 20)  // made by: 2.0, MS-DOS attributes
        append16(&central, 20)
        append16(&central, 0)
        append16(&central, 0)
        append16(&central, 0)
        append16(&central, 0x21)
        append32(&central, crc)
        append32(&central, UInt32(contents.count))
        append32(&central, UInt32(contents.count))
        append16(&central, UInt16(nameBytes.count))
        append16(&central, 0)  // extra
        append16(&central, 0)  // comment
        append16(&central, 0)  // disk
        append16(&central, 0)  // internal attributes
        append32(&central, 0)  // external attributes
        append32(&central, UInt32(offset))
        central += nameBytes
        count += 1
    }

    /// The archive: the entries, the central directory and its end record.
    func finished() -> [UInt8] {
        var result = bytes
        let directoryOffset = result.count
        result += central
        // End of central directory record (APPNOTE 4.3.16).
        append32(&result, 0x0605_4B50)
        append16(&result, 0)
        append16(&result, 0)
        append16(&result, UInt16(count))
        append16(&result, UInt16(count))
        append32(&result, UInt32(central.count))
        append32(&result, UInt32(directoryOffset))
        append16(&result, 0)
        return result
    }

    private func append16(_ target: inout [UInt8], _ value: UInt16) {
        target.append(UInt8(value & 0xFF))
        target.append(UInt8(value >> 8))
    }

    private func append32(_ target: inout [UInt8], _ value: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { target.append(UInt8((value >> shift) & 0xFF)) }
    }
}
