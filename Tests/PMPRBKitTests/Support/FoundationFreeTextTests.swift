import Foundation
import Testing

@testable import PMPRBKit

/// The library's own text helpers give what the Foundation methods they replace give: each is
/// compared with Foundation itself, which the tests may import.
@Suite struct FoundationFreeTextTests {
    /// Scalars whose neighbours change how text splits into characters: combining marks, the
    /// prepended marks, joiners, variation selectors, emoji modifiers, regional indicators,
    /// Hangul jamo, controls and the Unicode white space.
    static let specialScalars: [UInt32] = [
        0x00, 0x09, 0x0A, 0x0B, 0x0D, 0x20, 0x85, 0xA0, 0x300, 0x301, 0x345, 0x600, 0x605, 0x6DD,
        0x70F, 0x890, 0x8E2, 0x903, 0xD4E, 0x1100, 0x1160, 0x11A8, 0x1680, 0x2000, 0x200B, 0x200C,
        0x200D, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xAC00, 0xFE0F, 0xFEFF, 0x110BD, 0x111C2,
        0x1193F, 0x11A84, 0x1F1E6, 0x1F3FB, 0x1F600, 0xE0001, 0xE0100,
    ]

    /// Every scalar below U+0800 and the special ones, as strings.
    static let sampleScalars: [String] = ((0..<0x800) + specialScalars).compactMap {
        Unicode.Scalar($0).map(String.init)
    }

    @Test func trimsInlineWhitespaceAsFoundationDoes() {
        var texts = [
            "", " ", "\t", "a", " a ", "\r\n a \r\n", " \u{301}a ", "a \u{301}",
            "\u{3000}x\u{200B}",
        ]
        for scalar in Self.sampleScalars
            + (0x2000...0x3000).compactMap({ Unicode.Scalar($0).map(String.init) })
        {
            texts += [scalar, " " + scalar + "\t", scalar + "a" + scalar, "a" + scalar]
        }
        for text in texts {
            #expect(text.trimmingInlineWhitespace == text.trimmingCharacters(in: .whitespaces))
        }
    }

    /// Foundation's `.whitespaces`, listed: tab, space and the space separators, with U+200B.
    @Test func inlineWhitespaceIsFoundationsSet() {
        for value in UInt32(0)...0x3100 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(
                String.isInlineWhitespace(scalar) == CharacterSet.whitespaces.contains(scalar),
                "U+\(String(value, radix: 16))")
        }
    }

    @Test(arguments: ["\"", "%", ",", ":", "\r", "\n"] as [Unicode.Scalar])
    func replacesAsFoundationDoes(target: Unicode.Scalar) {
        let mark = String(target)
        var texts = [
            "", mark, mark + mark, "a\r\nb", "\r\n", "x" + mark + "y",
            "é" + mark + "\u{301}" + mark,
        ]
        for scalar in Self.sampleScalars {
            texts += [
                mark + scalar, scalar + mark, scalar + mark + scalar, "é" + mark + scalar + "\r\n",
            ]
        }
        for text in texts {
            let expected = text.replacingOccurrences(of: mark, with: "<\(target.value)>")
            let replaced = text.replacingOccurrences(ofASCII: target, with: "<\(target.value)>")
            #expect(
                replaced.unicodeScalars.elementsEqual(expected.unicodeScalars),
                "\(text.unicodeScalars.map(\.value))")
        }
    }

    /// Every scalar of the Basic Multilingual Plane against its upper-, lower- and title-case
    /// forms and its folding, plus texts whose folding is longer or is canonically equivalent.
    @Test func comparesWithoutCaseAsFoundationDoes() {
        var pairs: [(String, String)] = [
            ("ss", "ß"), ("SS", "ß"), ("k", "\u{212A}"), ("s", "\u{17F}"), ("I", "ı"), ("i", "İ"),
            ("A", "A\u{200B}"), ("Å", "A\u{30A}"), ("ff", "ﬀ"), ("BB", "bb"), ("WBK", "wbk"),
            ("A-", "a-"), ("Sangat Baik", "SANGAT BAIK"), ("", ""), ("a", ""), ("ß", "ẞ"),
            ("Ꭰ", "ꭰ"), ("\u{10400}", "\u{10428}"), ("ΐ", "ΐ"), ("ᾼ", "ΑΙ"), ("ꟋA", "ɤa"),
        ]
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = String(scalar)
            pairs += [
                (text, text.uppercased()), (text, text.lowercased()),
                (text, scalar.properties.titlecaseMapping),
                (text, text.folding(options: .caseInsensitive, locale: nil)),
            ]
        }
        for value in UInt32(0x10400)...0x10500 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            pairs.append((String(scalar), String(scalar).lowercased()))
        }
        for (left, right) in pairs {
            #expect(
                left.equalsIgnoringCase(right)
                    == (left.caseInsensitiveCompare(right) == .orderedSame),
                "\(left.unicodeScalars.map(\.value)) \(right.unicodeScalars.map(\.value))")
        }
    }

    @Test func printsFifteenSignificantDigitsAsStringFormatDoes() {
        var values: [Double] = [
            0, -0.0, 0.1, 0.2 + 0.1, 1, 10, 1e15, 1e16, 1e21, 1e-5, 1e-7, 123_456_789.123_456_789,
            123_456_789_012_345_680, .leastNonzeroMagnitude, .greatestFiniteMagnitude, .infinity,
            2.5, 0.000_123_456,
        ]
        // Bit patterns from a fixed xorshift sequence: every sign, exponent and mantissa.
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<2000 {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            values.append(Double(bitPattern: state))
        }
        for value in values where !value.isNaN {
            #expect(LocaleNumber.printedFifteenSignificant(value) == String(format: "%.15g", value))
        }
    }
}
