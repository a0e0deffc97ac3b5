import Foundation

/// The package's own folder, for the tests that read its files (`worksheets/`, `Sources/`).
public enum PackageFolder {
    /// The folder that holds `Package.swift`.
    public static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
}
