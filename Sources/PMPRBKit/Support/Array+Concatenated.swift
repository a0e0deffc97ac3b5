extension Array where Element == String {
    /// The strings one after the other with `separator` between them, as `joined(separator:)`
    /// gives them. Written out for the texts `pmprb score` makes on every run: the first call of
    /// the standard library's `joined(separator:)` in a process makes the runtime look up its
    /// generic witnesses by name, about 0.2 million instructions.
    func concatenated(separator: String) -> String {
        var capacity = 0
        for index in indices { capacity += self[index].utf8.count }
        var result = ""
        result.reserveCapacity(capacity + separator.utf8.count * Swift.max(0, count - 1))
        for index in indices {
            if index > 0 { result += separator }
            result += self[index]
        }
        return result
    }
}
