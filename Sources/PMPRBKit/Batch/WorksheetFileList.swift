import PMPRBPlatform


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
        try listed(arguments).map(\.path)
    }

    /// ``expand(_:)`` with whether each path is a regular file as its folder's listing tells
    /// without a `stat` (`false` when it does not tell, and for a path given as an argument).
    public static func listed(
        _ arguments: [String]
    ) throws(Failure) -> [(path: String, isRegularFile: Bool)] {
        var paths: [(path: String, isRegularFile: Bool)] = []
        var seen: Set<String> = []
        for argument in arguments {
            let argumentIsFolder =
                argument == "-" ? false : FileManager.default.isFolder(atPath: argument)
            guard let argumentIsFolder else {
                throw Failure(message: .cannotRead(argument, .noSuchFileOrFolder))
            }
            // Each path with its key; a folder's files share the folder's key, computed once
            // (a name from a folder's listing has no `/`, `.` or `..` to resolve).
            var found = [
                (path: argument, key: argument == "-" ? "-" : key(argument), isRegularFile: false)
            ]
            if argumentIsFolder {
                let entries = try listing(argument)
                let folder = argument.hasSuffix("/") ? argument : argument + "/"
                let base = key(folder)
                let folderKey = base.hasSuffix("/") ? base : base + "/"
                found = entries.filter { isWorksheetName($0.name) && !$0.name.hasPrefix(".") }
                    .sorted { $0.name < $1.name }
                    // Sub-folders are left out; everything else is read, so that a dangling
                    // link or an unreadable file is refused by name rather than skipped.
                    .filter { !($0.isFolder ?? isFolder(folder + $0.name)) }
                    .map {
                        (
                            path: folder + $0.name, key: folderKey + $0.name,
                            isRegularFile: $0.isFolder == false
                        )
                    }
                if found.isEmpty {
                    throw Failure(message: .folderHasNoWorksheets(argument))
                }
            }
            for (path, pathKey, isRegularFile) in found {
                if path != "-" && !seen.insert(pathKey).inserted { continue }
                paths.append((path, isRegularFile))
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

    /// The names in a folder, each with whether it is a folder when the listing says so
    /// without a `stat` (`nil` for a link or an entry of unknown type; `false` only for a
    /// regular file): 20,000 `stat`s of a large folder take longer than reading its listing.
    private static func listing(
        _ folder: String
    ) throws(Failure) -> [(name: String, isFolder: Bool?)] {
        if let stream = opendir(folder) {
            defer { closedir(stream) }
            var entries: [(name: String, isFolder: Bool?)] = []
            var complete = true
            errno = 0
            while let entry = readdir(stream) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(validatingCString: raw.baseAddress!.assumingMemoryBound(to: CChar.self))
                }
                // A name that is not UTF-8 is left to `FileManager`, which decides its spelling.
                guard let name else {
                    complete = false
                    break
                }
                if name == "." || name == ".." { continue }
                let type = Int(entry.pointee.d_type)
                entries.append(
                    (name, type == Int(DT_DIR) ? true : type == Int(DT_REG) ? false : nil))
            }
            // A listing that failed part way is left to `FileManager` too, which says so.
            if complete && errno == 0 { return entries }
        }
        do {
            return try FileManager.default.contentsOfDirectory(atPath: folder).map { ($0, nil) }
        } catch {
            throw Failure(message: .cannotReadFolder(folder))
        }
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
    ///
    /// With `listedAsRegular` (the folder's listing said the name is a regular file) the path is
    /// not `stat`ed first; the open file is still checked with `fstat`. The file is read with
    /// its size known, until a read returns less than was asked: `open`, `fstat`, one `read` and
    /// `close` for a worksheet.
    public static func read(
        regularFile path: String, listedAsRegular: Bool = false, into buffer: inout [UInt8]
    ) -> Bool {
        // Anything but a regular file is never opened here: opening a FIFO, even without
        // blocking, would release its writer, and closing it again would lose what it writes.
        // A name the listing gave as a regular file is not asked again.
        if !listedAsRegular {
            var named = stat()
            guard stat(path, &named) == 0, named.st_mode & S_IFMT == S_IFREG else { return false }
        }
        // Non-blocking, so that a named pipe is left to the usual reader instead of waiting here.
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        return read(opened: descriptor, into: &buffer)
    }

    /// Reads the file open on `descriptor` into `buffer` and closes it; `false` when it is not
    /// a regular file, cannot be read, or changed size while read (or `descriptor` is -1).
    static func read(opened descriptor: Int32, into buffer: inout [UInt8]) -> Bool {
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
            return false
        }
        let size = Int(status.st_size)
        // One byte more than the size, so that a file grown since `fstat` shows itself in the
        // same read that reaches the end. The read overwrites the bytes: only the count is
        // set, and the bytes the last file left are not filled with zeros again.
        let wanted = size + 1
        if buffer.count > wanted {
            buffer.removeLast(buffer.count - wanted)
        } else if buffer.count < wanted {
            // Storage too small is replaced rather than grown: its bytes need no copy.
            if buffer.capacity < wanted { buffer.removeAll() }
            buffer.append(contentsOf: repeatElement(0, count: wanted - buffer.count))
        }
        let length = buffer.withUnsafeMutableBytes { bytes -> Int? in
            let base = bytes.baseAddress!
            var offset = 0
            while offset < bytes.count {
                let asked = bytes.count - offset
                let count = Glibc.read(descriptor, base + offset, asked)
                if count < 0 && errno == EINTR { continue }
                guard count >= 0 else { return nil }
                offset += count
                // A regular file reads short only at its end.
                if count < asked { break }
            }
            return offset
        }
        // A file that changed size since `fstat` is left to the usual reader.
        guard length == size else {
            buffer.removeAll(keepingCapacity: true)
            return false
        }
        buffer.removeLast()
        return true
    }
}
