/// Path arithmetic on strings, as Foundation's `NSString` path methods do it, without
/// Foundation: slashes are compressed and a trailing slash dropped before a path is taken apart.
enum PathText {
    /// The path with runs of `/` made one and a trailing `/` dropped (`/` stays `/`; `//` and
    /// longer runs of slashes alone become empty, as in Foundation).
    static func fixingSlashes(_ path: String) -> String {
        if path.count > 1 && path.allSatisfy({ $0 == "/" }) { return "" }
        var fixed = ""
        var previousWasSlash = false
        for character in path {
            if character == "/" {
                if previousWasSlash { continue }
                previousWasSlash = true
            } else {
                previousWasSlash = false
            }
            fixed.append(character)
        }
        if fixed.count > 1 && fixed.last == "/" { fixed.removeLast() }
        return fixed
    }

    /// Where the last component of a fixed path starts.
    private static func startOfLastComponent(_ fixed: String) -> String.Index {
        guard let slash = fixed.lastIndex(of: "/") else { return fixed.startIndex }
        return fixed.index(after: slash)
    }

    /// `NSString.lastPathComponent`: `a/b.csv` gives `b.csv`, `/` gives `/`.
    static func lastComponent(of path: String) -> String {
        let fixed = fixingSlashes(path)
        if fixed.count <= 1 { return fixed }
        return String(fixed[startOfLastComponent(fixed)...])
    }

    /// `NSString.deletingLastPathComponent`: `a/b.csv` gives `a`, `/a` gives `/`, `a` gives ``.
    static func deletingLastComponent(of path: String) -> String {
        let fixed = fixingSlashes(path)
        if fixed == "/" || fixed.isEmpty { return fixed }
        let start = startOfLastComponent(fixed)
        if start == fixed.startIndex { return "" }
        if start == fixed.index(after: fixed.startIndex) { return "/" }
        return String(fixed[..<fixed.index(before: start)])
    }

    /// `NSString.appendingPathComponent`: `component` after `path` and one `/`.
    static func appending(_ component: String, to path: String) -> String {
        if component.isEmpty { return path }
        if path.isEmpty { return component }
        if path.hasSuffix("/") { return path + component }
        return path + "/" + component
    }

    /// `NSString.pathExtension`: what follows the last `.` of the last component, unless the
    /// component starts with that `.` (`.csv`) or is `..`; empty when there is none.
    static func pathExtension(of path: String) -> String {
        let fixed = fixingSlashes(path)
        if fixed.count <= 1 { return "" }
        let start = startOfLastComponent(fixed)
        let component = fixed[start...]
        guard let dot = component.lastIndex(of: "."), dot != start, component != ".." else {
            return ""
        }
        return String(component[component.index(after: dot)...])
    }
}
