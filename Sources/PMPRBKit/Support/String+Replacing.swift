extension String {
    /// The text with every `target` that stands as a character of its own replaced: what
    /// Foundation's `replacingOccurrences(of: String(target), with: replacement)` gives for an
    /// ASCII `target`, without Foundation.
    ///
    /// Foundation leaves a target that a combining mark after it joins into one character
    /// (``joinsPrevious(_:)``), and nothing else: not a joiner or a spacing mark after it, not a
    /// prepended mark before it, not a `\r` before a `\n`. Text that is all ASCII is replaced
    /// on its bytes.
    func replacingOccurrences(ofASCII target: Unicode.Scalar, with replacement: String) -> String {
        precondition(target.isASCII, "only an ASCII target is replaced")
        let byte = UInt8(target.value)
        guard utf8.contains(byte) else { return self }
        if utf8.allSatisfy({ $0 < 0x80 }) {
            var result = ""
            for unit in utf8 {
                if unit == byte {
                    result += replacement
                } else {
                    result.unicodeScalars.append(Unicode.Scalar(unit))
                }
            }
            return result
        }
        return replacingStandaloneScalar(target, with: replacement)
    }

    /// ``replacingOccurrences(ofASCII:with:)`` for text with non-ASCII characters: a target
    /// stays when the scalar after it is one that Foundation joins to it.
    private func replacingStandaloneScalar(_ target: Unicode.Scalar, with replacement: String)
        -> String
    {
        let scalars = Array(unicodeScalars)
        var result = ""
        for (offset, scalar) in scalars.enumerated() {
            if scalar == target
                && (offset + 1 == scalars.count || !Self.joinsPrevious(scalars[offset + 1]))
            {
                result += replacement
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Whether Foundation's search joins a scalar to the one before it: the grapheme extenders
    /// of its Unicode tables (Swift's `Grapheme_Extend` without the scalars that became
    /// extenders later), the emoji skin-tone modifiers and U+1171E.
    static func joinsPrevious(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x300 { return false }
        if scalar.value == 0x1171E || (0x1F3FB...0x1F3FF).contains(scalar.value) { return true }
        guard scalar.properties.isGraphemeExtend else { return false }
        return !newerExtenders.contains { $0.contains(scalar.value) }
    }

    /// `Grapheme_Extend` scalars in Swift's tables that Foundation's do not join.
    private static let newerExtenders: [ClosedRange<UInt32>] = [
        0x897...0x897, 0xCC0...0xCC0, 0xCC7...0xCC8, 0xCCA...0xCCB, 0x1715...0x1715,
        0x1734...0x1734, 0x1ACF...0x1ADD, 0x1AE0...0x1AEB, 0x1B3B...0x1B3B, 0x1B3D...0x1B3D,
        0x1B43...0x1B44, 0x1BAA...0x1BAA, 0x1BF2...0x1BF3, 0xA953...0xA953, 0xA9C0...0xA9C0,
        0x10D69...0x10D6D, 0x10EFA...0x10EFC, 0x111C0...0x111C0, 0x11235...0x11235,
        0x1134D...0x1134D, 0x113B8...0x113B8, 0x113BB...0x113C0, 0x113C2...0x113C2,
        0x113C5...0x113C5, 0x113C7...0x113C9, 0x113CE...0x113D0, 0x113D2...0x113D2,
        0x113E1...0x113E2, 0x116B6...0x116B6, 0x1193D...0x1193D, 0x11B60...0x11B60,
        0x11B62...0x11B64, 0x11B66...0x11B66, 0x11F41...0x11F41, 0x11F5A...0x11F5A,
        0x1611E...0x16129, 0x1612D...0x1612F, 0x16FF0...0x16FF1, 0x1D166...0x1D166,
        0x1D16D...0x1D16D, 0x1E5EE...0x1E5EF, 0x1E6E3...0x1E6E3, 0x1E6E6...0x1E6E6,
        0x1E6EE...0x1E6EF, 0x1E6F5...0x1E6F5,
    ]
}
