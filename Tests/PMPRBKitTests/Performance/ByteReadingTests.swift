import Foundation
import PMPRBTestSupport
import Testing

@testable import PMPRBKit

/// The cell, name and folder readings that `compare` does on bytes agree with the readings on
/// strings they stand in for (decision 0021), on random and edge inputs.
@Suite(.temporaryFolders) struct ByteReadingTests {
    /// Random texts over an alphabet.
    static func texts(
        _ alphabet: [Character], count: Int, seed: UInt64, longest: Int = 8
    ) -> [String] {
        var random = SplitMix64(seed: seed)
        return (0..<count).map { _ in
            let length = Int(random.next() % UInt64(longest + 1))
            return String((0..<length).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] })
        }
    }

    @Test func notApplicableOnBytesAgreesWithLowerCasing() {
        // U+212A KELVIN SIGN lower-cases to an ASCII `k`; U+0130 to `i` and a combining dot.
        let alphabet: [Character] = [
            "T", "t", "B", "b", "N", "n", "/", "A", "a", " ", "i", "d", "k", "e", "r", "l", "u",
            "\u{212A}", "\u{0130}", "É",
        ]
        var texts = [
            "TB", "tb", "tB", "N/A", "n/a", "Tidak Berlaku", "TIDAK BERLAKU", "tidak berlaku",
            "TIDA\u{212A} BERLA\u{212A}U", "T B", "TBB", "", "Ya", "N/", "tidak  berlaku",
        ]
        texts += Self.texts(alphabet, count: 40_000, seed: 11, longest: 4)
        texts += Self.texts(alphabet, count: 20_000, seed: 12, longest: 14)
        for text in texts {
            #expect(
                NotApplicable.matches(text)
                    == NotApplicable.spellings.contains(text.lowercased()), "\(text)")
        }
        // By hand: the Kelvin sign is read as `k` only through lower-casing.
        #expect(NotApplicable.matches("TIDA\u{212A} BERLA\u{212A}U"))
        #expect(NotApplicable.matches("n/A"))
        #expect(!NotApplicable.matches("TB."))
    }

    @Test func numbersOnBytesParseAsFromText() {
        let alphabet: [Character] = ["0", "1", "5", "9", ".", ",", "-", "+", "%", " ", "e", "٣"]
        var texts = [
            "1", "0.50", "0,5", "+0.50", "-0", "-0,0", ".5", "5.", "1.234,56", "1,234.5", "50%",
            "50 %", "5e-1", "0.5000000000000000001", "1234567890123456", String(repeating: "9", count: 400),
        ]
        texts += Self.texts(alphabet, count: 50_000, seed: 13)
        for text in texts.map(\.trimmed) {
            let fromText = LocaleNumber.parse(text)
            var copy = text
            let fromBytes = copy.withUTF8 { LocaleNumber.parse(trimmed: $0) }
            #expect(fromBytes?.value == fromText?.value, "\(text)")
            #expect(fromBytes?.isPercent == fromText?.isPercent, "\(text)")
            #expect(fromBytes?.value.sign == fromText?.value.sign, "\(text)")
        }
        // By hand: 0,50 is one half; 400 nines are too large for a `Double`.
        var half = "0,50"
        #expect(half.withUTF8 { LocaleNumber.parse(trimmed: $0)?.value } == 0.5)
        var huge = String(repeating: "9", count: 400)
        #expect(huge.withUTF8 { LocaleNumber.parse(trimmed: $0) } == nil)
    }

    @Test func ambiguousGroupingOnBytesAgreesWithScalars() {
        let alphabet: [Character] = ["0", "1", "9", ".", ",", "-", " ", "\u{663}", "é", "a"]
        var texts = ["1,000", "2.500", "12.345", "1234.567", "1,00", ",000", "1.000.000", "1,0001"]
        texts += Self.texts(alphabet, count: 40_000, seed: 15, longest: 7)
        for text in texts {
            var copy = text
            #expect(
                copy.withUTF8 { AnswerReading.isAmbiguousGrouping(bytes: $0) }
                    == AnswerReading.isAmbiguousGrouping(text), "\(text)")
        }
        // By hand: `1,000` is a thousand or one; `1,00` is one.
        var thousand = "1,000"
        #expect(thousand.withUTF8 { AnswerReading.isAmbiguousGrouping(bytes: $0) })
    }

    /// The unit key as it is defined: lower case, words split at white space, joined by one space.
    static func definedKey(_ unit: String) -> String? {
        let words = unit.lowercased().split(whereSeparator: \.isWhitespace)
        return words.isEmpty ? nil : words.joined(separator: " ")
    }

    static func summary(unit: String) -> UnitSummary {
        UnitSummary(
            instrumentID: "zi-2021", unit: unit, year: nil, file: "a.csv", total: 0, band: nil,
            predicates: [], itemCount: 0, unansweredCount: 0, areaIDs: [], areaValues: [],
            itemCodes: [], answers: [], points: [])
    }

    @Test func unitKeysOnBytesAgreeWithTheDefinition() {
        let alphabet: [Character] = [
            "D", "i", "n", "A", "s", " ", "\t", "\r\n", "\n", "\u{0B}", "\u{0C}", "\r", "\u{A0}",
            "\u{85}", "É", "\u{212A}", "-", "1",
        ]
        var names = ["", "   ", "Dinas  KOMINFO", "\tDinas\r\nKesehatan \u{0B}", "OPD Sintetis 00001"]
        names += Self.texts(alphabet, count: 30_000, seed: 14, longest: 10)
        for name in names {
            #expect(Self.summary(unit: name).unitKey == Self.definedKey(name), "\(name)")
        }
        // By hand: runs of white space become one space, the ends are dropped, letters lowered.
        #expect(Self.summary(unit: "  Dinas \t KOMINFO\r\n").unitKey == "dinas kominfo")
        #expect(Self.summary(unit: " \t ").unitKey == nil)
    }

    /// A new folder of the running test's own (``TemporaryFolders``) with a sub-folder `sub`.
    static func temporaryFolder(_ name: String, sub: String) throws -> String {
        let folder = try TemporaryFolder.make(name).path
        try FileManager.default.createDirectory(
            atPath: folder + "/" + sub, withIntermediateDirectories: true)
        return folder
    }

    /// A folder's listing, read without a `stat` per regular file, names the files the plain
    /// listing names: sub-folders and links to folders left out, a dangling link kept.
    @Test func folderListingLeavesOutFoldersOnly() throws {
        let folder = try Self.temporaryFolder("listing", sub: "sub.csv")
        let manager = FileManager.default
        for name in ["b.csv", "a.CSV", "c.xlsx", ".hidden.csv", "notes.txt"] {
            #expect(manager.createFile(atPath: folder + "/" + name, contents: Data("x".utf8)))
        }
        try manager.createSymbolicLink(atPath: folder + "/link.csv", withDestinationPath: "b.csv")
        try manager.createSymbolicLink(
            atPath: folder + "/folder-link.csv", withDestinationPath: "sub.csv")
        try manager.createSymbolicLink(
            atPath: folder + "/dangling.csv", withDestinationPath: "missing.csv")
        let paths = try WorksheetFileList.expand([folder])
        // Sorted by name (upper case first), without `sub.csv/`, `folder-link.csv`, the hidden
        // file and the text file.
        #expect(
            paths == ["a.CSV", "b.csv", "c.xlsx", "dangling.csv", "link.csv"].map {
                folder + "/" + $0
            })
        // Only a regular file is said to be one (a file system whose listing does not tell
        // says it of none); links never are, whatever they point to.
        let listed = try WorksheetFileList.listed([folder, folder + "/b.csv"])
        #expect(listed.map(\.path) == paths)
        let regular = Set(["a.CSV", "b.csv", "c.xlsx"].map { folder + "/" + $0 })
        #expect(listed.filter(\.isRegularFile).allSatisfy { regular.contains($0.path) })
        #expect(!listed.filter { $0.path.hasSuffix("link.csv") }.contains { $0.isRegularFile })
    }

    /// A regular file read into a reused buffer, with its size known and the path `stat`ed
    /// first or not, gives the file's bytes exactly, whatever the buffer held before; anything
    /// else is left to the usual reader (`false`), a named pipe without waiting for a writer.
    @Test func regularFilesReadIntoABufferGiveTheirBytes() throws {
        let folder = try Self.temporaryFolder("read", sub: "sub")
        let manager = FileManager.default
        var random = SplitMix64(seed: 31)
        // Sizes around a read's end and the buffer's earlier sizes: empty, one byte, larger,
        // smaller, the same twice.
        let sizes = [0, 1, 14_023, 3, 70_001, 70_001, 2, 0, 65_536]
        var buffer: [UInt8] = [9, 9, 9]
        for (number, size) in sizes.enumerated() {
            let bytes = (0..<size).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            let path = folder + "/f\(number).csv"
            #expect(manager.createFile(atPath: path, contents: Data(bytes)))
            for listed in [false, true] {
                #expect(WorksheetFileList.read(regularFile: path, listedAsRegular: listed, into: &buffer))
                #expect(buffer == bytes, "\(size) bytes, listed \(listed)")
            }
        }
        for listed in [false, true] {
            #expect(!WorksheetFileList.read(regularFile: folder + "/sub", listedAsRegular: listed, into: &buffer))
            #expect(!WorksheetFileList.read(regularFile: folder + "/none.csv", listedAsRegular: listed, into: &buffer))
        }
        // A named pipe is never opened when the listing did not say it is a regular file.
        #expect(mkfifo(folder + "/pipe.csv", 0o600) == 0)
        #expect(!WorksheetFileList.read(regularFile: folder + "/pipe.csv", into: &buffer))
        let listed = try WorksheetFileList.listed([folder])
        #expect(listed.first { $0.path.hasSuffix("/pipe.csv") }?.isRegularFile == false)
    }

    /// A worker's reader opens a listed file by its name in its folder (`openat`), the
    /// folder kept open between files: files of two folders read in turn, listed or not, give
    /// their bytes exactly; a folder or a missing file is left to the usual reader.
    @Test func filesReadByNameInTheirFolderGiveTheirBytes() throws {
        let folder = try Self.temporaryFolder("openat", sub: "sub")
        var random = SplitMix64(seed: 47)
        let reader = WorksheetFileReader()
        for (number, size) in [0, 14_023, 3, 70_001, 1].enumerated() {
            for place in [folder, folder + "/sub", folder] {
                let bytes = (0..<size).map { _ in UInt8(truncatingIfNeeded: random.next()) }
                let path = place + "/g\(number).csv"
                #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
                for listed in [true, false, true] {
                    #expect(reader.read(regularFile: path, listedAsRegular: listed))
                    #expect(reader.buffer == bytes, "\(path), listed \(listed)")
                }
            }
        }
        for listed in [true, false] {
            #expect(!reader.read(regularFile: folder + "/sub", listedAsRegular: listed))
            #expect(!reader.read(regularFile: folder + "/none.csv", listedAsRegular: listed))
            #expect(!reader.read(regularFile: folder + "/nothing/a.csv", listedAsRegular: listed))
        }
        // A file after a folder that could not be opened is read again by name.
        #expect(reader.read(regularFile: folder + "/g0.csv", listedAsRegular: true))
        #expect(reader.buffer.isEmpty)
    }

    /// Bytes compared eight at a time (`CSVByte.same`), and a cell compared with a code or
    /// label that way (`CSVByteScanner.equal`), agree with comparing byte by byte: every length
    /// from 0 to 40, alike, and unlike in each single byte.
    @Test func bytesComparedByWordsAgreeWithByteLoops() {
        var random = SplitMix64(seed: 17)
        for length in 0...40 {
            let bytes = (0..<length).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            var variants = [bytes]
            for offset in 0..<length {
                var changed = bytes
                changed[offset] ^= 1 << UInt8(random.next() % 8)
                variants.append(changed)
            }
            for other in variants {
                let same = bytes.withUnsafeBufferPointer { one in
                    other.withUnsafeBufferPointer { CSVByte.same(one, $0) }
                }
                #expect(same == (bytes == other))
            }
        }
        let alphabet: [Character] = ["A", "I", ".", "1", "i", "é", " "]
        for text in Self.texts(alphabet, count: 400, seed: 9, longest: 20) {
            for expected in ["A.I.1.i.a", "A.II.5.iii.ii.a.5", "Ya", "", text, text + "a"] {
                let equal = Array(text.utf8).withUnsafeBufferPointer {
                    CSVByteScanner.equal($0, expected.utf8)
                }
                #expect(equal == (Array(text.utf8) == Array(expected.utf8)))
            }
        }
    }
}
