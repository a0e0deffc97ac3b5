import Foundation

// `swift build` builds this target as well as `swift test`; a build whose toolchain offers no
// Testing module (`swift build -c release --static-swift-stdlib`, the README's build for
// machines without Swift) leaves the trait out, and nothing outside the tests uses it.
#if canImport(Testing)
import Testing

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
#endif
