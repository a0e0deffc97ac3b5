import Testing

@testable import PMPRBKit

/// Nothing is told by colour alone, and the colour edges come from the instrument.
@Suite struct GrayscalePrintTests {
    /// zi-2021's minima per area are 60% (WBK) and 75% (WBBM): edges 50, 60, 75, 90.
    /// An instrument with one minimum of 70% gets 50, 70, 90; none gets the default.
    @Test func edgesComeFromTheMinima() {
        #expect(HeatBand.edges(markers: [0.6, 0.75]) == [50, 60, 75, 90])
        #expect(HeatBand.edges(markers: [0.7]) == [50, 70, 90])
        #expect(HeatBand.edges(markers: []) == [50, 60, 75, 90])
        // 72% is h2 (60-75) with zi-2021's edges, h2 (70-90) with 70, 90.
        #expect(HeatBand.cssClass(0.72, edges: [50, 60, 75, 90]) == "h2")
        #expect(HeatBand.cssClass(0.72, edges: [50, 70, 90]) == "h2")
        #expect(HeatBand.cssClass(0.95, edges: [50, 70, 90]) == "h3")
    }

    /// 59,99% is below the 60% minimum; 60,00% is not (decided on the published value).
    @Test func belowTheMinimumIsMarked() {
        #expect(HeatBand.isBelow(0.5999, markers: [0.6, 0.75]))
        #expect(!HeatBand.isBelow(0.6, markers: [0.6, 0.75]))
        #expect(!HeatBand.isBelow(0.1, markers: []))
    }

    /// In the compare fixtures, weak-PW unit D has PW at 50% (below 60%) and the blank unit E
    /// 0% in every area: those cells carry ▼ and the hatched class, besides their colour; the
    /// legend explains the mark.
    @Test func compareHeatMapMarksCellsBelowTheMinimum() throws {
        let html = ComparisonReport(comparison: try CoordinatorFixtures.comparison())
            .rendered(.html)
        // 50,00% is on the 50% edge: h1 (50-60), still below 60.
        #expect(html.contains("<td class=\"h h1 below\">▼ 50,00</td>"))
        #expect(html.contains("<td class=\"h h0 below\">▼ 0,00</td>"))
        #expect(html.contains("▼ di bawah batas 60,00%"))
        #expect(!html.contains("<td class=\"h h4 below\">"))
        // Bars keep their extent in gray: an outlined fill on a white, bordered track.
        #expect(html.contains(".fill { position: absolute; left: 0; top: 0; bottom: 0; border-right: 2px solid #111;"))
    }
}
