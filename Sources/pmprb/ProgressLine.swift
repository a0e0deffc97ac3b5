import PMPRBPlatform

/// A progress line on standard error, drawn only when standard error is a terminal and the
/// run has lasted longer than a moment; it is erased when the run ends.
struct ProgressLine {
    var isEnabled: Bool
    /// How long a run lasts before the line is first drawn.
    var delay: Duration = .seconds(1)
    /// The least time between two drawings.
    var interval: Duration = .milliseconds(100)
    var clock: () -> ContinuousClock.Instant = { ContinuousClock.now }
    var write: (String) -> Void
    // The drawing state, changed only by `update` and `finish`; the memberwise initialiser
    // (with the defaults above) makes a line that has not started.
    private(set) var start: ContinuousClock.Instant?
    private(set) var lastDrawn: ContinuousClock.Instant?
    private(set) var hasDrawn = false

    /// A progress line for the real standard error.
    static func standardError() -> ProgressLine {
        ProgressLine(isEnabled: isatty(STDERR_FILENO) == 1) {
            StandardStream.write($0, to: STDERR_FILENO)
        }
    }

    /// A progress line that never draws.
    static var disabled: ProgressLine { ProgressLine(isEnabled: false) { _ in } }

    mutating func update(done: Int, total: Int, file: String) {
        guard isEnabled else { return }
        let now = clock()
        guard let start else {
            self.start = now
            return
        }
        guard now - start >= delay, lastDrawn.map({ now - $0 >= interval }) ?? true else { return }
        lastDrawn = now
        hasDrawn = true
        let percent = total > 0 ? done * 100 / total : 100
        let name = file.count > 48 ? "…" + file.suffix(47) : file
        write("\r\u{1B}[K" + "pmprb: \(done)/\(total) (\(percent)%) \(name)")
    }

    mutating func finish() {
        if hasDrawn { write("\r\u{1B}[K") }
        hasDrawn = false
    }
}
