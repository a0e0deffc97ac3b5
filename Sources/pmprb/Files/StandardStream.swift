#if canImport(Glibc)
    import Glibc

    private let systemWrite = Glibc.write
#elseif canImport(Darwin)
    import Darwin

    private let systemWrite = Darwin.write
#endif

/// Writing to the process's standard output and standard error.
enum StandardStream {
    /// Writes all of `text` to a file descriptor, again after a signal interrupts a write; stops
    /// at the first other failure (a closed pipe, a full disk), as there is nowhere to report it.
    static func write(_ text: String, to descriptor: Int32) {
        var text = text
        text.withUTF8 { bytes in
            guard var base = bytes.baseAddress else { return }
            var remaining = bytes.count
            while remaining > 0 {
                let written = systemWrite(descriptor, base, remaining)
                if written < 0 && errno == EINTR { continue }
                guard written > 0 else { return }
                base += written
                remaining -= written
            }
        }
    }
}
