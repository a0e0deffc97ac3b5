import Testing

@testable import PMPRBKit

/// Hand-made fixed-Huffman blocks (RFC 1951, 3.2.6) followed by padding, so that the fast loop
/// (8 input bytes and room for a longest match ahead) meets each refusal itself.
@Suite struct InflaterFixedBlockTests {
    /// Bits written first bit lowest; Huffman codes most significant bit first (3.1.1).
    private struct BitWriter {
        var bytes: [UInt8] = []
        var used = 0

        mutating func bits(_ value: Int, _ count: Int) {
            for bit in 0..<count { append(value >> bit & 1) }
        }

        mutating func code(_ value: Int, _ count: Int) {
            for bit in (0..<count).reversed() { append(value >> bit & 1) }
        }

        private mutating func append(_ bit: Int) {
            if used % 8 == 0 { bytes.append(0) }
            bytes[bytes.count - 1] |= UInt8(bit) << UInt8(used % 8)
            used += 1
        }

        /// The fixed code of a literal/length symbol: 0-143 eight bits from 0x30, 144-255 nine
        /// bits from 0x190, 256-279 seven bits from 0, 280-287 eight bits from 0xC0.
        mutating func symbol(_ symbol: Int) {
            switch symbol {
            case 0...143: code(0x30 + symbol, 8)
            case 144...255: code(0x190 + symbol - 144, 9)
            case 256...279: code(symbol - 256, 7)
            default: code(0xC0 + symbol - 280, 8)
            }
        }
    }

    /// A last fixed block: the header bits 1 (last) and 01 (type 1), then `body`, then 16 zero
    /// bytes.
    private static func block(_ body: (inout BitWriter) -> Void) -> [UInt8] {
        var writer = BitWriter()
        writer.bits(1, 1)
        writer.bits(1, 2)
        body(&writer)
        return writer.bytes + [UInt8](repeating: 0, count: 16)
    }

    private static func agree(_ stream: [UInt8], _ expected: Result<[UInt8], InflateError>) {
        let current = Result { () throws(InflateError) in
            try Inflater.inflate(stream, limit: 4096)
        }
        let careful = Result { () throws(InflateError) in
            try Inflater.inflate(stream, limit: 4096, fastLoop: false)
        }
        #expect(current == expected)
        #expect(careful == expected)
    }

    @Test func lengthSymbol286IsRefused() {
        Self.agree(Self.block { $0.symbol(65); $0.symbol(286) }, .failure(.invalidSymbol))
    }

    @Test func distanceSymbol30IsRefused() {
        // "A", then length 3 (symbol 257, no extra bits) at distance code 30.
        let stream = Self.block { $0.symbol(65); $0.symbol(257); $0.code(30, 5) }
        Self.agree(stream, .failure(.invalidSymbol))
    }

    @Test func distanceBeforeTheStartIsRefused() {
        // One byte written; distance code 1 is distance 2.
        let stream = Self.block { $0.symbol(65); $0.symbol(257); $0.code(1, 5) }
        Self.agree(stream, .failure(.distanceTooFar))
    }

    @Test func runsAndExtraBitsDecode() {
        // "AB"; length 3 at distance 1 gives "BBB"; length symbol 265 (base 11, 1 extra bit,
        // here 1: 12) at distance code 4 (base 5, 1 extra bit, here 0: 5): the 12 bytes from
        // 5 back, "ABBBB" then overlapping, "ABBBBABBBBAB"; then the end code.
        let stream = Self.block {
            $0.symbol(65); $0.symbol(66)
            $0.symbol(257); $0.code(0, 5)
            $0.symbol(265); $0.bits(1, 1); $0.code(4, 5); $0.bits(0, 1)
            $0.symbol(256)
        }
        let expected = Array("ABBBBABBBBABBBBAB".utf8)
        Self.agree(stream, .success(expected))
    }
}
