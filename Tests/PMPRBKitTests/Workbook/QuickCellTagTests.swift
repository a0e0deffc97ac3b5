import Testing

@testable import PMPRBKit

/// A cell's start tag read by words (`SheetScanner.quickCellTag`) against the byte-by-byte
/// reading (`SheetScanner.plainCellTag`), which reads every tag the word reading leaves.
@Suite struct QuickCellTagTests {
    /// Both readings of `tag` followed by `padding` spaces, each as `row:column:type:end:selfClosing`.
    static func read(_ tag: String, padding: Int = 64) -> (quick: String?, plain: String?) {
        let bytes = Array(tag.utf8) + Array(repeating: UInt8(ascii: " "), count: padding)
        return bytes.withUnsafeBufferPointer { buffer in
            func text(_ tag: SheetScanner.PlainCellTag?) -> String? {
                tag.map { "\($0.row):\($0.column):\(Character(Unicode.Scalar($0.type))):\($0.end):\($0.selfClosing)" }
            }
            let base = buffer.baseAddress!
            return (
                text(SheetScanner.quickCellTag(base, buffer.count, at: 0)),
                text(SheetScanner.plainCellTag(base, buffer.count, at: 0))
            )
        }
    }

    @Test func tagsAsWritersWriteThemReadByWords() {
        // `<c r="A40"` is 10 bytes, ` s="5"` 6 more, ` t="inlineStr"` 14 more, `>` the 31st:
        // row 40, column A = 1, type `i`, the tag ends at 31.
        #expect(Self.read(#"<c r="A40" s="5" t="inlineStr">"#).quick == "40:1:i:31:false")
        // 6 + 10 bytes of reference, `"`, `/>`: 19. XFD = 24 × 676 + 6 × 26 + 4 = 16,384.
        #expect(Self.read(#"<c r="XFD1048576"/>"#).quick == "1048576:16384:n:19:true")
        // 9 + 6 + 2 = 17; no type is `n`.
        #expect(Self.read(#"<c r="B4" s="6"/>"#).quick == "4:2:n:17:true")
        // 9 + 6 + 8 + 1 = 24; `str` is `S`.
        #expect(Self.read(#"<c r="C7" s="3" t="str">"#).quick == "7:3:S:24:false")
        // AA = 27; 11 + 6 + 1 = 18.
        #expect(Self.read(#"<c r="AA12" t="s">"#).quick == "12:27:s:18:false")
        // An empty type is `n`, an empty style passes: 9 + 5 + 5 + 1 = 20.
        #expect(Self.read(#"<c r="D9" s="" t="">"#).quick == "9:4:n:20:false")
        for tag in [
            #"<c r="A40" s="5" t="inlineStr">"#, #"<c r="XFD1048576"/>"#, #"<c r="B4" s="6"/>"#,
            #"<c r="C7" s="3" t="str">"#, #"<c r="AA12" t="s">"#, #"<c r="D9" s="" t="">"#,
        ] {
            let read = Self.read(tag)
            #expect(read.quick == read.plain, "\(tag)")
        }
    }

    /// Tags out of the form, or too near the end of the part, are left to the byte reading,
    /// which reads some of them (other orders, leading zeros, longer types) and refuses others.
    @Test func otherTagsAreLeftToTheByteReading() {
        let left: [(tag: String, plain: String?)] = [
            // Attributes in another order: 9 + 6 + 6 + 1 = 22.
            (#"<c r="A1" t="s" s="3">"#, "1:1:s:22:false"),
            (#"<c s="3" r="A1">"#, "1:1:n:16:false"),
            // Eight digits, 1,000,000 with a leading zero: 6 + 9 + 1 + 1 = 17.
            (#"<c r="A01000000">"#, "1000000:1:n:17:false"),
            // `inlineStrX` is read by its first letter.
            (#"<c r="A1" t="inlineStrX">"#, "1:1:i:25:false"),
            (#"<c r="a1">"#, nil), (#"<c r="$A$1">"#, nil), (#"<c r="XFE1">"#, nil),
            (#"<c r="A1048577">"#, nil), (#"<c r="A0">"#, nil), (#"<c r="A1" x="1">"#, nil),
            (#"<c r="A1" >"#, nil), (#"<c r="A1"/ >"#, nil), (#"<cr r="A1">"#, nil),
        ]
        for (tag, plain) in left {
            let read = Self.read(tag)
            #expect(read.quick == nil, "\(tag)")
            #expect(read.plain == plain, "\(tag)")
        }
        // Fewer than 64 bytes from the `<` to the end of the part: 9 + 1 = 10, then 10 spaces.
        let near = Self.read(#"<c r="A1">"#, padding: 10)
        #expect(near.quick == nil)
        #expect(near.plain == "1:1:n:10:false")
        #expect(Self.read(#"<c r="A1">"#, padding: 54).quick == "1:1:n:10:false")
    }

    /// Random tags from the pieces writers and hostile files use: wherever the word reading
    /// reads a tag, the byte reading reads it alike.
    @Test func randomTagsReadAlike() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func pick<T>(_ choices: [T]) -> T {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return choices[Int((state >> 33) % UInt64(choices.count))]
        }
        let references = [
            "A1", "B40", "AA12", "XFD1048576", "J234", "C7", "A1", "B40", "XFE1", "A1048577", "A0",
            "a1", "$A$1", "A", "1", "ZZZ9", "AAAA1", "A00000001", "Q123456", "",
        ]
        let styles = ["0", "12", "", "x", "123456789012345678901234567890"]
        let types = ["inlineStr", "s", "str", "b", "e", "n", "", "inlineStrX", "INLINESTR", "inlineSt", "d1"]
        let ends = [">", ">", "/>", "/>", " >", "/ >", "", ">x"]
        var (quick, agreed) = (0, 0)
        for _ in 0..<6_000 {
            var attributes = [#" r="\#(pick(references))""#]
            if pick([true, false]) { attributes.append(#" s="\#(pick(styles))""#) }
            if pick([true, false]) { attributes.append(#" t="\#(pick(types))""#) }
            if pick([false, false, false, true]) {
                var generator = Generator(pick(Array(0..<1_000)))
                attributes.shuffle(using: &generator)
            }
            if pick([false, false, false, true]) { attributes.append(#" x="1""#) }
            let tag = pick(["<c", "<c", "<c", "<c", "<cc", "<v"]) + attributes.joined() + pick(ends)
            let read = Self.read(tag, padding: pick([0, 10, 40, 64, 64, 64]))
            guard let word = read.quick else { continue }
            quick += 1
            if word == read.plain { agreed += 1 }
            #expect(word == read.plain, "\(tag)")
        }
        // Some tags of each kind are read by words, and each as the byte reading reads it.
        #expect(quick > 300)
        #expect(agreed == quick)
    }

    /// A small generator for shuffling, seeded.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        init(_ seed: Int) { state = UInt64(seed) &+ 1 }
        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state
        }
    }
}
