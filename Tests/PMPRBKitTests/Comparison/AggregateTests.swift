import Testing

@testable import PMPRBKit

/// The Pemda at its best (100); three OPD: mixed (90,35625), weak in PW (92,5) and blank (0).
@Suite struct AggregateTests {
    static func aggregate(average: Aggregate.Average = .mean) throws -> Aggregate {
        Aggregate(
            instrument: try CoordinatorFixtures.instrument(),
            pemda: try CoordinatorFixtures.summary(
                try CoordinatorFixtures.bestAnswers(), unit: "Pemerintah Kabupaten Contoh",
                file: "pemda.csv"),
            opd: [
                try CoordinatorFixtures.summary(
                    try CoordinatorFixtures.mixedAnswers(), unit: "Dinas B", file: "opd/b.csv"),
                try CoordinatorFixtures.summary(
                    CoordinatorFixtures.blankAnswers(), unit: "Dinas E", file: "opd/e.csv"),
                try CoordinatorFixtures.summary(
                    try CoordinatorFixtures.weakPWAnswers(), unit: "Dinas D", file: "opd/d.csv"),
            ],
            average: average)
    }

    /// OPD half: (90,35625 + 92,5 + 0) / 3 = 182,85625 / 3 = 60,9520833.
    /// Result: 0,5 x 100 + 0,5 x 60,9520833 = 50 + 30,4760417 = 80,4760417 -> 80,48, band A
    /// (above 80).
    @Test func fiftyFiftyByHand() throws {
        let aggregate = try Self.aggregate()
        #expect(aggregate.pemdaWeight == 0.5)
        #expect(approximately(aggregate.opdTotal, 60.9520833))
        #expect(approximately(aggregate.total, 80.4760417))
        #expect(aggregate.publishedTotal == 80.48)
        #expect(aggregate.band?.grade == "A")
        #expect(aggregate.opd.map(\.unit) == ["Dinas D", "Dinas B", "Dinas E"])
    }

    /// PW: Pemda 15; OPD 14,1, 7,5 and 0, mean 21,6 / 3 = 7,2; combined 7,5 + 3,6 = 11,1.
    @Test func areasAreCombinedTheSameWay() throws {
        let aggregate = try Self.aggregate()
        let pw = try CoordinatorFixtures.area("PW")
        #expect(approximately(aggregate.opdAreaValues[pw], 7.2))
        #expect(approximately(aggregate.areaValues[pw], 11.1))
        #expect(aggregate.areas[pw].id == "PW")
    }

    /// With the median, the OPD half is 90,35625 and the result 50 + 45,178125 = 95,178125 (AA).
    @Test func medianIsAnOption() throws {
        let aggregate = try Self.aggregate(average: .median)
        #expect(approximately(aggregate.opdTotal, 90.35625))
        #expect(approximately(aggregate.total, 95.178125))
        #expect(aggregate.band?.grade == "AA")
    }

    @Test func anotherWeightForThePemda() throws {
        let base = try Self.aggregate()
        let aggregate = Aggregate(
            instrument: try CoordinatorFixtures.instrument(), pemda: base.pemda, opd: base.opd,
            pemdaWeight: 0.25)
        // 0,25 x 100 + 0,75 x 60,9520833 = 25 + 45,7140625 = 70,7140625.
        #expect(approximately(aggregate.total, 70.7140625))
    }
}
