import Dispatch
import PMPRBPlatform
#if canImport(FoundationEssentials)
    import Synchronization
#endif

/// A map over `0..<count` run on several threads, whose results come back in index order.
enum OrderedConcurrentMap {
    /// Calls `transform` for every index of `0..<count`, `jobs` at a time, and returns the
    /// results in index order.
    ///
    /// Each worker takes the next index not yet taken, so a worker slowed by another process
    /// on the machine does not hold the others back. With one job, or one index, everything
    /// runs on the calling thread. The result never depends on the number of jobs or on
    /// scheduling: it is stored by index.
    static func map<Element: Sendable>(
        count: Int, jobs: Int, _ transform: @Sendable (Int) -> Element
    ) -> [Element] {
        map(count: count, jobs: jobs, state: {}) { _, index in transform(index) }
    }

    /// ``map(count:jobs:_:)`` where each worker keeps a state of its own between the indices
    /// it maps, such as a buffer to reuse; the results must not depend on it.
    static func map<State, Element: Sendable>(
        count: Int, jobs: Int, state makeState: @Sendable () -> State,
        _ transform: @Sendable (inout State, Int) -> Element
    ) -> [Element] {
        let workers = min(max(1, jobs), count)
        guard workers > 1 else {
            var state = makeState()
            return (0..<count).map { transform(&state, $0) }
        }
        let slots = Slots<Element>(count: count)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            var state = makeState()
            while let index = slots.nextIndex() {
                slots.store(transform(&state, index), at: index)
            }
        }
        return slots.values()
    }

    /// Storage for results written from several threads, one slot per index, and the count of
    /// indices handed out.
    ///
    /// It is `@unchecked Sendable` because the compiler cannot see what makes it safe: the
    /// next index is handed out under a lock, so every slot is written by exactly one worker;
    /// and nothing is read until `concurrentPerform` has returned, which orders every write
    /// before the reads.
    private final class Slots<Value>: @unchecked Sendable {
        private let buffer: UnsafeMutableBufferPointer<Value?>
        #if canImport(FoundationEssentials)
            private let handedOut = Mutex(0)
        #else
            private let lock = NSLock()
            private var count = 0
        #endif

        init(count: Int) {
            buffer = .allocate(capacity: count)
            buffer.initialize(repeating: nil)
        }

        deinit {
            buffer.deinitialize()
            buffer.deallocate()
        }

        /// The next index to map, or `nil` when every index has been handed out.
        func nextIndex() -> Int? {
            #if canImport(FoundationEssentials)
                handedOut.withLock { handedOut in
                    guard handedOut < buffer.count else { return nil }
                    handedOut += 1
                    return handedOut - 1
                }
            #else
                lock.lock()
                defer { lock.unlock() }
                guard count < buffer.count else { return nil }
                count += 1
                return count - 1
            #endif
        }

        func store(_ value: Value, at index: Int) {
            buffer[index] = value
        }

        func values() -> [Value] {
            buffer.map { value in
                guard let value else { preconditionFailure("every index was mapped") }
                return value
            }
        }
    }
}
