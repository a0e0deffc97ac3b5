import Testing

@testable import PMPRBKit

/// `concatenated(separator:)` is `joined(separator:)`.
@Suite struct ConcatenatedTests {
    @Test func concatenatedIsJoined() {
        let lists: [[String]] = [
            [], [""], ["a"], ["", ""], ["a", "b", "c"], ["é", "e\u{301}", "\r", "\n", "漢字"],
            ["line one", "", "line three with a longer text than fifteen bytes"],
        ]
        for list in lists {
            for separator in ["", "\n", ", ", "\u{301}"] {
                #expect(list.concatenated(separator: separator) == list.joined(separator: separator))
                #expect(
                    Array(list.concatenated(separator: separator).utf8)
                        == Array(list.joined(separator: separator).utf8))
            }
        }
    }
}
