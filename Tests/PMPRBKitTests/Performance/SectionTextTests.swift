import Dispatch
import Foundation
import Testing

@testable import PMPRBKit

/// The text of a comparison written section by section, in any order and on several threads
/// (``ComparisonReport/renderedText(width:map:)``, which `compare` uses), is the text the
/// report renders as one document (decision 0021).
@Suite struct SectionTextTests {
    /// The sections in index order on this thread.
    static func inOrder(_ count: Int, _ body: @Sendable (Int) -> String) -> [String] {
        (0..<count).map(body)
    }

    /// The sections built last to first, then put back in order.
    static func backwards(_ count: Int, _ body: @Sendable (Int) -> String) -> [String] {
        (0..<count).reversed().map(body).reversed()
    }

    /// The sections built on several threads at once.
    static func concurrently(_ count: Int, _ body: @Sendable (Int) -> String) -> [String] {
        let results = Results(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            results.store(body(index), at: index)
        }
        return results.values
    }

    /// One slot per section; each slot is written by one iteration only, and read after
    /// `concurrentPerform` returns.
    final class Results: @unchecked Sendable {
        private var slots: [String]
        private let lock = NSLock()
        init(count: Int) { slots = Array(repeating: "", count: count) }
        func store(_ text: String, at index: Int) {
            lock.lock()
            slots[index] = text
            lock.unlock()
        }
        var values: [String] { slots }
    }

    @Test func sectionsWrittenApartGiveTheDocumentsText() throws {
        let reports = [
            // With a baseline and a file left out: every section the report has.
            try CoordinatorReportTests.comparisonReport(),
            try CoordinatorReportTests.comparisonReport(language: .en),
            // The ranking, matrix and statistics only.
            ComparisonReport(comparison: try CoordinatorFixtures.comparison()),
        ]
        for report in reports {
            for width in [nil, 40, 60, 100, 250] as [Int?] {
                let whole = report.rendered(.text, width: width)
                #expect(whole == report.document().renderedText(width: width))
                for map in [Self.inOrder, Self.backwards, Self.concurrently] as [ComparisonReport.SectionMap] {
                    #expect(report.renderedText(width: width, map: map) == whole, "width \(String(describing: width))")
                }
            }
            #expect(report.renderedText(width: nil, map: Self.concurrently) == report.rendered(.text))
        }
    }

    /// The text joined from the head and the sections ends every line with one line break,
    /// as the lines joined at once do: by hand, "T\n=\n" then "\nA" and "\nB\nC", then "\n".
    @Test func joinedTextEndsEveryLine() {
        #expect(
            ReportDocument.joinedText(head: "T\n=", sections: ["\nA", "\nB\nC"])
                == "T\n=\n\nA\n\nB\nC\n")
        #expect(ReportDocument.joinedText(head: "T\n=", sections: []) == "T\n=\n")
    }
}
