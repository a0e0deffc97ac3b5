import Foundation
import PMPRBTestSupport
import Testing

@testable import pmprb

/// The command's own path arithmetic, file error texts and folder listing give what the
/// Foundation methods they replace give.
@Suite(.temporaryFolders) struct FoundationFreeFilesTests {
    static let paths = [
        "", "/", "//", "///", "//a", "//a/", "/./", "//.", "//a//b", "a", "a/", "/a/", "/a//",
        "a/b", "a//b/", "/a/b/c.csv", "./a.csv",
        "../a.csv", ".", "..", "a/..", "a/.", ".csv", "a/.csv", "a.b.c", "a.", "a/b.tar.gz",
        "dir.x/file", "dir.x/", "./", "laporan.XLSX", "/tmp//x///y.md", "é/ü.csv",
        "a/b\u{301}.c\u{301}",
        "~", "~/a.html", "a b/c d.txt", "a..b", "...", "a/...", "/.", "/..",
    ]

    @Test(arguments: paths)
    func takesPathsApartAsNSStringDoes(path: String) {
        let ns = path as NSString
        #expect(PathText.lastComponent(of: path) == ns.lastPathComponent)
        let fixed = PathText.fixingSlashes(path)
        if fixed.count == 1 && fixed != "/" {
            // Foundation stops the process here (`a`, `./`, `~`); the folder is the current one.
            #expect(PathText.deletingLastComponent(of: path) == "")
        } else {
            #expect(PathText.deletingLastComponent(of: path) == ns.deletingLastPathComponent)
        }
        #expect(PathText.pathExtension(of: path) == ns.pathExtension)
        for component in ["", "b.csv", "/b", ".x"] {
            #expect(PathText.appending(component, to: path) == ns.appendingPathComponent(component))
        }
    }

    @Test func explainsFileErrorsAsFoundationDoes() {
        let codes: [CocoaError.Code] = [
            .fileNoSuchFile, .fileLocking, .fileReadUnknown, .fileReadNoPermission,
            .fileReadInvalidFileName, .fileReadCorruptFile, .fileReadNoSuchFile,
            .fileReadInapplicableStringEncoding, .fileReadUnsupportedScheme, .fileReadTooLarge,
            .fileReadUnknownStringEncoding, .fileWriteUnknown, .fileWriteNoPermission,
            .fileWriteInvalidFileName, .fileWriteFileExists, .fileWriteInapplicableStringEncoding,
            .fileWriteUnsupportedScheme, .fileWriteOutOfSpace, .fileWriteVolumeReadOnly,
        ]
        for code in codes {
            let error = CocoaError(code)
            #expect(FileErrorText.reason(error) == error.localizedDescription, "\(code.rawValue)")
        }
    }

    /// What `FileManager` throws when a folder cannot be made is explained as before.
    @Test func explainsAFolderThatCannotBeMade() throws {
        let folder = try TemporaryFolder.make("file-errors")
        let file = folder.appendingPathComponent("file").path
        #expect(FileManager.default.createFile(atPath: file, contents: Data()))
        for target in [file, file + "/below", "/proc/pmprb-none/x"] {
            #expect(throws: (any Error).self) {
                try FileManager.default.createDirectory(
                    atPath: target, withIntermediateDirectories: true)
            }
            do {
                try FileManager.default.createDirectory(
                    atPath: target, withIntermediateDirectories: true)
            } catch {
                #expect(FileErrorText.reason(error) == error.localizedDescription)
            }
        }
    }

    /// `validate` lists a folder's worksheets with `subpathsOfDirectory`, as it did with the
    /// enumerator: nested files, hidden ones, and no descent through a link to a folder.
    @Test func listsAFolderAsTheEnumeratorDid() throws {
        let manager = FileManager.default
        let root = try TemporaryFolder.make("listing").path
        for folder in ["a", "a/b", ".hidden", "c.csv", "elsewhere"] {
            try manager.createDirectory(
                atPath: root + "/" + folder, withIntermediateDirectories: true)
        }
        for file in [
            "x.csv", "a/y.xlsx", "a/b/z.csv", ".hidden/h.csv", ".dot.csv", "elsewhere/e.csv",
        ] {
            #expect(manager.createFile(atPath: root + "/" + file, contents: Data()))
        }
        try manager.createSymbolicLink(
            atPath: root + "/a/link", withDestinationPath: root + "/elsewhere")
        let listed = try manager.subpathsOfDirectory(atPath: root).sorted()
        let enumerated = (manager.enumerator(atPath: root)?.compactMap { $0 as? String } ?? [])
            .sorted()
        #expect(listed == enumerated)
        #expect(listed.contains("a/b/z.csv"))
    }
}
