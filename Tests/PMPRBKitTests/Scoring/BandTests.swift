import Testing

@testable import PMPRBKit

@Suite struct BandTests {
    /// The bands AA >90-100, A >80-90, BB >70-80, B >60-70, CC >50-60, C >30-50, D 0-30,
    /// decided on the total as published, rounded to two decimals.
    @Test(arguments: [
        (100.0, "AA"), (90.01, "AA"), (90.005, "AA"), (90.0, "A"), (90.004, "A"), (80.01, "A"),
        (80.0, "BB"), (70.01, "BB"), (70.0, "B"), (60.01, "B"), (60.005, "B"), (60.0, "CC"),
        (60.004, "CC"), (50.01, "CC"), (50.0, "C"), (30.01, "C"), (30.0, "D"), (0.0, "D"),
    ])
    func totalFallsInItsBand(total: Double, grade: String) throws {
        let instrument = try TestWorksheets.zi()
        #expect(instrument.band(for: total)?.grade == grade)
    }

    @Test func bandsCarryTheirIndonesianLabels() throws {
        let instrument = try TestWorksheets.zi()
        #expect(instrument.bands.map(\.grade) == ["AA", "A", "BB", "B", "CC", "C", "D"])
        #expect(instrument.band(for: 75)?.label == "Sangat Baik")
        #expect(instrument.band(for: 65)?.label == "Baik")
    }

    @Test func publishedRoundingIsHalfAwayFromZero() {
        #expect(Rounding.published(60.005) == 60.01)
        #expect(Rounding.published(60.0049) == 60.0)
        #expect(Rounding.published(74.995) == 75.0)
    }
}
