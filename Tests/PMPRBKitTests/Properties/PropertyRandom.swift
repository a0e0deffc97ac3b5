import PMPRBKit

/// The seeded pseudo-random generator of the property tests: SplitMix64 (Steele, Lea and
/// Flood, 2014), so that every generated worksheet is the same for the same seed on every
/// machine and toolchain.
///
/// The helpers draw from ``next()`` alone and never from the standard library's random APIs,
/// whose algorithms may change between releases.
struct PropertyRandom {
    private var generator: SplitMix64

    /// Creates a generator from a seed.
    init(seed: UInt64) {
        generator = SplitMix64(seed: seed)
    }

    /// The next 64 random bits, from the library's ``SplitMix64``.
    mutating func next() -> UInt64 {
        generator.next()
    }

    /// A whole number in `range`; the bias of taking a remainder is below 2⁻⁵⁰ for the small
    /// ranges the tests use.
    mutating func int(in range: ClosedRange<Int>) -> Int {
        let span = UInt64(range.upperBound - range.lowerBound) + 1
        return range.lowerBound + Int(next() % span)
    }

    /// An index into a collection of `count` elements; `count` must be positive.
    mutating func index(below count: Int) -> Int {
        int(in: 0...(count - 1))
    }

    /// A number in `0..<1` with 53 random bits.
    mutating func unit() -> Double {
        Double(next() >> 11) / Double(UInt64(1) << 53)
    }

    /// `true` with the given probability.
    mutating func chance(_ probability: Double) -> Bool {
        unit() < probability
    }

    /// The elements in a random order (Fisher–Yates).
    mutating func shuffled<Element>(_ elements: [Element]) -> [Element] {
        var result = elements
        var last = result.count - 1
        while last > 0 {
            result.swapAt(last, int(in: 0...last))
            last -= 1
        }
        return result
    }
}

/// The seeds every property runs over.
enum PropertySeeds {
    /// Seeds 1 to 200.
    static let standard: [UInt64] = Array(1...200)
}
