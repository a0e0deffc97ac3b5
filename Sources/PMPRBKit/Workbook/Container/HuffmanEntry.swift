extension HuffmanCode {
    /// A symbol of a ``HuffmanCode`` with its code's length and, for lengths and distances, the
    /// base value and the number of extra bits that follow the code (RFC 1951, 3.2.5), packed in
    /// 32 bits so that one table lookup gives all of them:
    ///
    /// - bits 0-3: the code's length in bits (0 for a code decoded bit by bit);
    /// - bits 4-7: the number of extra bits;
    /// - bits 8-22: the base value (a literal's byte, a length's or a distance's base);
    /// - bits 23-31: the symbol, so that an entry below 2^31 is a literal (symbol below 256).
    enum Entry {
        /// What the symbols of a code stand for.
        enum Alphabet: Sendable {
            /// Plain symbols (the code-length code).
            case plain
            /// Literals (0-255), the end of the block (256) and lengths (257-285).
            case literalLength
            /// Distances (0-29).
            case distance
        }

        /// The base length of length symbols 257 to 285, and their extra bits (3.2.5).
        static let lengthBase = [
            3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99,
            115, 131, 163, 195, 227, 258,
        ]
        static let lengthExtra = [
            0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
        ]
        /// The base distance of distance symbols 0 to 29, and their extra bits (3.2.5).
        static let distanceBase = [
            1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025,
            1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577,
        ]
        static let distanceExtra = [
            0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12,
            12, 13, 13,
        ]

        /// The entry of `symbol`, whose code has `length` bits. A symbol out of its alphabet's
        /// range (286 and 287, distances 30 and 31) gets base and extra bits 0.
        static func make(symbol: Int, length: Int, alphabet: Alphabet) -> UInt32 {
            var base = 0
            var extra = 0
            switch alphabet {
            case .plain: break
            case .literalLength:
                if symbol < 256 {
                    base = symbol
                } else if symbol > 256, symbol - 257 < lengthBase.count {
                    (base, extra) = (lengthBase[symbol - 257], lengthExtra[symbol - 257])
                }
            case .distance:
                if symbol < distanceBase.count {
                    (base, extra) = (distanceBase[symbol], distanceExtra[symbol])
                }
            }
            return UInt32(truncatingIfNeeded: symbol << 23 | base << 8 | extra << 4 | length)
        }

        @inline(__always)
        static func symbol(_ entry: UInt32) -> Int { Int(entry >> 23) }
        @inline(__always)
        static func length(_ entry: UInt32) -> Int { Int(entry & 15) }
        @inline(__always)
        static func extra(_ entry: UInt32) -> Int { Int(entry >> 4 & 15) }
        @inline(__always)
        static func base(_ entry: UInt32) -> Int { Int(entry >> 8 & 0x7FFF) }
    }
}
