/// A ZIP archive read from bytes (PKWARE APPNOTE 4.3): its entries from the central directory,
/// each read and checked on demand.
///
/// Entries whose names are absolute or contain a `..` segment are ignored, so that a name can
/// never point outside the package; so are duplicate names after the first.
struct ZIPArchive {
    /// An entry as the central directory records it.
    struct Entry {
        var name: String
        /// The compression method (0 stored, 8 deflated) and the general-purpose flags.
        var method: Int, flags: Int
        /// The CRC-32 of the uncompressed bytes.
        var crc: UInt32
        /// The sizes, compressed and not, and where the entry's local header starts.
        var compressedSize: Int, size: Int, localOffset: Int
    }

    let bytes: [UInt8]
    let limits: WorkbookLimits
    /// The entries by lowercased name (part names are case-insensitive).
    private(set) var entries: [String: Entry] = [:]
    /// The names in directory order.
    private(set) var names: [String] = []

    /// Reads the central directory.
    ///
    /// - Throws: ``ZIPError`` when there is no readable central directory, or too many entries.
    init(_ bytes: [UInt8], limits: WorkbookLimits = WorkbookLimits()) throws(ZIPError) {
        self.bytes = bytes
        self.limits = limits
        guard let end = Self.endRecord(in: bytes) else { throw .notAnArchive }
        let count = u16(end + 10)
        let directoryOffset = Int(u32(end + 16))
        guard count != 0xFFFF, directoryOffset != 0xFFFF_FFFF else { throw .zip64 }
        guard count <= limits.entryCount else { throw .tooManyEntries(count) }
        var offset = directoryOffset
        for _ in 0..<count {
            guard offset + 46 <= bytes.count, u32(offset) == 0x0201_4B50 else { throw .damaged }
            let nameLength = u16(offset + 28)
            let extraLength = u16(offset + 30)
            let commentLength = u16(offset + 32)
            guard offset + 46 + nameLength <= bytes.count else { throw .damaged }
            let name = String(decoding: bytes[offset + 46..<offset + 46 + nameLength], as: UTF8.self)
            let entry = Entry(
                name: name, method: u16(offset + 10), flags: u16(offset + 8), crc: u32(offset + 16),
                compressedSize: Int(u32(offset + 20)), size: Int(u32(offset + 24)),
                localOffset: Int(u32(offset + 42)))
            offset += 46 + nameLength + extraLength + commentLength
            guard entry.size != 0xFFFF_FFFF, entry.compressedSize != 0xFFFF_FFFF,
                entry.localOffset != 0xFFFF_FFFF
            else { throw .zip64 }
            guard Self.isSafe(name), entries[name.lowercased()] == nil else { continue }
            entries[name.lowercased()] = entry
            names.append(name)
        }
    }

    /// Whether a name stays inside the package: not absolute, no drive, no `..` segment
    /// (`/` and `\\` both separate segments). Read on the name's bytes.
    static func isSafe(_ name: String) -> Bool {
        var name = name
        return name.withUTF8 { bytes in
            guard let first = bytes.first, first != UInt8(ascii: "/"), first != UInt8(ascii: "\\")
            else { return false }
            var segmentStart = 0
            for index in 0...bytes.count {
                let byte = index < bytes.count ? bytes[index] : UInt8(ascii: "/")
                if byte == UInt8(ascii: ":") { return false }
                guard byte == UInt8(ascii: "/") || byte == UInt8(ascii: "\\") else { continue }
                if index - segmentStart == 2 && bytes[segmentStart] == UInt8(ascii: ".")
                    && bytes[segmentStart + 1] == UInt8(ascii: ".")
                {
                    return false
                }
                segmentStart = index + 1
            }
            return true
        }
    }

    /// The bytes of an entry, inflated and checked, or `nil` when there is no such entry.
    ///
    /// - Parameter total: The bytes read so far from this archive, increased by this entry's.
    /// - Throws: ``ZIPError`` for an encrypted, unsupported, oversized or corrupt entry.
    ///
    /// A stored entry is a slice of the archive's bytes, not a copy.
    func contents(of name: String, total: inout Int) throws(ZIPError) -> ArraySlice<UInt8>? {
        guard let entry = entries[name.lowercased()] else { return nil }
        guard entry.flags & 1 == 0 else { throw .encrypted(entry.name) }
        guard entry.size <= limits.entrySize else {
            throw .tooLarge(entry.name, limit: limits.entrySize)
        }
        guard total + entry.size <= limits.totalSize else {
            throw .tooLarge(entry.name, limit: limits.totalSize)
        }
        if entry.size > 1 << 20, entry.size / max(1, entry.compressedSize) > limits.compressionRatio {
            throw .compressionRatio(entry.name)
        }
        let local = entry.localOffset
        guard local + 30 <= bytes.count, u32(local) == 0x0403_4B50 else { throw .damaged }
        let start = local + 30 + u16(local + 26) + u16(local + 28)
        guard start + entry.compressedSize <= bytes.count else { throw .damaged }
        let stored = bytes[start..<start + entry.compressedSize]
        let data: ArraySlice<UInt8>
        switch entry.method {
        case 0: data = stored
        case 8:
            var result: Result<[UInt8], InflateError> = .success([])
            stored.withUnsafeBufferPointer { input in
                do throws(InflateError) {
                    result = .success(try Inflater.inflate(input, limit: entry.size))
                } catch {
                    result = .failure(error)
                }
            }
            do {
                data = ArraySlice(try result.get())
            } catch {
                if case .outputLimit = error { throw .checksum(entry.name) }
                throw .inflate(entry.name, error)
            }
        default: throw .unsupportedMethod(entry.name, entry.method)
        }
        guard data.count == entry.size, data.withUnsafeBufferPointer(CRC32.checksum) == entry.crc
        else {
            throw .checksum(entry.name)
        }
        total += data.count
        return data
    }

    /// The offset of the end-of-central-directory record, searched backwards over the
    /// longest comment the format allows.
    private static func endRecord(in bytes: [UInt8]) -> Int? {
        guard bytes.count >= 22 else { return nil }
        let lowest = max(0, bytes.count - 22 - 0xFFFF)
        var offset = bytes.count - 22
        while offset >= lowest {
            if bytes[offset] == 0x50, bytes[offset + 1] == 0x4B, bytes[offset + 2] == 0x05,
                bytes[offset + 3] == 0x06
            {
                return offset
            }
            offset -= 1
        }
        return nil
    }

    private func u16(_ offset: Int) -> Int {
        Int(bytes[offset]) | Int(bytes[offset + 1]) << 8
    }

    private func u32(_ offset: Int) -> UInt32 {
        UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16
            | UInt32(bytes[offset + 3]) << 24
    }
}
