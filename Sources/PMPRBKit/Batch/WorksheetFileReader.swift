import PMPRBPlatform

/// How one worker reads many worksheet files: into one buffer reused for every file, with the
/// folder of the last file kept open, so that a file that its folder's listing gave as a
/// regular file is opened by its name in that folder (`openat`): the kernel then looks up one
/// name rather than every folder of the path, for each of 20,000 files.
///
/// Used by one thread at a time. Everything else is read as
/// ``WorksheetFileList/read(regularFile:listedAsRegular:into:)`` reads it, and a file that
/// cannot be read this way is left to the caller's usual reader, which says why.
public final class WorksheetFileReader {
    /// The bytes of the file last read.
    public private(set) var buffer: [UInt8] = []
    /// The folder of the last file opened by name, with its final `/`.
    private var folder = ""
    /// The folder, open; -1 when it is not.
    private var folderDescriptor: Int32 = -1

    public init() {}

    deinit {
        if folderDescriptor >= 0 { close(folderDescriptor) }
    }

    /// Reads a regular file into ``buffer``; `false` when the path is not a regular file or
    /// cannot be read (as ``WorksheetFileList/read(regularFile:listedAsRegular:into:)``).
    public func read(regularFile path: String, listedAsRegular: Bool) -> Bool {
        let utf8 = path.utf8
        guard listedAsRegular, let slash = utf8.lastIndex(of: UInt8(ascii: "/")) else {
            return WorksheetFileList.read(
                regularFile: path, listedAsRegular: listedAsRegular, into: &buffer)
        }
        let nameStart = utf8.distance(from: utf8.startIndex, to: slash) + 1
        if folder.utf8.count != nameStart || !utf8.starts(with: folder.utf8) {
            if folderDescriptor >= 0 { close(folderDescriptor) }
            folder = String(path[...slash])
            folderDescriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        }
        guard folderDescriptor >= 0 else {
            return WorksheetFileList.read(
                regularFile: path, listedAsRegular: listedAsRegular, into: &buffer)
        }
        // Non-blocking, as a path is opened (a named pipe is left to the usual reader).
        let descriptor = path.withCString {
            openat(folderDescriptor, $0 + nameStart, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        }
        return WorksheetFileList.read(opened: descriptor, into: &buffer)
    }
}
