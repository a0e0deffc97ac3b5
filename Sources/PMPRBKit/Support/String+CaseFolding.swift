extension String {
    /// Whether two texts are the same but for case: what Foundation's
    /// `caseInsensitiveCompare(_:) == .orderedSame` gives, without Foundation.
    ///
    /// Both texts are case-folded scalar by scalar and compared as Swift strings are, up to
    /// canonical equivalence (`Å` and `A` with a combining ring are the same). Folding is the
    /// full Unicode folding that Foundation applies: `ß` is `ss`, `ﬁ` is `fi`, the Kelvin sign is
    /// `k`; the dotless `ı` stays apart from `I`. As in Foundation, scalars outside the Basic
    /// Multilingual Plane and the few cased letters newer than its tables are not folded.
    func equalsIgnoringCase(_ other: String) -> Bool {
        self == other || Self.caseFolded(self) == Self.caseFolded(other)
    }

    /// `text` folded as ``equalsIgnoringCase(_:)`` compares it.
    static func caseFolded(_ text: String) -> String {
        var folded = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.value == 0x345 {
                // The combining ypogegrammeni is folded to iota alone, at the start of a text;
                // after a letter it stays as in Foundation (`ᾲ` is `Ὰ` with it, not `Ὰι`).
                folded.append(folded.isEmpty ? "\u{3B9}" : scalar)
            } else if scalar.isASCII {
                let isUpper = (0x41...0x5A).contains(scalar.value)
                folded.append(isUpper ? Unicode.Scalar(scalar.value + 0x20)! : scalar)
            } else if scalar.value > 0xFFFF || unfoldedLetters.contains(scalar.value) {
                folded.append(scalar)
            } else {
                for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                    if let further = foldingBeyondLowercase[lower.value] {
                        folded.append(contentsOf: further.compactMap(Unicode.Scalar.init))
                    } else {
                        folded.append(lower)
                    }
                }
            }
        }
        return String(folded)
    }

    /// Cased letters of Unicode 16 that Foundation's folding leaves as they are.
    private static let unfoldedLetters: Set<UInt32> = [
        0x1C89, 0xA7CB, 0xA7CC, 0xA7CE, 0xA7D2, 0xA7D4, 0xA7DA, 0xA7DC,
    ]

    /// Lower-case scalars whose full case folding differs from themselves (Unicode's
    /// `CaseFolding.txt`, statuses C and F) where Foundation compares them folded: sharp s, long
    /// s, final sigma, the ligatures. The Greek letters with ypogegrammeni are compared as
    /// their lower case, as Foundation does (`ᾳ` is not `αι`).
    private static let foldingBeyondLowercase: [UInt32: [UInt32]] = [
        0xB5: [0x3BC], 0xDF: [0x73, 0x73], 0x149: [0x2BC, 0x6E], 0x17F: [0x73],
        0x3C2: [0x3C3], 0x3D0: [0x3B2], 0x3D1: [0x3B8], 0x3D5: [0x3C6], 0x3D6: [0x3C0],
        0x3F0: [0x3BA], 0x3F1: [0x3C1], 0x3F5: [0x3B5], 0x587: [0x565, 0x582],
        0x1E9A: [0x61, 0x2BE], 0x1E9B: [0x1E61], 0xFB00: [0x66, 0x66], 0xFB01: [0x66, 0x69],
        0xFB02: [0x66, 0x6C], 0xFB03: [0x66, 0x66, 0x69], 0xFB04: [0x66, 0x66, 0x6C],
        0xFB05: [0x73, 0x74], 0xFB06: [0x73, 0x74], 0xFB13: [0x574, 0x576], 0xFB14: [0x574, 0x565],
        0xFB15: [0x574, 0x56B], 0xFB16: [0x57E, 0x576], 0xFB17: [0x574, 0x56D],
    ]
}
