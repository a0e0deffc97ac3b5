import Foundation
import PMPRBTestSupport
import Synchronization
import Testing

/// The tests' temporary folders are gone once their test is done: running the tests leaves the
/// temporary directory as it was.
@Suite struct TemporaryFolderTests {
    static func exists(_ url: URL) -> Bool { FileManager.default.fileExists(atPath: url.path) }

    /// Writes a file and a sub-folder with a file into `folder`, so that removing it takes
    /// more than removing an empty folder.
    static func fill(_ folder: URL) throws {
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("sub"), withIntermediateDirectories: false)
        try Data("x".utf8).write(to: folder.appendingPathComponent("sub/a.csv"))
        try Data("y".utf8).write(to: folder.appendingPathComponent("b.csv"))
    }

    @Test func aFolderIsNewEmptyAndGoneAfterItsClosure() async throws {
        let temporary = FileManager.default.temporaryDirectory.standardizedFileURL.path
        let (first, second) = try await withTemporaryFolder { first in
            try await withTemporaryFolder { second in
                #expect(Self.exists(first) && Self.exists(second))
                #expect(try FileManager.default.contentsOfDirectory(atPath: second.path).isEmpty)
                try Self.fill(second)
                return (first, second)
            }
        }
        #expect(first != second)
        #expect(first.deletingLastPathComponent().standardizedFileURL.path == temporary)
        #expect(!Self.exists(first))
        #expect(!Self.exists(second))
    }

    struct Failure: Error {}

    @Test func aFolderIsGoneAfterItsClosureThrows() async throws {
        let made = Mutex<URL?>(nil)
        await #expect(throws: Failure.self) {
            try await withTemporaryFolder { folder in
                try Self.fill(folder)
                made.withLock { $0 = folder }
                throw Failure()
            }
        }
        let folder = try #require(made.withLock { $0 })
        #expect(!Self.exists(folder))
    }

    /// The trait's scope: folders made in it are in the test case's own folder, which is gone
    /// with them once the scope ends.
    @Test func theTraitRemovesTheFoldersOfItsScope() async throws {
        let made = Mutex<[URL]>([])
        let test = try #require(Test.current)
        try await TemporaryFolders().provideScope(for: test, testCase: Test.Case.current) {
            let root = try #require(TemporaryFolder.root)
            for label in ["a", "a", "b"] {
                let folder = try TemporaryFolder.make(label)
                #expect(folder.deletingLastPathComponent().path == root.path)
                try Self.fill(folder)
                made.withLock { $0.append(folder) }
            }
            made.withLock { $0.append(root) }
        }
        let folders = made.withLock { $0 }
        #expect(Set(folders).count == 4)
        for folder in folders { #expect(!Self.exists(folder), "\(folder.path)") }
    }

    /// Outside the trait's scope no folder is made, since nothing would remove it.
    @Test func noFolderOutsideTheTrait() {
        #expect(TemporaryFolder.root == nil)
        #expect(throws: TemporaryFolderError.self) { try TemporaryFolder.make("x") }
    }

    /// A suite with the trait: each test case has its own folder for as long as it runs.
    @Suite(.temporaryFolders) struct InTheTrait {
        @Test(arguments: [1, 2])
        func eachCaseHasAFolder(_ number: Int) throws {
            let root = try #require(TemporaryFolder.root)
            let folder = try TemporaryFolder.make("case-\(number)")
            #expect(TemporaryFolderTests.exists(root) && TemporaryFolderTests.exists(folder))
        }
    }
}
