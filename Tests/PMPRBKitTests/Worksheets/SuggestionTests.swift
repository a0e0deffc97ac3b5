import Testing

@testable import PMPRBKit

/// The "did you mean" search: the same answers as a full edit distance, in bounded time.
@Suite struct SuggestionTests {
    @Test func boundedDistanceAgreesWithTheFullOne() {
        var random = SplitMix64(seed: 42)
        let alphabet = Array("abAB.1")
        for _ in 0..<2_000 {
            let a = (0..<Int(random.next() % 9)).map { _ in alphabet[Int(random.next() % 6)] }
            let b = (0..<Int(random.next() % 9)).map { _ in alphabet[Int(random.next() % 6)] }
            let full = Suggestion.editDistance(String(a), String(b))
            for bound in 0...8 {
                let bounded = Suggestion.boundedDistance(a, b, bound: bound)
                #expect(bounded == (full <= bound ? full : nil), "\(a) \(b) \(bound)")
            }
        }
    }

    @Test func suggestsTheNearestCode() {
        let codes = ["A.I.1.i.a", "A.I.1.i.b", "A.II.1.i.a.1", "B.I.a"]
        #expect(Suggestion.nearest(to: "A.I.1.i.x", among: codes) == "A.I.1.i.a")
        #expect(Suggestion.nearest(to: "a.ii.1.i.a.1", among: codes) == "A.II.1.i.a.1")
        #expect(Suggestion.nearest(to: "zzzzzzzz", among: codes) == nil)
    }

    @Test func aWordLongerThanTheLimitGetsNoSuggestion() {
        let long = "A.I.1.i.a" + String(repeating: " ", count: 60)
        #expect(Suggestion.nearest(to: long, among: ["A.I.1.i.a"]) == nil)
    }
}
