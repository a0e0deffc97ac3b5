/// Inflates a raw DEFLATE stream (RFC 1951), as a ZIP entry of method 8 holds: stored,
/// fixed-Huffman and dynamic-Huffman blocks.
///
/// The output is capped: a hostile entry cannot make it grow past `limit`. It is written into
/// one buffer of `limit` bytes (a ZIP entry declares its size), symbols are decoded by table
/// lookup (``HuffmanCode``) and matches copied in bulk where they do not overlap.
enum Inflater {
    typealias Entry = HuffmanCode.Entry
    /// The order in which a dynamic block lists the code-length code's lengths (3.2.7).
    private static let codeLengthOrder = [
        16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15,
    ]

    /// The fixed codes of a block of type 1 (3.2.6).
    private static let fixed: (HuffmanCode, HuffmanCode)? = {
        var lengths = [Int](repeating: 8, count: 288)
        for symbol in 144..<256 { lengths[symbol] = 9 }
        for symbol in 256..<280 { lengths[symbol] = 7 }
        guard let literals = try? HuffmanCode(lengths: lengths[...], alphabet: .literalLength),
            let distances = try? HuffmanCode(
                lengths: [Int](repeating: 5, count: 30)[...], alphabet: .distance)
        else { return nil }
        return (literals, distances)
    }()

    /// Inflates `input`.
    ///
    /// - Parameters:
    ///   - input: The compressed bytes.
    ///   - limit: The most bytes the output may have.
    ///   - fastLoop: Whether the fast loop (``fastCodes(_:_:_:into:)``) decodes a block away
    ///     from the ends of input and output; `false` decodes every symbol with the careful
    ///     loop, which gives the same bytes or the same error (`InflaterEquivalenceTests`).
    /// - Returns: The uncompressed bytes.
    /// - Throws: ``InflateError`` for a malformed stream or an output over `limit`.
    static func inflate(
        _ input: [UInt8], limit: Int, fastLoop: Bool = true
    ) throws(InflateError) -> [UInt8] {
        var result: Result<[UInt8], InflateError> = .success([])
        input.withUnsafeBufferPointer { buffer in
            do throws(InflateError) {
                result = .success(try inflate(buffer, limit: limit, fastLoop: fastLoop))
            } catch {
                result = .failure(error)
            }
        }
        return try result.get()
    }

    /// Inflates the bytes at `input`; see ``inflate(_:limit:)-([UInt8],_)``.
    static func inflate(
        _ input: UnsafeBufferPointer<UInt8>, limit: Int, fastLoop: Bool = true
    ) throws(InflateError) -> [UInt8] {
        var failure: InflateError?
        let output = [UInt8](unsafeUninitializedCapacity: max(0, limit)) { buffer, count in
            var output = Output(buffer: buffer)
            do throws(InflateError) {
                try run(input, into: &output, fastLoop: fastLoop)
            } catch {
                failure = error
            }
            count = output.count
        }
        if let failure { throw failure }
        return output
    }

    /// The output written so far, within its fixed capacity.
    struct Output {
        let buffer: UnsafeMutableBufferPointer<UInt8>
        var count = 0

        /// Copies `length` bytes from `distance` back; byte by byte where source and
        /// destination overlap (a run), in bulk otherwise.
        @inline(__always)
        mutating func copy(distance: Int, length: Int) {
            guard let base = buffer.baseAddress else { return }
            let target = base + count
            let source = target - distance
            if distance >= length {
                target.update(from: source, count: length)
            } else {
                for step in 0..<length { target[step] = source[step] }
            }
            count += length
        }
    }

    private static func run(
        _ input: UnsafeBufferPointer<UInt8>, into output: inout Output, fastLoop: Bool
    ) throws(InflateError) {
        var bits = BitReader(input)
        var isLast = false
        while !isLast {
            isLast = try bits.read(1) == 1
            switch try bits.read(2) {
            case 0: try stored(&bits, into: &output)
            case 1:
                guard let (literals, distances) = fixed else { throw .invalidCode }
                try codes(&bits, literals, distances, into: &output, fastLoop: fastLoop)
            case 2:
                let (literals, distances) = try dynamicCodes(&bits)
                try codes(&bits, literals, distances, into: &output, fastLoop: fastLoop)
            default: throw .reservedBlockType
            }
        }
    }

