import Foundation
import Testing

/// Folders a test makes for its files, removed with all they hold when the test ends, so that
/// running the tests leaves the temporary directory as it found it.
///
/// A suite or test that writes files takes the ``TemporaryFolders`` trait
/// (`@Suite(.temporaryFolders)`); inside it, ``make(_:)`` gives a new, empty folder. Outside
/// such a test ``make(_:)`` throws instead of making a folder nobody would remove.
public enum TemporaryFolder {
    /// The folder of the running test case, set by the ``TemporaryFolders`` trait.
    @TaskLocal public static var root: URL?

    /// A new, empty folder named after `label` in the running test case's folder.
    ///
    /// - Throws: ``TemporaryFolderError/outsideAScope`` without the ``TemporaryFolders``
    ///   trait, or what `FileManager` throws when the folder cannot be made.
    public static func make(_ label: String) throws -> URL {
        guard let root else { throw TemporaryFolderError.outsideAScope(label) }
        return try created(label, in: root)
    }

    /// A folder named after `label` and a UUID, made in `parent`; never an existing one.
    static func created(_ label: String, in parent: URL) throws -> URL {
        let folder = parent.appendingPathComponent("\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        return folder
    }
}

/// Runs `body` with a new, empty folder in the temporary directory (`TMPDIR`), then removes the
/// folder and everything in it, whether `body` returns or throws.
public func withTemporaryFolder<Result>(
    _ label: String = "pmprb-tests", _ body: (URL) async throws -> Result
) async throws -> Result {
    let folder = try TemporaryFolder.created(label, in: FileManager.default.temporaryDirectory)
    do {
        let result = try await body(folder)
        try FileManager.default.removeItem(at: folder)
        return result
    } catch {
        try? FileManager.default.removeItem(at: folder)
        throw error
    }
}

/// ``TemporaryFolder/make(_:)`` was called outside a test that has the ``TemporaryFolders``
/// trait.
public enum TemporaryFolderError: Error, CustomStringConvertible {
    /// ``TemporaryFolder/make(_:)`` was asked for a folder with this label.
    case outsideAScope(String)

    /// What to add so that the folder can be made.
    public var description: String {
        switch self {
        case .outsideAScope(let label):
            "TemporaryFolder.make(\"\(label)\") needs the .temporaryFolders trait on its test "
                + "or suite"
        }
    }
}

/// Gives each test case a folder of its own in the temporary directory, in which
/// ``TemporaryFolder/make(_:)`` makes folders, and removes it with all it holds when the test
/// case ends.
public struct TemporaryFolders: TestTrait, SuiteTrait, TestScoping {
    /// The trait; `.temporaryFolders` in a `@Suite` or `@Test` says the same.
    public init() {}

    /// On a suite, the trait applies to every test in it.
    public var isRecursive: Bool { true }

    /// The scope of each test case, none for a suite or for a test function as a whole: a
    /// case's folders go when the case ends.
    public func scopeProvider(for test: Test, testCase: Test.Case?) -> Self? {
        testCase == nil ? nil : self
    }

    /// Runs the test case with a new folder as ``TemporaryFolder/root``, then removes it.
    public func provideScope(
        for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void
    ) async throws {
        try await withTemporaryFolder { root in
            try await TemporaryFolder.$root.withValue(root) { try await function() }
        }
    }
}

extension Trait where Self == TemporaryFolders {
    /// Each test case's own folders, removed when it ends (``TemporaryFolders``).
    public static var temporaryFolders: Self { TemporaryFolders() }
}
