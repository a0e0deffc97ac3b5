import PMPRBPlatform

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The width that text reports are fitted to when they go to standard output: the `COLUMNS`
/// environment variable when it holds a number of at least 40, else the width of the terminal
/// standard output is, else none (a pipe or a file gets lines of any length).
///
/// The process's entry point measures it once and binds it to ``measured`` for the run, so that
/// a command run inside the tests (whose output is collected, not shown) has none.
enum TerminalWidth {
    /// The width measured for this run, or `nil`.
    @TaskLocal static var measured: Int?

    static func current(
        environment: [String: String] = ProcessEnvironment.variables(["COLUMNS"])
    ) -> Int? {
        if let text = environment["COLUMNS"], let columns = Int(text), columns >= 40 {
            return columns
        }
        guard isatty(STDOUT_FILENO) != 0 else { return nil }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col >= 40 else {
            return nil
        }
        return Int(size.ws_col)
    }

    /// The width for a report written to `output`: none when it goes to a file.
    static func forOutput(_ output: String?) -> Int? {
        output == nil || output == "-" ? measured : nil
    }
}
