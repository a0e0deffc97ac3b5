import Foundation
import Testing

@testable import PMPRBKit

/// The inflater against Python's zlib: a corpus of streams zlib wrote with stored,
/// fixed-Huffman and dynamic-Huffman blocks (`Fixtures/inflate/make-corpus.py`).
@Suite struct InflaterTests {
    static let inputs = ["empty", "one-byte", "run", "sheet", "random", "words", "far"]
    static let kinds = ["stored", "fixed", "dynamic"]

    private static func fixture(_ name: String) throws -> [UInt8] {
        let url = try #require(
            Bundle.module.resourceURL?.appendingPathComponent("Fixtures/inflate/" + name))
        return [UInt8](try Data(contentsOf: url))
    }

    @Test(arguments: inputs, kinds)
    func agreesWithZlib(_ input: String, _ kind: String) throws {
        let stream = try Self.fixture("\(input)-\(kind).deflate")
        let expected = try Self.fixture("\(input).raw")
        let output = try Inflater.inflate(stream, limit: 1 << 20)
        #expect(output == expected)
    }

    /// The corpus holds the three block types: the header of the first block is bit 0 (last
    /// block) and bits 1-2 (type: 0 stored, 1 fixed, 2 dynamic), least significant first.
    @Test func corpusHasEveryBlockType() throws {
        #expect(try Self.fixture("sheet-stored.deflate")[0] & 0b110 == 0b000)
        #expect(try Self.fixture("sheet-fixed.deflate")[0] & 0b110 == 0b010)
        #expect(try Self.fixture("sheet-dynamic.deflate")[0] & 0b110 == 0b100)
    }

    /// The check value of CRC-32 (ISO 3309) over the nine digits.
    @Test func crcCheckValue() {
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(CRC32.checksum([]) == 0)
    }

    /// The table-driven CRC, sixteen bytes at a time, against its definition bit by bit
    /// (reflected polynomial 0xEDB88320, register and result inverted), for every length from
    /// 0 to 70, so that each tail after the sixteen-byte steps is met, and every offset.
    @Test func crcAgreesWithTheBitwiseDefinition() {
        func bitwise(_ bytes: ArraySlice<UInt8>) -> UInt32 {
            var crc: UInt32 = 0xFFFF_FFFF
            for byte in bytes {
                crc ^= UInt32(byte)
                for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
            }
            return crc ^ 0xFFFF_FFFF
        }
        var state: UInt32 = 2026
        let bytes = (0..<90).map { _ -> UInt8 in
            state = state &* 1_103_515_245 &+ 12_345
            return UInt8(truncatingIfNeeded: state >> 16)
        }
        for start in 0..<20 {
            for length in 0...70 {
                let slice = bytes[start..<start + length]
                #expect(CRC32.checksum(Array(slice)) == bitwise(slice))
            }
        }
        #expect(bitwise(Array("123456789".utf8)[...]) == 0xCBF4_3926)
    }

    @Test func refusesMalformedStreams() throws {
        // Block header 0b111: last block, reserved type 3.
        #expect(throws: InflateError.reservedBlockType) { try Inflater.inflate([0x07], limit: 10) }
        // A stored block whose length 1 has the complement of 2.
        #expect(throws: InflateError.storedLengthMismatch) {
            try Inflater.inflate([0x01, 0x01, 0x00, 0xFD, 0xFF, 0x41], limit: 10)
        }
        let stream = try Self.fixture("words-dynamic.deflate")
        #expect(throws: InflateError.truncated) {
            try Inflater.inflate(Array(stream.prefix(stream.count / 2)), limit: 1 << 20)
        }
        // The run inflates to 5000 bytes; a limit of 4999 stops it.
        #expect(throws: InflateError.outputLimit(4999)) {
            try Inflater.inflate(try Self.fixture("run-dynamic.deflate"), limit: 4999)
        }
    }

    /// Every prefix and every one-byte corruption of a stream either inflates or throws; none
    /// traps or runs away.
    @Test func corruptStreamsFailCleanly() throws {
        let stream = try Self.fixture("sheet-dynamic.deflate")
        var random = SplitMix64(seed: 1951)
        var failures = 0
        for _ in 0..<300 {
            var bytes = stream
            let index = Int(random.next() % UInt64(bytes.count))
            bytes[index] ^= UInt8(truncatingIfNeeded: random.next() | 1)
            do {
                #expect(try Inflater.inflate(bytes, limit: 1 << 16).count <= 1 << 16)
            } catch {
                failures += 1
            }
        }
        // A cut stream never ends in its last block's end code.
        for length in stride(from: 0, to: stream.count, by: 7) {
            #expect(throws: InflateError.self) {
                try Inflater.inflate(Array(stream.prefix(length)), limit: 1 << 16)
            }
        }
        #expect(failures > 0)
    }
}
