#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

#if canImport(Glibc)
    import Glibc
#endif

/// The worksheet files that command-line arguments name: files as given, and folders as every
/// `*.csv` and `*.xlsx` directly in them, sorted by name (sub-folders such as `instrumen/` are
/// not read). A file named twice, however spelled, is read once; `-` (standard input) is kept
/// every time.
public enum WorksheetFileList {
    /// Why the arguments name no worksheets to read; the caller reports it (exit code 66).
    public struct Failure: Error, Equatable {
        public var message: CommandMessage
    }

    /// The paths to read, in order.
    public static func expand(_ arguments: [String]) throws(Failure) -> [String] {
        var paths: [String] = []
        var seen: Set<String> = []
        for argument in arguments {
            #if canImport(FoundationEssentials)
                var isDirectory = false
            #else
                var isDirectory: ObjCBool = false
            #endif
            guard
                argument == "-"
                    || FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory)
            else {
                throw Failure(message: .cannotRead(argument, .noSuchFileOrFolder))
            }
            // Each path with its key; a folder's files share the folder's key, computed once
            // (a name from a folder's listing has no `/`, `.` or `..` to resolve).
            var found = [(path: argument, key: argument == "-" ? "-" : key(argument))]
            if Bool(isDirectory) {
                let names: [String]
                do {
                    names = try FileManager.default.contentsOfDirectory(atPath: argument)
                } catch {
                    throw Failure(message: .cannotReadFolder(argument))
                }
                let folder = argument.hasSuffix("/") ? argument : argument + "/"
                let base = key(folder)
                let folderKey = base.hasSuffix("/") ? base : base + "/"
                found = names.filter { isWorksheetName($0) && !$0.hasPrefix(".") }
                    .sorted()
                    .map { (path: folder + $0, key: folderKey + $0) }
                    // Sub-folders are left out; everything else is read, so that a dangling
                    // link or an unreadable file is refused by name rather than skipped.
                    .filter { !isFolder($0.path) }
                if found.isEmpty {
                    throw Failure(message: .folderHasNoWorksheets(argument))
                }
            }
            for (path, pathKey) in found {
                if path != "-" && !seen.insert(pathKey).inserted { continue }
                paths.append(path)
            }
        }
        return paths
    }

    /// Whether a file in a folder is read as a worksheet: `*.csv` or `*.xlsx`.
    public static func isWorksheetName(_ name: String) -> Bool {
        let lowered = name.lowercased()
        return lowered.hasSuffix(".csv") || lowered.hasSuffix(".xlsx")
    }

    /// A path made comparable: `./lke/a.csv` and `lke/a.csv` are the same file.
    public static func key(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }

    /// Whether a path names a folder, following links.
    private static func isFolder(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
    }

    /// Reads a regular file into `buffer`, replacing what it held and keeping its storage, so
    /// that a worker reading thousands of files allocates once; `false` when the path is not a
    /// regular file or cannot be read (the caller then reads it the usual way, which says why).
    /// `FileManager` takes several times as long per file.
    public static func read(regularFile path: String, into buffer: inout [UInt8]) -> Bool {
        // Anything but a regular file is never opened here: opening a FIFO, even without
        // blocking, would release its writer, and closing it again would lose what it writes.
        var named = stat()
        guard stat(path, &named) == 0, named.st_mode & S_IFMT == S_IFREG else { return false }
        // Non-blocking, so that a named pipe is left to the usual reader instead of waiting here.
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
            return false
        }
        let size = Int(status.st_size)
        if buffer.count != size {
            buffer.removeAll(keepingCapacity: true)
            buffer.append(contentsOf: repeatElement(0, count: size))
        }
        let complete = buffer.withUnsafeMutableBytes { bytes -> Bool in
            guard let base = bytes.baseAddress else { return true }
            var offset = 0
            while offset < bytes.count {
                let count = Glibc.read(descriptor, base + offset, bytes.count - offset)
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { return false }
                offset += count
            }
            return true
        }
        // A file that changed size since `fstat` is left to the usual reader.
        var extra: UInt8 = 0
        return complete && Glibc.read(descriptor, &extra, 1) == 0
    }
}
