import Foundation
import Testing

/// Compares text with a golden file under `Snapshots/`; `RECORD_SNAPSHOTS=1` rewrites it.
func assertSnapshot(
    _ text: String, named name: String, filePath: String = #filePath,
    sourceLocation: SourceLocation = #_sourceLocation
) throws {
    var folder = URL(fileURLWithPath: filePath).deletingLastPathComponent()
    while folder.lastPathComponent != "PMPRBKitTests" && folder.path != "/" {
        folder.deleteLastPathComponent()
    }
    let file = folder.appendingPathComponent("Snapshots").appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
        try text.write(to: file, atomically: true, encoding: .utf8)
    }
    let expected = try String(contentsOf: file, encoding: .utf8)
    #expect(text == expected, "\(name) differs from its snapshot", sourceLocation: sourceLocation)
}
