import Foundation

@testable import PMPRBKit

/// Rewrites parts of a workbook, for tests that need a file edited as a person or another
/// program would edit it.
enum WorkbookPackageEditing {
    /// The workbook with each part passed through `edit` (text in, text out), and parts added.
    static func edited(
        _ data: Data, adding extra: [(String, String)] = [], _ edit: (String, String) -> String = { $1 }
    ) throws -> Data {
        let archive = try ZIPArchive([UInt8](data))
        var writer = ZIPWriter()
        var total = 0
        for name in archive.names {
            let bytes = try archive.contents(of: name, total: &total) ?? []
            writer.add(name, Array(edit(name, String(decoding: bytes, as: UTF8.self)).utf8))
        }
        for (name, text) in extra { writer.add(name, Array(text.utf8)) }
        return Data(writer.finished())
    }

    /// The text of one part.
    static func part(_ data: Data, _ name: String) throws -> String {
        var total = 0
        let bytes = try ZIPArchive([UInt8](data)).contents(of: name, total: &total) ?? []
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The sheet with one cell's XML element replaced.
    static func replacingCell(_ sheet: String, _ reference: String, with element: String) -> String {
        guard let start = sheet.range(of: "<c r=\"\(reference)\"") else { return sheet }
        let rest = sheet[start.lowerBound...]
        let selfClosing = rest.range(of: "/>")
        let closing = rest.range(of: "</c>")
        let end: String.Index
        if let selfClosing, closing.map({ selfClosing.lowerBound < $0.lowerBound }) ?? true,
            !rest[..<selfClosing.lowerBound].contains(">")
        {
            end = selfClosing.upperBound
        } else if let closing {
            end = closing.upperBound
        } else {
            return sheet
        }
        return sheet.replacingCharacters(in: start.lowerBound..<end, with: element)
    }
}
