import PMPRBPlatform

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The few environment variables a run reads, looked up by name.
///
/// `ProcessInfo.processInfo.environment` turns the whole environment into a dictionary each
/// time it is asked for, which costs more than the rest of a short command's start; the entry
/// point and ``run(_:io:environment:)`` need two or three names of it.
enum ProcessEnvironment {
    /// The values of the variables with these names that are set, by name.
    static func variables(_ names: [String]) -> [String: String] {
        var found: [String: String] = [:]
        for name in names {
            if let value = getenv(name) { found[name] = String(cString: value) }
        }
        return found
    }
}
