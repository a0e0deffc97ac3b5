import Foundation
import Testing

@testable import PMPRBKit

/// The inflater against Python's zlib at several levels, windows and strategies
/// (`Fixtures/inflate/make-levels.py`), and its fast loop against its careful loop alone
/// (`fastLoop: false`, every symbol decoded one at a time with every check) on every prefix of
/// some streams, on output limits around the true size and on random bit flips: the same
/// bytes, or the same ``InflateError``.
@Suite struct InflaterEquivalenceTests {
    static let levelInputs = ["mixed", "rows"]
    static let levelKinds =
        ["1-9", "1-12", "1-15", "6-9", "6-12", "6-15", "9-9", "9-12", "9-15", "huffman", "rle"]

    private static func fixture(_ name: String) throws -> [UInt8] {
        let url = try #require(
            Bundle.module.resourceURL?.appendingPathComponent("Fixtures/inflate/" + name))
        return [UInt8](try Data(contentsOf: url))
    }

    /// The outcome of inflating `bytes` with the fast loop and with the careful loop alone.
    private static func outcomes(
        _ bytes: [UInt8], limit: Int
    ) -> (Result<[UInt8], InflateError>, Result<[UInt8], InflateError>) {
        let current = Result { () throws(InflateError) in
            try Inflater.inflate(bytes, limit: limit)
        }
        let careful = Result { () throws(InflateError) in
            try Inflater.inflate(bytes, limit: limit, fastLoop: false)
        }
        return (current, careful)
    }

    @Test(arguments: levelInputs, levelKinds)
    func agreesWithZlibAtEveryLevel(_ input: String, _ kind: String) throws {
        let stream = try Self.fixture("levels-\(input)-\(kind).deflate")
        let expected = try Self.fixture("levels-\(input).raw")
        // The archive's cap is the declared size: exactly enough.
        #expect(try Inflater.inflate(stream, limit: expected.count) == expected)
        #expect(try Inflater.inflate(stream, limit: 1 << 20) == expected)
        #expect(try Inflater.inflate(stream, limit: expected.count, fastLoop: false) == expected)
    }

    /// Every cut of the stream fails as the careful loop fails (the fast loop hands over to the
    /// careful one near the end of the input).
    @Test(arguments: [
        "sheet-dynamic", "words-fixed", "random-fixed", "far-stored", "levels-mixed-6-15",
    ])
    func everyTruncationAgreesWithTheCarefulLoop(_ name: String) throws {
        let stream = try Self.fixture(name + ".deflate")
        var mismatches = 0
        for length in 0..<stream.count {
            let (current, careful) = Self.outcomes(Array(stream.prefix(length)), limit: 1 << 15)
            if current != careful { mismatches += 1 }
            // A cut stream never ends in its last block's end code.
            if case .success = current { mismatches += 1 }
        }
        #expect(mismatches == 0)
        let (current, careful) = Self.outcomes(stream, limit: 1 << 15)
        #expect(current == careful)
        #expect((try? current.get()) != nil)
    }

    /// Limits from 300 below the true size to one above: the same bytes or `outputLimit`,
    /// both where the fast loop stops for lack of room and in the careful loop.
    @Test(arguments: ["levels-mixed-9-15", "levels-rows-6-12", "run-dynamic", "far-fixed"])
    func outputLimitsAgreeWithTheCarefulLoop(_ name: String) throws {
        let stream = try Self.fixture(name + ".deflate")
        let size = try Inflater.inflate(stream, limit: 1 << 20).count
        var mismatches = 0
        for limit in max(0, size - 300)...(size + 1) {
            let (current, careful) = Self.outcomes(stream, limit: limit)
            if current != careful { mismatches += 1 }
        }
        #expect(mismatches == 0)
        #expect(throws: InflateError.outputLimit(size - 1)) {
            try Inflater.inflate(stream, limit: size - 1)
        }
    }

    /// Random flips of one to three bits: the same bytes or the same error as the careful loop,
    /// with the limit the true size (as an archive sets it) and a larger one.
    @Test(arguments: [
        "sheet-dynamic", "words-fixed", "levels-mixed-6-15", "levels-rows-9-9",
        "levels-mixed-huffman", "far-dynamic",
    ])
    func bitFlipsAgreeWithTheCarefulLoop(_ name: String) throws {
        let stream = try Self.fixture(name + ".deflate")
        let size = try Inflater.inflate(stream, limit: 1 << 20).count
        var random = SplitMix64(seed: 1951)
        var mismatches = 0
        var failures = 0
        for round in 0..<500 {
            var bytes = stream
            for _ in 0...(round % 3) {
                let bit = Int(random.next() % UInt64(bytes.count * 8))
                bytes[bit / 8] ^= 1 << UInt8(bit % 8)
            }
            for limit in [size, size + 4096] {
                let (current, careful) = Self.outcomes(bytes, limit: limit)
                if current != careful { mismatches += 1 }
                if case .failure = current { failures += 1 }
            }
        }
        #expect(mismatches == 0)
        // The flips reach the checks: some streams fail.
        #expect(failures > 0)
    }
}
