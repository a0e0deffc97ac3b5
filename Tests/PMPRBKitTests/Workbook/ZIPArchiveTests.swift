import Foundation
import Testing

@testable import PMPRBKit

/// The ZIP writer and reader, and the caps that make a hostile archive harmless.
@Suite struct ZIPArchiveTests {
    private func archive(_ entries: [(String, String)]) -> [UInt8] {
        var writer = ZIPWriter()
        for (name, text) in entries { writer.add(name, Array(text.utf8)) }
        return writer.finished()
    }

    /// Reads a 16- or 32-bit little-endian field.
    private func field(_ bytes: [UInt8], _ offset: Int, _ width: Int) -> Int {
        (0..<width).reduce(0) { $0 | Int(bytes[offset + $1]) << (8 * $1) }
    }

    private func patch(_ bytes: inout [UInt8], _ offset: Int, _ value: Int, _ width: Int) {
        for index in 0..<width { bytes[offset + index] = UInt8((value >> (8 * index)) & 0xFF) }
    }

    /// The offset of the first central directory header.
    private func centralOffset(_ bytes: [UInt8]) -> Int {
        field(bytes, bytes.count - 22 + 16, 4)
    }

    @Test func writtenEntriesReadBack() throws {
        let bytes = archive([("a.xml", "<a/>"), ("dir/b.txt", "héllo")])
        let zip = try ZIPArchive(bytes)
        #expect(zip.names == ["a.xml", "dir/b.txt"])
        var total = 0
        #expect(try zip.contents(of: "DIR/B.TXT", total: &total) .map(Array.init) == Array("héllo".utf8))
        #expect(total == 6)
        #expect(try zip.contents(of: "missing", total: &total) == nil)
        #expect(field(bytes, bytes.count - 22 + 10, 2) == 2)
    }

    @Test func namesLeavingThePackageAreIgnored() throws {
        let zip = try ZIPArchive(
            archive([("../evil.xml", "x"), ("/etc/passwd", "x"), ("a/../../b", "x"),
                ("C:/x", "x"), ("ok.xml", "y"), ("OK.xml", "z")]))
        #expect(zip.names == ["ok.xml"])
    }

    @Test func capsRefuseHostileArchives() throws {
        var limits = WorkbookLimits()
        limits.entryCount = 2
        #expect(throws: ZIPError.tooManyEntries(3)) {
            try ZIPArchive(archive([("a", "1"), ("b", "2"), ("c", "3")]), limits: limits)
        }
        // An entry that claims 2 MiB from 10 bytes: refused before inflating.
        var bytes = archive([("bomb.xml", "0123456789")])
        let central = centralOffset(bytes)
        patch(&bytes, central + 10, 8, 2)
        patch(&bytes, central + 24, 2 << 20, 4)
        var total = 0
        #expect(throws: ZIPError.compressionRatio("bomb.xml")) {
            try ZIPArchive(bytes).contents(of: "bomb.xml", total: &total)
        }
        limits = WorkbookLimits()
        limits.entrySize = 4
        #expect(throws: ZIPError.tooLarge("a", limit: 4)) {
            try ZIPArchive(archive([("a", "12345")]), limits: limits).contents(of: "a", total: &total)
        }
    }

    @Test func corruptOrEncryptedEntriesAreRefused() throws {
        var bytes = archive([("a.xml", "<a/>")])
        bytes[30 + 5] = UInt8(ascii: "b")  // the first byte of the contents
        var total = 0
        #expect(throws: ZIPError.checksum("a.xml")) {
            try ZIPArchive(bytes).contents(of: "a.xml", total: &total)
        }
        var encrypted = archive([("a.xml", "<a/>")])
        patch(&encrypted, centralOffset(encrypted) + 8, 1, 2)
        #expect(throws: ZIPError.encrypted("a.xml")) {
            try ZIPArchive(encrypted).contents(of: "a.xml", total: &total)
        }
        #expect(throws: ZIPError.notAnArchive) { try ZIPArchive(Array("kode,jawaban".utf8)) }
    }

    /// A deflated entry, written by zlib (a fixture of the inflater's corpus), inflates and
    /// passes its CRC-32.
    @Test func deflatedEntryIsInflated() throws {
        let folder = try #require(Bundle.module.resourceURL?.appendingPathComponent("Fixtures/inflate"))
        let stream = [UInt8](try Data(contentsOf: folder.appendingPathComponent("sheet-dynamic.deflate")))
        let raw = [UInt8](try Data(contentsOf: folder.appendingPathComponent("sheet.raw")))
        var writer = ZIPWriter()
        writer.add("sheet.xml", stream)
        var bytes = writer.finished()
        let central = centralOffset(bytes)
        patch(&bytes, 8, 8, 2)
        patch(&bytes, central + 10, 8, 2)
        patch(&bytes, 14, Int(CRC32.checksum(raw)), 4)
        patch(&bytes, central + 16, Int(CRC32.checksum(raw)), 4)
        patch(&bytes, central + 24, raw.count, 4)
        var total = 0
        #expect(try ZIPArchive(bytes).contents(of: "sheet.xml", total: &total).map(Array.init) == raw)
    }
}
