import PMPRBPlatform
import PMPRBKit

/// What a command reads and writes: the streams are collected, so that tests can check stdout,
/// stderr and the exit code separately, and files are read and written here only.
struct CommandIO {
    /// Everything written to standard output.
    var standardOutput = ""
    /// Everything written to standard error.
    var standardError = ""
    /// The language of messages and diagnostics.
    var language: ReportLanguage = .id
    /// The bytes of the inputs that are streams (`-`, pipes, FIFOs), read once by
    /// ``readStreams(_:)``: a stream cannot be read a second time.
    private(set) var streams: [String: Data] = [:]

    mutating func print(_ text: String) { standardOutput += text }

    mutating func report(_ diagnostic: Diagnostic) {
        standardError += diagnostic.rendered(in: language) + "\n"
    }

    /// Reads a file, or standard input for `-`, as ``InputFile`` reads it: streams too, and
    /// never more than the size limit of a worksheet.
    func read(_ path: String) throws(CommandFailure) -> Data {
        if let data = streams[path] { return data }
        return try InputFile.read(path)
    }

    /// Reads every input among `paths` that is a stream rather than a file (standard input, a
    /// pipe, a FIFO, process substitution), so that a command that looks at its inputs twice
    /// (for the instrument, then for the answers) gets the same bytes both times.
    mutating func readStreams(_ paths: [String]) throws(CommandFailure) {
        for path in paths where streams[path] == nil {
            let identity = path == "-" ? nil : FileIdentity(path: path)
            guard path == "-" || identity.map({ !$0.isRegularFile && !$0.isDirectory }) == true
            else { continue }
            streams[path] = try InputFile.read(path)
        }
    }

    /// Writes a result as ``OutputFile`` writes it (a regular file atomically, a device or FIFO
    /// through, a directory refused), or to standard output when no path is given. A failed
    /// write leaves an existing file untouched.
    mutating func emit(_ text: String, to path: String?) throws(CommandFailure) {
        guard let path, path != "-" else {
            print(text)
            return
        }
        try OutputFile.write(Data(text.utf8), to: path)
    }
}

extension CommandIO {
    /// Writes bytes, such as a workbook, to a file atomically; see ``emit(_:to:)-(String,_)``.
    mutating func emit(_ data: Data, to path: String?) throws(CommandFailure) {
        guard let path, path != "-" else {
            throw CommandFailure(.cannotWrite, .binaryNeedsOutput(example: "lke.xlsx"))
        }
        try OutputFile.write(data, to: path)
    }
}

