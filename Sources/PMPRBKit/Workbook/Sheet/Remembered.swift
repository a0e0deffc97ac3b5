import PMPRBPlatform

#if canImport(FoundationEssentials)
    import Synchronization
#endif

/// The last value of a kind that reading a workbook derived, shared by the threads of a batch:
/// the next workbook whose bytes are the same takes it rather than deriving it again
/// (``WorkbookPackage/Opening``, ``SheetHeader/Known``).
final class Remembered<Value: Sendable>: Sendable {
    init() {}

    #if canImport(FoundationEssentials)
        private let last = Mutex<Value?>(nil)

        var value: Value? {
            get { last.withLock { $0 } }
            set { last.withLock { $0 = newValue } }
        }
    #else
        private nonisolated(unsafe) var last: Value?
        private let lock = NSLock()

        var value: Value? {
            get { lock.withLock { last } }
            set { lock.withLock { last = newValue } }
        }
    #endif
}
