/// A regency's (or province's) result combined from its own assessment and its OPD's.
///
/// PermenPANRB 30/2018 (which amends PermenPANRB 14/2014) makes the Perangkat Daerah objects
/// of the evaluation beside the Pemerintah Daerah, each with the same weight: the result is
/// 50% the Pemda's own value and 50% the OPD's, the OPD half being the plain mean of the OPD
/// values unless another average is chosen (`docs/decisions/0012-aggregate-fifty-fifty.md`).
///
/// ```swift
/// let result = Aggregate(instrument: instrument, pemda: pemda, opd: opds)
/// // result.total == 0.5 * pemda.total + 0.5 * mean(opds.map(\.total))
/// ```
public struct Aggregate: Hashable, Sendable {
    /// How the OPD values are combined into the OPD half.
    public enum Average: String, CaseIterable, Hashable, Sendable {
        /// The plain (arithmetic) mean, as the regulation is applied.
        case mean
        /// The median, which one outlying OPD moves less.
        case median
    }

    /// The instrument of every summary.
    public var instrument: Instrument
    /// The instrument's areas.
    public var areas: [InstrumentOutline.AreaInfo]
    /// The Pemda's own result.
    public var pemda: UnitSummary
    /// The OPD results, highest published total first (as in ``Comparison/ranking``).
    public var opd: [UnitSummary]
    /// The weight of the Pemda's own result, from 0 to 1; the OPD half weighs the rest.
    public var pemdaWeight: Double
    /// How the OPD values are averaged.
    public var average: Average
    /// The OPD half's value: the average of the OPD totals.
    public var opdTotal: Double
    /// The OPD half's value of each area, in points: the average of the OPD area values;
    /// `nil` when an OPD's worksheet does not show the area (it gives a node above it
    /// directly).
    public var opdAreaValues: [Double?]
    /// The combined total, unrounded.
    public var total: Double
    /// The combined value of each area, in points; `nil` when the Pemda's or an OPD's
    /// worksheet does not show the area.
    public var areaValues: [Double?]
    /// The band of the combined total.
    public var band: Band?

    /// Combines a Pemda's result with its OPD's.
    ///
    /// - Parameters:
    ///   - instrument: The instrument of every summary, for the areas and the bands.
    ///   - pemda: The Pemda's own result.
    ///   - opd: The OPD results; at least one.
    ///   - pemdaWeight: The weight of the Pemda's own result; 0,5 by PermenPANRB 30/2018.
    ///   - average: How the OPD values are averaged; the mean by default.
    /// - Precondition: `opd` is not empty and `pemdaWeight` is in 0...1.
    public init(
        instrument: Instrument, pemda: UnitSummary, opd: [UnitSummary], pemdaWeight: Double = 0.5,
        average: Average = .mean
    ) {
        precondition(!opd.isEmpty, "an aggregate needs at least one OPD")
        precondition((0...1).contains(pemdaWeight), "the Pemda's weight is a share")
        self.instrument = instrument
        let outline = InstrumentOutline(instrument)
        areas = outline.areas
        self.pemda = pemda
        let ranked = Comparison.inRankingOrder(opd)
        self.opd = ranked
        self.pemdaWeight = pemdaWeight
        self.average = average
        func combine(_ values: [Double]) -> Double {
            guard let statistics = Statistics(values) else { return 0 }
            return average == .mean ? statistics.mean : statistics.median
        }
        // Averaged in ranking order, so that the order the files were given in cannot change
        // the last bit of a sum.
        opdTotal = combine(ranked.map(\.total))
        opdAreaValues = outline.areas.map { area in
            let values = ranked.compactMap { $0.areaValue(area.id) }
            return values.count == ranked.count ? combine(values) : nil
        }
        total = pemdaWeight * pemda.total + (1 - pemdaWeight) * opdTotal
        areaValues = zip(outline.areas, opdAreaValues).map { area, opd in
            guard let own = pemda.areaValue(area.id), let opd else { return nil }
            return pemdaWeight * own + (1 - pemdaWeight) * opd
        }
        band = instrument.band(for: total)
    }

    /// The combined total as published: rounded to two decimals.
    public var publishedTotal: Double { Rounding.published(total) }
}

extension Aggregate {
    /// Why worksheets of an instrument cannot be aggregated: it declares no Pemda + OPD rule.
    public static func noRule(_ instrument: Instrument) -> String {
        "instrument '\(instrument.id)' declares no rule to combine a Pemda's result with its "
            + "OPD's"
    }

    /// What to do about ``noRule(_:)``.
    public static let noRuleNotes = [
        "only an instrument with a 'gabungan' row can be aggregated (rb-2014: PermenPANRB 30/2018)",
        "to rank the worksheets instead, use 'pmprb compare'",
    ]
}
