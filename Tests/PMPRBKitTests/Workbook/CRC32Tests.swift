import Foundation
import Testing

@testable import PMPRBKit

/// The CRC-32 folded with PCLMULQDQ against the tables, and both against values that Python's
/// `zlib.crc32` gives (decision 0051).
@Suite struct CRC32Tests {
    /// `count` bytes of a linear congruential sequence from `seed` (the same in the comments'
    /// Python: `s = (s * 1103515245 + 12345) & 0xFFFFFFFF; byte = (s >> 16) & 0xFF`).
    static func bytes(_ count: Int, seed: UInt32 = 2026) -> [UInt8] {
        var state = seed
        return (0..<count).map { _ in
            state = state &* 1_103_515_245 &+ 12_345
            return UInt8(truncatingIfNeeded: state >> 16)
        }
    }

    /// Each way of computing the checksum that this processor has: the tables always, the
    /// folding when the processor runs it (which takes at least 64 bytes).
    static func everyWay(_ bytes: [UInt8]) -> [UInt32] {
        bytes.withUnsafeBufferPointer { buffer in
            var results = [CRC32.checksum(buffer), CRC32.tableChecksum(buffer)]
            #if arch(x86_64)
                if CRC32.usesFolding, buffer.count >= 64 {
                    results.append(CRC32.foldedChecksum(buffer))
                }
            #endif
            return results
        }
    }

    /// The check value of the nine digits (ISO 3309), and the empty buffer, whose register
    /// 0xFFFFFFFF inverted is 0.
    @Test func checkValueAndEmptyBuffer() {
        #expect(Self.everyWay(Array("123456789".utf8)) == [0xCBF4_3926, 0xCBF4_3926])
        #expect(Self.everyWay([]) == [0, 0])
    }

    /// Buffers long enough to fold, with the values of `zlib.crc32` in Python:
    /// `zlib.crc32(b"123456789" * 8)` = 0x8811A440 (72 bytes: four lanes, one more sixteen and
    /// eight through the tables), `zlib.crc32(b"\xff" * 1000)` = 0xE0533230, and the 1 MiB and
    /// first 1,115 bytes of `bytes(_:)` = 0x0A642957 and 0x130EA3DF.
    @Test func longBuffersAgreeWithZlib() {
        let digits = Array(String(repeating: "123456789", count: 8).utf8)
        let sequence = Self.bytes(1 << 20)
        let cases: [([UInt8], UInt32)] = [
            (digits, 0x8811_A440), ([UInt8](repeating: 0xFF, count: 1000), 0xE053_3230),
            (sequence, 0x0A64_2957), (Array(sequence.prefix(1115)), 0x130E_A3DF),
        ]
        for (bytes, expected) in cases {
            let results = Self.everyWay(bytes)
            #expect(results.count == (CRC32.usesFolding ? 3 : 2))
            #expect(results.allSatisfy { $0 == expected }, "\(bytes.count) bytes: \(results)")
        }
    }

    /// The folding and the tables agree on every length from 0 to 1,100 at every start from 0
    /// to 15 bytes into a buffer (so at every alignment of the loads), and so does `checksum`.
    @Test func foldingAgreesWithTheTablesAtEveryLengthAndStart() {
        let bytes = Self.bytes(1100 + 15, seed: 7)
        var disagreements: [String] = []
        var folded = 0
        bytes.withUnsafeBufferPointer { buffer in
            for start in 0...15 {
                for length in 0...1100 {
                    let part = UnsafeBufferPointer(rebasing: buffer[start..<start + length])
                    let table = CRC32.tableChecksum(part)
                    var results = [CRC32.checksum(part)]
                    #if arch(x86_64)
                        if CRC32.usesFolding, length >= 64 {
                            results.append(CRC32.foldedChecksum(part))
                            folded += 1
                        }
                    #endif
                    if results.contains(where: { $0 != table }) {
                        disagreements.append("start \(start), length \(length)")
                    }
                }
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(10))")
        // 16 starts times the 1,037 lengths from 64 to 1,100.
        #expect(folded == (CRC32.usesFolding ? 16 * 1037 : 0))
    }

    /// The folding is used wherever the processor has PCLMULQDQ, so that the tests above do not
    /// compare the tables with themselves: on Linux the kernel lists it as `pclmulqdq` among the
    /// flags of /proc/cpuinfo. Other processors never fold.
    #if os(Linux) && arch(x86_64)
        @Test func foldingIsUsedWhenTheProcessorHasIt() throws {
            let cpuinfo = try String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)
            let flags = try #require(cpuinfo.split(separator: "\n").first { $0.hasPrefix("flags") })
            #expect(CRC32.usesFolding == flags.split(separator: " ").contains("pclmulqdq"))
        }
    #elseif !arch(x86_64)
        @Test func otherProcessorsDoNotFold() {
            #expect(!CRC32.usesFolding)
        }
    #endif
}
