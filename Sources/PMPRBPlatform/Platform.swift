// The one place that chooses the Foundation the package links (decision 0044): on Linux only
// `FoundationEssentials`, so that `pmprb` loads neither the full Foundation nor ICU; elsewhere
// `Foundation`. With them the C library, for `memchr`, `memcmp`, `opendir` and `write`.
// Every source file of PMPRBKit and pmprb imports this module instead of choosing for itself.

#if canImport(FoundationEssentials)
    @_exported import FoundationEssentials
#else
    @_exported import Foundation
#endif
#if canImport(Glibc)
    @_exported import Glibc
#endif

extension FileManager {
    /// Whether something exists at `path` and is a folder: `nil` when nothing is there,
    /// `true` for a folder (or a link to one), `false` for anything else.
    public func isFolder(atPath path: String) -> Bool? {
        #if canImport(FoundationEssentials)
            var isDirectory = false
        #else
            var isDirectory: ObjCBool = false
        #endif
        guard fileExists(atPath: path, isDirectory: &isDirectory) else { return nil }
        return Bool(isDirectory)
    }
}
