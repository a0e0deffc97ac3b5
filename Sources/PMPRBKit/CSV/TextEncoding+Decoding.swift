import PMPRBPlatform

/// Text decoded from a file's bytes, with the encoding used and any warnings about it.
struct CSVDecodedText: Sendable {
    /// The text.
    var source: CSVSourceText
    /// The encoding the bytes were read in.
    var encoding: TextEncoding
    /// Warnings about the decoding, such as a fallback to Windows-1252.
    var warnings: [Diagnostic]
}

extension TextEncoding {
    /// Decodes a file's bytes to UTF-8, removing one leading byte-order mark.
    ///
    /// A byte-order mark selects UTF-8 or UTF-16. Without one the bytes are UTF-8 when valid,
    /// and Windows-1252 otherwise, with a warning giving the offset of the first invalid byte.
    ///
    /// - Throws: ``CSVError/binary(byteOffset:)`` for a NUL byte (or a U+0000 in UTF-16).
    static func decode(_ bytes: [UInt8]) throws(CSVError) -> CSVDecodedText {
        if bytes.starts(with: [0xFF, 0xFE]) {
            return try decodeUTF16(bytes, bigEndian: false)
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return try decodeUTF16(bytes, bigEndian: true)
        }
        if let nul = firstNUL(in: bytes) {
            throw .binary(byteOffset: nul)
        }
        let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        let body = bytes[(hasBOM ? 3 : 0)...]
        // Text that is all ASCII, as most worksheets are, is valid UTF-8 without decoding.
        guard let invalidOffset = CSVByte.isASCII(bytes) ? nil : firstInvalidUTF8Offset(in: body)
        else {
            return CSVDecodedText(
                source: CSVSourceText(utf8: hasBOM ? Array(body) : bytes),
                encoding: hasBOM ? .utf8WithBOM : .utf8, warnings: [])
        }
        return decodeWindows1252(body, invalidOffset: invalidOffset)
    }

    /// The offset of the first NUL byte, found with the C library's `memchr`.
    private static func firstNUL(in bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, let found = memchr(base, 0, buffer.count) else {
                return nil
            }
            return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
        }
    }

    /// The offset (in `bytes`' own indices) of the first byte that does not start a valid
    /// UTF-8 sequence, or `nil` when every byte is valid.
    static func firstInvalidUTF8Offset(in bytes: ArraySlice<UInt8>) -> Int? {
        // The standard library's validation is fast; parse scalar by scalar only to find where
        // invalid input goes wrong.
        if String(validating: bytes, as: UTF8.self) != nil { return nil }
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = bytes.startIndex
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    /// Decodes bytes as Windows-1252 and warns that the file was not valid UTF-8.
    private static func decodeWindows1252(
        _ body: ArraySlice<UInt8>, invalidOffset: Int
    ) -> CSVDecodedText {
        var utf8: [UInt8] = []
        utf8.reserveCapacity(body.count + body.count / 8)
        var invalidUTF8Offset = 0
        for index in body.indices {
            if index == invalidOffset { invalidUTF8Offset = utf8.count }
            let byte = body[index]
            if byte < 0x80 {
                utf8.append(byte)
            } else {
                UTF8.encode(windows1252Scalar(byte)) { utf8.append($0) }
            }
        }
        let source = CSVSourceText(utf8: utf8)
        let position = source.position(ofByte: invalidUTF8Offset)
        let byte = String(body[invalidOffset], radix: 16, uppercase: true)
        let warning = Diagnostic.warning(
            .csv(.notUTF8(byte: byte, offset: invalidOffset)), at: position,
            notes: [.csv(.saveAsUTF8)],
            sourceLine: source.line(position.line))
        return CSVDecodedText(source: source, encoding: .windows1252, warnings: [warning])
    }

    /// Decodes UTF-16 after its byte-order mark; an unpaired surrogate or a trailing odd byte
    /// becomes U+FFFD, with a warning.
    private static func decodeUTF16(
        _ bytes: [UInt8], bigEndian: Bool
    ) throws(CSVError) -> CSVDecodedText {
        let unitCount = (bytes.count - 2) / 2
        func unit(_ index: Int) -> UInt16 {
            let first = UInt16(bytes[2 + 2 * index])
            let second = UInt16(bytes[3 + 2 * index])
            return bigEndian ? first << 8 | second : second << 8 | first
        }
        var utf8: [UInt8] = []
        utf8.reserveCapacity(unitCount + unitCount / 4)
        var firstInvalid: (offset: Int, utf8Offset: Int)?
        func append(_ scalar: Unicode.Scalar) {
            if scalar.isASCII {
                utf8.append(UInt8(scalar.value))
            } else {
                UTF8.encode(scalar) { utf8.append($0) }
            }
        }
        var index = 0
        while index < unitCount {
            let current = unit(index)
            let offset = 2 + 2 * index
            if current == 0 { throw .binary(byteOffset: offset) }
            if let scalar = Unicode.Scalar(current) {
                append(scalar)
                index += 1
            } else if current < 0xDC00, index + 1 < unitCount,
                case let next = unit(index + 1), (0xDC00...0xDFFF).contains(next),
                let scalar = Unicode.Scalar(
                    0x10000 + (UInt32(current - 0xD800) << 10 | UInt32(next - 0xDC00)))
            {
                append(scalar)
                index += 2
            } else {
                if firstInvalid == nil { firstInvalid = (offset, utf8.count) }
                append("\u{FFFD}")
                index += 1
            }
        }
        if bytes.count % 2 == 1 {
            if firstInvalid == nil { firstInvalid = (bytes.count - 1, utf8.count) }
            append("\u{FFFD}")
        }
        let source = CSVSourceText(utf8: utf8)
        let encoding: TextEncoding = bigEndian ? .utf16BigEndian : .utf16LittleEndian
        var warnings: [Diagnostic] = []
        if let firstInvalid {
            let position = source.position(ofByte: firstInvalid.utf8Offset)
            warnings.append(
                .warning(
                    .csv(.invalidUTF16(encoding, offset: firstInvalid.offset)),
                    at: position, sourceLine: source.line(position.line)))
        }
        return CSVDecodedText(source: source, encoding: encoding, warnings: warnings)
    }
}
