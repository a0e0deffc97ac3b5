import PMPRBPlatform
#if canImport(FoundationEssentials)
    import Synchronization
#endif

/// What a command's last run leaves for the process's exit to give back.
///
/// `compare` of 20,000 worksheets holds 20,000 summaries and the comparison's copies of them;
/// freeing them one by one when the command returns took a few percent of a run, on the main
/// thread alone and before the output is written, while the process gives all of its memory
/// back at once when it exits right after. The value of the last run is kept (a run in the tests
/// frees the one before it), so that memory never holds more than one run's.
final class KeptUntilExit: Sendable {
    /// The one the commands use.
    static let process = KeptUntilExit()

    #if canImport(FoundationEssentials)
        private let last = Mutex<(any Sendable)?>(nil)
    #else
        private nonisolated(unsafe) var last: (any Sendable)?
        private let lock = NSLock()
    #endif

    /// Keeps `value` until the next call, or the process's exit.
    func keep(_ value: some Sendable) {
        #if canImport(FoundationEssentials)
            let earlier = last.withLock { last in
                let earlier = last
                last = value
                return earlier
            }
        #else
            lock.lock()
            let earlier = last
            last = value
            lock.unlock()
        #endif
        // The value kept before is freed here, outside the lock.
        _ = earlier
    }
}
