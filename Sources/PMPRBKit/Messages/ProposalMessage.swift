/// The messages about a proposal file of `pmprb usulan` (`docs/usulan.md`).
///
/// Each case carries its values; ``rendered(_:)`` writes it in Indonesian or English. Keys,
/// column names and the file's values are quoted as written.
public enum ProposalMessage: Hashable, Sendable {
    /// A `#` key the file format does not have.
    case unknownKey(String)
    /// Note: the nearest key.
    case didYouMean(String)
    /// Note: the keys there are.
    case keys([String])
    /// A key given twice.
    case keyTwice(String)
    /// A value of a column or key that is not a year.
    case notAYear(column: String, value: String)
    /// `#jenis` other than `kl` or `pemda`.
    case notAKind(String)
    /// `#opini_bpk` that is not an opinion.
    case notAnOpinion(String)
    /// Note: the values a cell takes.
    case writeOneOf([String], orEmpty: Bool)
    /// A value that is not a number.
    case notANumber(String)
    /// A number outside its range.
    case outsideRange(String, low: Double, high: Double)
    /// A unit row without a name.
    case rowWithoutUnit
    /// A unit named twice.
    case unitTwice(String)
    /// Note: where the unit was first named.
    case firstOnLine(Int)
    /// A unit without its worksheet.
    case unitWithoutLKE(String)
    /// Note: what `lke` holds.
    case giveLKEPath
    /// `layanan_inti` other than `ya` or `tidak`.
    case notYesOrNo(column: String, value: String)
    /// `sakip_internal` that is not a SAKIP grade.
    case notASAKIPGrade(String)
    /// `afirmasi` that is not an afirmasi type.
    case unknownAfirmasi(String)
    /// A file with no unit rows.
    case noUnits
    /// Note: where unit rows go.
    case addUnitRows
    /// A file with neither `#jenis` nor `#rb`.
    case noKind
    /// Note: why the kind matters.
    case kindDecidesIndeks
    /// `afirmasi` for a unit of a K/L.
    case afirmasiForKL
    /// `wbk_sejak` after the year of the proposal.
    case wbkAfterProposal(since: Int, year: Int)
    /// `tahun_zi` longer than the years since Menuju WBK.
    case yearsBuildingTooLong(years: Double, since: Int, year: Int)
    /// Note: what `tahun_zi` counts for a WBK unit.
    case yearsBuildingTowardsWBBM
    /// `#rb` that names a worksheet of another instrument.
    case notAnIndeksRBWorksheet(path: String, instrument: String)
    /// Note: the instruments `#rb` takes.
    case giveIndeksRBWorksheet
    /// A figure of the file that differs from the `#rb` worksheet's.
    case differsFromWorksheet(key: String, mine: String, theirs: String)
    /// Note: how to settle it.
    case leaveEmptyOrAgree(key: String, path: String)
}

extension ProposalMessage: CatalogueMessage {
    static let layer = "proposal"

    func entry(_ language: ReportLanguage) -> (key: String, values: [String])? {
        switch self {
        case .writeOneOf(let values, let orEmpty):
            (orEmpty ? "writeOneOf.orEmpty" : "writeOneOf", [values.joined(separator: ", ")])
        case .yearsBuildingTooLong(let years, let since, let year):
            (
                "yearsBuildingTooLong",
                [LocaleNumber.format(years, decimals: 0), "\(year - since)", "\(since)"]
            )
        default: nil
        }
    }

    /// The message in a language.
    public func rendered(_ language: ReportLanguage) -> String { catalogued(language) }
}