    private static func stored(
        _ bits: inout BitReader, into output: inout Output
    ) throws(InflateError) {
        bits.alignToByte()
        // Read from the bytes: the bit reader would load bytes beyond the header.
        guard bits.offset + 4 <= bits.bytes.count else { throw .truncated }
        let header = bits.bytes[bits.offset..<bits.offset + 4].map(Int.init)
        let length = header[0] | header[1] << 8
        let complement = header[2] | header[3] << 8
        bits.offset += 4
        guard length == ~complement & 0xFFFF else { throw .storedLengthMismatch }
        guard output.count + length <= output.buffer.count else {
            throw .outputLimit(output.buffer.count)
        }
        guard bits.offset + length <= bits.bytes.count else { throw .truncated }
        if length > 0, let target = output.buffer.baseAddress, let source = bits.bytes.baseAddress {
            (target + output.count).update(from: source + bits.offset, count: length)
        }
        output.count += length
        bits.offset += length
    }

    private static func dynamicCodes(
        _ bits: inout BitReader
    ) throws(InflateError) -> (HuffmanCode, HuffmanCode) {
        let literalCount = try bits.read(5) + 257
        let distanceCount = try bits.read(5) + 1
        let lengthCount = try bits.read(4) + 4
        guard literalCount <= 286, distanceCount <= 30 else { throw .invalidCode }
        var codeLengths = [Int](repeating: 0, count: 19)
        for index in 0..<lengthCount { codeLengths[codeLengthOrder[index]] = try bits.read(3) }
        let lengthCode = try HuffmanCode(lengths: codeLengths[...])
        var lengths: [Int] = []
        lengths.reserveCapacity(literalCount + distanceCount)
        while lengths.count < literalCount + distanceCount {
            let symbol = try lengthCode.decode(&bits)
            switch symbol {
            case 0...15: lengths.append(symbol)
            case 16:
                guard let previous = lengths.last else { throw .invalidCode }
                let extra = try bits.read(2)
                lengths += repeatElement(previous, count: 3 + extra)
            case 17:
                let extra = try bits.read(3)
                lengths += repeatElement(0, count: 3 + extra)
            default:
                let extra = try bits.read(7)
                lengths += repeatElement(0, count: 11 + extra)
            }
        }
        guard lengths.count == literalCount + distanceCount, lengths[256] != 0 else {
            throw .invalidCode
        }
        return (
            try HuffmanCode(lengths: lengths[..<literalCount], alphabet: .literalLength),
            try HuffmanCode(lengths: lengths[literalCount...], alphabet: .distance)
        )
    }

    private static func codes(
        _ bits: inout BitReader, _ literals: HuffmanCode, _ distances: HuffmanCode,
        into output: inout Output, fastLoop: Bool
    ) throws(InflateError) {
        let limit = output.buffer.count
        // Away from the ends of input and output, the fast loop; near them, symbol by symbol
        // to the block's end.
        if fastLoop, try fastCodes(&bits, literals, distances, into: &output) { return }
        while true {
            let symbol = try literals.decode(&bits)
            if symbol < 256 {
                guard output.count < limit else { throw .outputLimit(limit) }
                output.buffer[output.count] = UInt8(truncatingIfNeeded: symbol)
                output.count += 1
                continue
            }
            if symbol == 256 { return }
            let index = symbol - 257
            guard index < Entry.lengthBase.count else { throw .invalidSymbol }
            let lengthBits = try bits.read(Entry.lengthExtra[index])
            let length = Entry.lengthBase[index] + lengthBits
            let code = try distances.decode(&bits)
            guard code < Entry.distanceBase.count else { throw .invalidSymbol }
            let distanceBits = try bits.read(Entry.distanceExtra[code])
            let distance = Entry.distanceBase[code] + distanceBits
            guard distance <= output.count else { throw .distanceTooFar }
            guard output.count + length <= limit else { throw .outputLimit(limit) }
            output.copy(distance: distance, length: length)
        }
    }
}
