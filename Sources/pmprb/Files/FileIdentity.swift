import PMPRBPlatform


/// What a path names on disk: the device and inode that `stat` reports, following symbolic
/// links. Two paths name the same file exactly when their identities are equal, whatever their
/// spelling (`./a/../x.csv`), a symbolic link or a hard link between them.
struct FileIdentity: Hashable {
    var device: UInt64
    var inode: UInt64
    /// The kind of file: `S_IFREG`, `S_IFDIR`, `S_IFIFO`, `S_IFCHR`, …
    var kind: UInt32

    /// The identity of the file a path names, following links, or `nil` when there is none.
    init?(path: String) {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        self.init(status)
    }

    /// The identity of an open file.
    init?(descriptor: Int32) {
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return nil }
        self.init(status)
    }

    private init(_ status: stat) {
        device = UInt64(status.st_dev)
        inode = UInt64(status.st_ino)
        kind = UInt32(status.st_mode) & UInt32(S_IFMT)
    }

    var isRegularFile: Bool { kind == UInt32(S_IFREG) }
    var isDirectory: Bool { kind == UInt32(S_IFDIR) }

    /// Whether a path is itself a symbolic link (not followed).
    static func isSymbolicLink(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0
            && UInt32(status.st_mode) & UInt32(S_IFMT) == UInt32(S_IFLNK)
    }

    /// Whether anything, even a dangling link, is at a path.
    static func exists(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0
    }
}
