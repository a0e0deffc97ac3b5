import Foundation

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
