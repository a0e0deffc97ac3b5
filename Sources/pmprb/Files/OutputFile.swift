import PMPRBPlatform
import PMPRBKit


/// Writes a result to a path without ever leaving a half-written file or replacing what is not
/// a regular file.
///
/// - A regular file (or a new one) is replaced atomically: the text goes to a temporary file in
///   the same folder, which is then renamed over it; an existing file's permissions are kept.
/// - A symbolic link keeps being a link: the file it points to is replaced atomically.
/// - A device, FIFO or socket (`/dev/null`, a named pipe) is written through, never replaced by
///   a regular file.
/// - `/dev/stdout`, `/dev/stderr`, `/dev/fd/N` and `/proc/self/fd/N` are written to the open
///   descriptor itself, so that whatever it is (a terminal, a pipe, a file the shell opened to
///   append) is written as the shell set it up.
/// - A directory is refused.
enum OutputFile {
    /// Writes `data` to `path`.
    ///
    /// - Throws: ``CommandFailure`` with exit code 73 for a directory, 74 when writing fails.
    static func write(_ data: Data, to path: String) throws(CommandFailure) {
        if let descriptor = openDescriptor(named: path) {
            return try writeAll(data, to: descriptor, path: path)
        }
        let target = try resolvingLinks(path)
        if let identity = FileIdentity(path: target) {
            if identity.isDirectory {
                throw CommandFailure(.cannotCreate, .outputIsDirectory(path))
            }
            if !identity.isRegularFile {
                return try writeThrough(data, to: path)
            }
        }
        try replaceAtomically(target, with: data, named: path)
    }

    /// The descriptor a path names directly: 1 for `/dev/stdout`, 2 for `/dev/stderr`, N for
    /// `/dev/fd/N` and `/proc/self/fd/N`, when it is open.
    static func openDescriptor(named path: String) -> Int32? {
        let number: Int32?
        switch path {
        case "/dev/stdout": number = STDOUT_FILENO
        case "/dev/stderr": number = STDERR_FILENO
        default:
            let prefixes = ["/dev/fd/", "/proc/self/fd/"]
            guard let prefix = prefixes.first(where: path.hasPrefix) else { return nil }
            number = Int32(path.dropFirst(prefix.count))
        }
        guard let number, number >= 0, fcntl(number, F_GETFD) != -1 else { return nil }
        return number
    }

    /// The path a chain of symbolic links ends at, which need not exist yet.
    static func resolvingLinks(_ path: String) throws(CommandFailure) -> String {
        var current = path
        for _ in 0..<32 {
            guard FileIdentity.isSymbolicLink(current) else { return current }
            guard
                let destination = try? FileManager.default.destinationOfSymbolicLink(
                    atPath: current)
            else { return current }
            current =
                destination.hasPrefix("/")
                ? destination
                : PathText.appending(
                    destination, to: PathText.deletingLastComponent(of: current))
        }
        throw CommandFailure(.cannotWrite, .cannotWriteThroughLinks(path))
    }

    /// Writes into an existing non-regular file (a device or a FIFO) as it is.
    private static func writeThrough(_ data: Data, to path: String) throws(CommandFailure) {
        let descriptor = open(path, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure(path, errno) }
        defer { close(descriptor) }
        try writeAll(data, to: descriptor, path: path)
    }

    /// Writes a temporary file beside `target` and renames it over `target`.
    private static func replaceAtomically(
        _ target: String, with data: Data, named path: String
    ) throws(CommandFailure) {
        let folder = PathText.deletingLastComponent(of: target)
        let name = PathText.lastComponent(of: target)
        let temporary = PathText.appending(
            ".\(name).pmprb-\(UInt32.random(in: .min ... .max))", to: folder.isEmpty ? "." : folder)
        var status = stat()
        let existingMode = stat(target, &status) == 0 ? mode_t(status.st_mode) & 0o7777 : nil
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw failure(path, errno) }
        var closed = false
        defer {
            if !closed { close(descriptor) }
        }
        do throws(CommandFailure) {
            if let existingMode { fchmod(descriptor, existingMode) }
            try writeAll(data, to: descriptor, path: path)
            closed = true
            guard close(descriptor) == 0 else { throw failure(path, errno) }
            guard rename(temporary, target) == 0 else { throw failure(path, errno) }
        } catch {
            unlink(temporary)
            throw error
        }
    }

    private static func writeAll(
        _ data: Data, to descriptor: Int32, path: String
    ) throws(CommandFailure) {
        let failed: Int32? = data.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return nil }
            var offset = 0
            while offset < buffer.count {
                let count = Glibc.write(descriptor, base + offset, buffer.count - offset)
                if count < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += count
            }
            return nil
        }
        if let failed { throw failure(path, failed) }
    }

    private static func failure(_ path: String, _ code: Int32) -> CommandFailure {
        CommandFailure(.cannotWrite, .cannotWrite(path, reason: String(cString: strerror(code))))
    }
}
