import PMPRBPlatform
import PMPRBKit


/// Reads an input whole, whatever it is: a regular file, standard input (`-`), a pipe, a FIFO,
/// process substitution (`<(…)`) or `/dev/stdin`, never more than a limit.
///
/// A regular file larger than the limit is refused unread; a stream is read until its end or
/// until it has given more than the limit, and then refused, so that `yes | pmprb score -`
/// stops instead of filling memory.
enum InputFile {
    /// The largest input read: that of a worksheet.
    static let byteLimit = CSVReader.defaultByteLimit

    /// Reads `path`, or standard input for `-`.
    ///
    /// - Throws: ``CommandFailure`` with exit code 66 when the input is missing, a directory,
    ///   a dangling link or unreadable; 65 when it holds more than `limit` bytes.
    static func read(_ path: String, limit: Int = byteLimit) throws(CommandFailure) -> Data {
        let descriptor: Int32
        if path == "-" {
            descriptor = STDIN_FILENO
        } else {
            descriptor = open(path, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else { throw openFailure(path, errno: errno) }
        }
        defer { if descriptor != STDIN_FILENO { close(descriptor) } }
        guard let identity = FileIdentity(descriptor: descriptor) else {
            throw CommandFailure(.noInput, .cannotRead(path, .unreadable))
        }
        if identity.isDirectory {
            throw CommandFailure(.noInput, .cannotRead(path, .isDirectory))
        }
        if identity.isRegularFile {
            var status = stat()
            if fstat(descriptor, &status) == 0, Int(status.st_size) > limit {
                throw CommandFailure(
                    .dataError, .cannotRead(path, .tooLarge(limitMB: limit / (1024 * 1024), stream: false)))
            }
        }
        return try readStream(descriptor, path: path, limit: limit)
    }

    /// Reads a descriptor to its end, refusing more than `limit` bytes.
    private static func readStream(
        _ descriptor: Int32, path: String, limit: Int
    ) throws(CommandFailure) -> Data {
        var data = Data()
        let chunk = 64 * 1024
        var buffer = [UInt8](repeating: 0, count: chunk)
        while true {
            let count = buffer.withUnsafeMutableBytes {
                readBytes(descriptor, $0.baseAddress, chunk)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw CommandFailure(
                    .noInput, .cannotRead(path, .system(String(cString: strerror(errno)))))
            }
            if count == 0 { return data }
            data.append(contentsOf: buffer[..<count])
            if data.count > limit {
                throw CommandFailure(
                    .dataError, .cannotRead(path, .tooLarge(limitMB: limit / (1024 * 1024), stream: true)))
            }
        }
    }

    /// Why `open` failed, in the words users expect.
    private static func openFailure(_ path: String, errno code: Int32) -> CommandFailure {
        switch code {
        case ENOENT:
            if FileIdentity.isSymbolicLink(path) {
                let target = try? FileManager.default.destinationOfSymbolicLink(atPath: path)
                return CommandFailure(.noInput, .cannotRead(path, .danglingLink(target: target)))
            }
            return CommandFailure(.noInput, .cannotRead(path, .noSuchFile))
        case EACCES, EPERM:
            return CommandFailure(.noInput, .cannotRead(path, .unreadable))
        default:
            return CommandFailure(
                .noInput, .cannotRead(path, .system(String(cString: strerror(code)))))
        }
    }
}

/// C's `read`, which the `read` methods of this module hide.
func readBytes(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
