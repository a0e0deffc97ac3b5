import Foundation
import Testing

@testable import PMPRBKit

/// The HTML forms find the sections they draw charts after by role, not by heading, so the
/// charts are the same in every language.
@Suite struct SectionRoleTests {
    /// How often `class="…"` opens an element in a page.
    func count(_ cssClass: String, in page: String) -> Int {
        page.components(separatedBy: "class=\"\(cssClass)\"").count - 1
    }

    @Test(arguments: ReportLanguage.allCases)
    func chartsAreDrawnInEveryLanguage(language: ReportLanguage) throws {
        // compare: the heat map in the matrix's place, then the mean per area and one chart
        // per area of zi-2021's six: 7 charts (as compare.html shows).
        let compare = try CoordinatorReportTests.comparisonReport(language: language)
            .rendered(.html)
        #expect(count("heat", in: compare) == 1)
        #expect(count("chart", in: compare) == 7)
        // diff: one chart of both worksheets' areas.
        let diff = try CoordinatorReportTests.diffReport(language: language).rendered(.html)
        #expect(count("chart", in: diff) == 1)
        // aggregate: after the calculation, the areas and the OPD list (aggregate.html).
        let aggregate = try CoordinatorReportTests.aggregateReport(language: language)
            .rendered(.html)
        #expect(count("chart", in: aggregate) == 3)
        // score: one chart of the areas against their weights.
        let score = try ReportSnapshotTests.report(language: language).rendered(.html)
        #expect(count("chart", in: score) == 1)
    }

    @Test func gapsKeepOnlyTheGapSection() throws {
        let report = try ReportSnapshotTests.report(language: .en)
        let document = report.document()
        let gaps = document.sections.filter { $0.role == .gaps }
        #expect(gaps.count == 1)
        #expect(gaps.first?.heading == Labels(language: .en).gaps)
        #expect(document.sections.filter { $0.role == .scoreAreas }.count == 1)
    }
}
