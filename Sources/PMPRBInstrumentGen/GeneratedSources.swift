import Foundation

/// Why the generator cannot produce the sources.
struct GeneratorError: Error, CustomStringConvertible {
    /// What is wrong, with the file it is in.
    var description: String
}

/// Every file the generator writes, computed from the instrument folder: one embedded source per
/// `worksheets/instrumen/*.csv`, and the registry.
///
/// The order of the ids is the order of `worksheets/instrumen/urutan.txt` (one id a line; blank
/// lines and lines starting with `#` are ignored), followed by any instrument it does not list,
/// sorted by id. Nothing depends on the clock, the locale or the order of directory entries, so
/// the output is the same bytes on every run.
struct GeneratedSources {
    /// The package's root directory.
    var root: URL

    /// The folder of the instrument files, relative to the root.
    static let instrumentFolder = "worksheets/instrumen"
    /// The order file, relative to the root.
    static let orderFile = "worksheets/instrumen/urutan.txt"
    /// The folder of the generated sources, relative to the root.
    static let outputFolder = "Sources/PMPRBKit/Instruments"

    /// The instruments in the declared order.
    func instruments() throws -> [EmbeddedInstrument] {
        let folder = root.appendingPathComponent(Self.instrumentFolder)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".csv") }.sorted()
        var byID: [String: EmbeddedInstrument] = [:]
        for name in names {
            guard let id = EmbeddedInstrument.id(ofFile: name) else {
                throw GeneratorError(
                    description: "\(Self.instrumentFolder)/\(name): an instrument file is named "
                        + "after its id: lower-case letters, digits and hyphens, then '.csv'")
            }
            let text = try String(
                contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            if text.contains("\r") {
                throw GeneratorError(
                    description: "\(Self.instrumentFolder)/\(name): lines end with CR; save the "
                        + "file with LF line endings so that the embedded text equals the file")
            }
            byID[id] = EmbeddedInstrument(id: id, csv: text)
        }
        let declared = try declaredOrder()
        for id in declared where byID[id] == nil {
            throw GeneratorError(
                description: "\(Self.orderFile): '\(id)' has no file \(Self.instrumentFolder)/"
                    + "\(id).csv")
        }
        let rest = byID.keys.filter { !declared.contains($0) }.sorted()
        return (declared + rest).compactMap { byID[$0] }
    }

    /// The ids the order file lists, in order.
    func declaredOrder() throws -> [String] {
        let file = root.appendingPathComponent(Self.orderFile)
        guard FileManager.default.fileExists(atPath: file.path) else { return [] }
        let lines = try String(contentsOf: file, encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        var ids: [String] = []
        for (offset, line) in lines.enumerated() where !line.isEmpty && !line.hasPrefix("#") {
            if ids.contains(line) {
                throw GeneratorError(
                    description: "\(Self.orderFile):\(offset + 1): '\(line)' is listed twice")
            }
            ids.append(line)
        }
        return ids
    }

    /// Every generated file, by path relative to the root, with its content.
    func files() throws -> [(path: String, content: String)] {
        let instruments = try instruments()
        return instruments.map { ("\(Self.outputFolder)/\($0.fileName)", $0.source) }
            + [("\(Self.outputFolder)/\(Registry.fileName)", Registry(instruments: instruments).source)]
    }

    /// The generated files in the output folder that no instrument produces any more.
    func staleFiles(keeping paths: [String]) throws -> [String] {
        let folder = root.appendingPathComponent(Self.outputFolder)
        return try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".generated.swift") }.sorted()
            .map { "\(Self.outputFolder)/\($0)" }
            .filter { !paths.contains($0) }
    }

    /// The paths whose content on disk differs from what the generator writes, followed by the
    /// stale generated files; empty when everything is up to date.
    func drift() throws -> [String] {
        let files = try files()
        let changed = files.filter { file in
            let url = root.appendingPathComponent(file.path)
            return (try? String(contentsOf: url, encoding: .utf8)) != file.content
        }
        return changed.map(\.path) + (try staleFiles(keeping: files.map(\.path)))
    }

    /// Writes every file that differs and removes the stale ones.
    ///
    /// - Returns: What was done, one line a file (`wrote PATH`, `removed PATH`).
    func write() throws -> [String] {
        let files = try files()
        var touched: [String] = []
        for file in files {
            let url = root.appendingPathComponent(file.path)
            guard (try? String(contentsOf: url, encoding: .utf8)) != file.content else { continue }
            try file.content.write(to: url, atomically: true, encoding: .utf8)
            touched.append("wrote " + file.path)
        }
        for stale in try staleFiles(keeping: files.map(\.path)) {
            try FileManager.default.removeItem(at: root.appendingPathComponent(stale))
            touched.append("removed " + stale)
        }
        return touched
    }
}
