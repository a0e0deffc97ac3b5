import Testing

@testable import PMPRBKit

/// The next `<` of a sheet found eight bytes at a time (`SheetScanner.nextTag`) against a byte
/// loop: at every start of buffers of every length up to 80, with `<` placed at each offset,
/// beside bytes that differ from it in one bit (`=` and `>` are one apart, `|` one bit
/// higher), UTF-8 continuation bytes, or nowhere.
@Suite struct SheetWordScanTests {
    static func byteLoop(_ bytes: [UInt8], from start: Int) -> Int {
        var index = start
        while index < bytes.count && bytes[index] != UInt8(ascii: "<") { index += 1 }
        return index
    }

    @Test func nextTagAgreesWithAByteLoop() {
        var checked = 0
        var differing: [String] = []
        for filler in [UInt8(ascii: "a"), UInt8(ascii: "="), UInt8(ascii: "|"), 0xBC, 0x3D, 0x00] {
            for length in 0...80 {
                for place in [nil] + Array(0..<length).map(Optional.some) {
                    var bytes = [UInt8](repeating: filler, count: length)
                    if let place { bytes[place] = UInt8(ascii: "<") }
                    // A second `<` further on, which must not be found first.
                    if let place, place + 9 < length { bytes[place + 9] = UInt8(ascii: "<") }
                    bytes.withUnsafeBufferPointer { buffer in
                        let base = buffer.baseAddress ?? UnsafePointer(bitPattern: 1)!
                        for start in 0...length {
                            let found = SheetScanner.nextTag(base, length, from: start)
                            if found != Self.byteLoop(bytes, from: start) {
                                differing.append("\(filler) \(length) \(String(describing: place)) \(start)")
                            }
                            checked += 1
                        }
                    }
                }
            }
        }
        // Six fillers; for each length n, n + 1 places and n + 1 starts: 6 × Σ (n + 1)² for
        // n = 0 … 80 = 6 × (81 × 82 × 163 / 6) = 1,082,646.
        #expect(checked == 1_082_646)
        #expect(differing.isEmpty, "\(differing.prefix(10))")
    }
}
