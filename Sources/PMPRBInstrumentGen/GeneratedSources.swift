import Foundation

/// Why the generator cannot produce the sources.
struct GeneratorError: Error, CustomStringConvertible {
    /// What is wrong, with the file it is in.
    var description: String
}

/// Every file the generator writes, computed from the instrument folder: one embedded source per
/// `*.csv` file of the folder, and the registry.
///
/// The order of the ids is the order of the folder's `urutan.txt` (one id a line; blank lines and
/// lines starting with `#` are ignored), followed by any instrument it does not list, sorted by
/// id. Nothing depends on the clock, the locale or the order of directory entries, so the output
/// is the same bytes on every run.
struct GeneratedSources {
    /// The instrument folder (`worksheets/instrumen`).
    var input: URL
    /// The folder the sources are written to (the build plugin's work directory).
    var output: URL

    /// The order file's name, inside the instrument folder.
    static let orderFileName = "urutan.txt"

    /// The instruments in the declared order.
    func instruments() throws -> [EmbeddedInstrument] {
        let names = try FileManager.default.contentsOfDirectory(atPath: input.path)
            .filter { $0.hasSuffix(".csv") }.sorted()
        var byID: [String: EmbeddedInstrument] = [:]
        for name in names {
            let path = input.appendingPathComponent(name).path
            guard let id = EmbeddedInstrument.id(ofFile: name) else {
                throw GeneratorError(
                    description: "\(path): an instrument file is named after its id: lower-case "
                        + "letters, digits and hyphens, then '.csv'")
            }
            let text = try String(contentsOfFile: path, encoding: .utf8)
            if text.contains("\r") {
                throw GeneratorError(
                    description: "\(path): lines end with CR; save the file with LF line endings "
                        + "so that the embedded text equals the file")
            }
            byID[id] = EmbeddedInstrument(id: id, csv: text)
        }
        let declared = try declaredOrder()
        for id in declared where byID[id] == nil {
            throw GeneratorError(
                description: "\(orderFile.path): '\(id)' has no file \(id).csv beside it")
        }
        let rest = byID.keys.filter { !declared.contains($0) }.sorted()
        return (declared + rest).compactMap { byID[$0] }
    }

    /// The order file.
    var orderFile: URL { input.appendingPathComponent(Self.orderFileName) }

    /// The ids the order file lists, in order.
    func declaredOrder() throws -> [String] {
        guard FileManager.default.fileExists(atPath: orderFile.path) else { return [] }
        let lines = try String(contentsOf: orderFile, encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        var ids: [String] = []
        for (offset, line) in lines.enumerated() where !line.isEmpty && !line.hasPrefix("#") {
            if ids.contains(line) {
                throw GeneratorError(
                    description: "\(orderFile.path):\(offset + 1): '\(line)' is listed twice")
            }
            ids.append(line)
        }
        return ids
    }

    /// Every generated file, by name inside the output folder, with its content.
    func files() throws -> [(name: String, content: String)] {
        let instruments = try instruments()
        return instruments.map { ($0.fileName, $0.source) }
            + [(Registry.fileName, Registry(instruments: instruments).source)]
    }

    /// Writes every file that differs, so that an unchanged instrument is not compiled again,
    /// and removes the generated files no instrument produces any more.
    ///
    /// - Returns: What was done, one line a file (`wrote NAME`, `removed NAME`).
    func write() throws -> [String] {
        let files = try files()
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        var touched: [String] = []
        for file in files {
            let url = output.appendingPathComponent(file.name)
            guard (try? String(contentsOf: url, encoding: .utf8)) != file.content else { continue }
            try file.content.write(to: url, atomically: true, encoding: .utf8)
            touched.append("wrote " + file.name)
        }
        let names = files.map(\.name)
        let stale = try FileManager.default.contentsOfDirectory(atPath: output.path)
            .filter { $0.hasSuffix(".generated.swift") && !names.contains($0) }.sorted()
        for name in stale {
            try FileManager.default.removeItem(at: output.appendingPathComponent(name))
            touched.append("removed " + name)
        }
        return touched
    }
}
