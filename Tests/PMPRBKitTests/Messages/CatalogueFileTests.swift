import Testing

@testable import PMPRBKit

/// Looking a text up in a catalogue file gives what reading the whole file into a dictionary
/// gives.
@Suite struct CatalogueFileTests {
    /// The texts of `file` for `key` are those of `parse`, or both are absent.
    private func expectSame(_ bytes: [UInt8], keys: [String]) {
        let parsed = MessageCatalogue.parse(bytes)
        let file = CatalogueFile(bytes)
        for key in keys {
            let found = file[key]
            #expect(found?.indonesian == parsed[key]?.indonesian, "\(key)")
            #expect(found?.english == parsed[key]?.english, "\(key)")
        }
    }

    @Test func everyMessageAndLabelIsFound() {
        for bytes in [
            PackageResources.pesan_tsv, PackageResources.label_tsv, PackageResources.bantuan_tsv,
        ] {
            let keys = Array(MessageCatalogue.parse(bytes).keys)
            #expect(!keys.isEmpty)
            expectSame(
                bytes, keys: keys + keys.map { $0 + "x" } + keys.map { String($0.dropLast()) })
        }
        #expect(MessageCatalogue.labelFile["table.unit"] != nil)
        #expect(MessageCatalogue.messageFile["no.such.key"] == nil)
        // The help texts are looked up the same way, in both languages.
        let help = MessageCatalogue.parse(PackageResources.bantuan_tsv)
        #expect(help.count == HelpCatalogue.keys.count)
        for (key, texts) in help {
            #expect(HelpCatalogue.text(key, .id) == texts.indonesian, "\(key)")
            #expect(HelpCatalogue.text(key, .en) == texts.english, "\(key)")
        }
    }

    /// Unsorted lines, a repeated key (the last wins), comments, empty lines, a line with too
    /// few or too many cells, a key that is a prefix of another, and non-ASCII text.
    @Test func readsTheLinesThatParseReads() {
        let text = """

            kunci\tid\ten
            b.two\tdua\ttwo
            # a.skip\tlewat\tskip
            a.one\tsatu\tone

            a.one\tsatu lagi\tone again
            c\ttiga\tthree\textra
            d\tempat
            a\tsebuah\ta
            é.kunci\tnilai é\tvalue é
            \tkosong\tempty
            kunci\tbukan judul\tnot the header
            """
        let keys = ["a", "a.one", "b.two", "c", "d", "é.kunci", "", "kunci", "# a.skip", "a.on"]
        expectSame(Array(text.utf8), keys: keys)
        #expect(CatalogueFile(Array(text.utf8))["a.one"]?.english == "one again")
        // Written out: the header and the comment are skipped, `c` (four cells) and `d` (two)
        // are left out, the later `a.one` replaces the earlier, and an empty key is a key.
        let expected: [String: (String, String)] = [
            "a": ("sebuah", "a"), "a.one": ("satu lagi", "one again"), "b.two": ("dua", "two"),
            "é.kunci": ("nilai é", "value é"), "": ("kosong", "empty"),
            "kunci": ("bukan judul", "not the header"),
        ]
        let read = MessageCatalogue.parse(Array(text.utf8))
        #expect(Set(read.keys) == Set(expected.keys))
        for (key, texts) in expected {
            #expect(read[key]?.indonesian == texts.0, "\(key)")
            #expect(read[key]?.english == texts.1, "\(key)")
        }
    }
}
