/// "Did you mean" suggestions by edit distance.
///
/// The search is bounded whatever the input: a word longer than ``maximumLength`` gets no
/// suggestion, a candidate whose length differs from the word's by more than the allowed
/// distance is skipped unread (its distance is at least that difference), and the distance is
/// computed only within that band, stopping as soon as it must exceed it.
public enum Suggestion {
    /// The longest word a suggestion is looked for: codes and option names are far shorter.
    public static let maximumLength = 64

    /// The candidate closest to `word`, if it is close enough to be a likely typo.
    ///
    /// - Complexity: O(*m* · *k* · *d*) for *m* candidates of length at most *k* and an
    ///   allowed distance *d*, with *k* at most ``maximumLength``.
    public static func nearest(to word: String, among candidates: [String]) -> String? {
        let scalars = word.unicodeScalars
        guard scalars.dropFirst(maximumLength).first == nil else { return nil }
        let a = Array(word.lowercased())
        let limit = max(2, a.count / 3)
        var best: (String, Int)?
        for candidate in candidates {
            let bound = min(limit, (best?.1 ?? .max) - 1)
            guard bound >= 0, abs(candidate.unicodeScalars.count - a.count) <= bound + 2 else {
                continue
            }
            let b = Array(candidate.lowercased())
            guard abs(a.count - b.count) <= bound,
                let distance = boundedDistance(a, b, bound: bound)
            else { continue }
            best = (candidate, distance)
            if distance == 0 { break }
        }
        return best?.0
    }

    /// The Levenshtein distance between two strings, by characters, case-sensitive.
    public static func editDistance(_ lhs: String, _ rhs: String) -> Int {
        let a = Array(lhs)
        let b = Array(rhs)
        return boundedDistance(a, b, bound: max(a.count, b.count)) ?? max(a.count, b.count)
    }

    /// The Levenshtein distance when it is at most `bound`, else `nil`; only the cells within
    /// `bound` of the diagonal are computed.
    static func boundedDistance(_ a: [Character], _ b: [Character], bound: Int) -> Int? {
        guard abs(a.count - b.count) <= bound else { return nil }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        let outside = bound + 1
        var previous = (0...b.count).map { $0 <= bound ? $0 : outside }
        var current = [Int](repeating: outside, count: b.count + 1)
        for i in 1...a.count {
            let low = max(1, i - bound)
            let high = min(b.count, i + bound)
            current[0] = i <= bound ? i : outside
            if low > 1 { current[low - 1] = outside }
            var rowMinimum = current[0]
            if low <= high {
                for j in low...high {
                    let cost = a[i - 1] == b[j - 1] ? 0 : 1
                    let value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                    current[j] = min(value, outside)
                    rowMinimum = min(rowMinimum, current[j])
                }
            }
            if high < b.count { current[high + 1] = outside }
            guard rowMinimum <= bound else { return nil }
            swap(&previous, &current)
        }
        return previous[b.count] <= bound ? previous[b.count] : nil
    }
}
