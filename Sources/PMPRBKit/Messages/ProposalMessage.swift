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

extension ProposalMessage {
    /// The message in a language.
    public func rendered(_ language: ReportLanguage) -> String {
        let say = language.pick
        switch self {
        case .unknownKey(let key):
            return say("kunci '\(key)' tidak dikenal", "unknown key '\(key)'")
        case .didYouMean(let key):
            return WorksheetMessage.didYouMean(key).rendered(language)
        case .keys(let keys): return say("kunci: ", "keys: ") + keys.joined(separator: ", ")
        case .keyTwice(let key):
            return say("'\(key)' diberikan dua kali", "'\(key)' is given twice")
        case .notAYear(let column, let value):
            return say("\(column) '\(value)' bukan tahun", "\(column) '\(value)' is not a year")
        case .notAKind(let value):
            return say(
                "jenis '\(value)' bukan 'kl' atau 'pemda'",
                "jenis '\(value)' is not 'kl' or 'pemda'")
        case .notAnOpinion(let value):
            return say(
                "opini_bpk '\(value)' bukan opini BPK", "opini_bpk '\(value)' is not an opinion")
        case .writeOneOf(let values, let orEmpty):
            let list = values.joined(separator: ", ")
            return say("tulis salah satu dari: ", "write one of: ") + list
                + (orEmpty ? say(", atau kosongkan", ", or leave it empty") : "")
        case .notANumber(let value):
            return say("'\(value)' bukan angka", "'\(value)' is not a number")
        case .outsideRange(let value, let low, let high):
            let (from, to) = (
                LocaleNumber.format(low, decimals: 0), LocaleNumber.format(high, decimals: 0)
            )
            let range = "\(from)..\(to)"
            return say("'\(value)' di luar \(range)", "'\(value)' is outside \(range)")
        case .rowWithoutUnit: return say("baris tanpa nama unit", "row has no unit name")
        case .unitTwice(let name):
            return say("unit '\(name)' muncul dua kali", "unit '\(name)' appears twice")
        case .firstOnLine(let line): return say("pertama di baris \(line)", "first on line \(line)")
        case .unitWithoutLKE(let name):
            return say("unit '\(name)' tidak memiliki lke", "unit '\(name)' has no lke")
        case .giveLKEPath:
            return say(
                "berikan path lembar kerja zi-2021 yang sudah diisi",
                "give the path of its filled zi-2021 worksheet")
        case .notYesOrNo(let column, let value):
            return say(
                "\(column) '\(value)' harus 'ya' atau 'tidak'",
                "\(column) '\(value)' must be 'ya' or 'tidak'")
        case .notASAKIPGrade(let value):
            return say(
                "sakip_internal '\(value)' bukan predikat SAKIP",
                "sakip_internal '\(value)' is not a SAKIP predikat")
        case .unknownAfirmasi(let value):
            return say("afirmasi '\(value)' tidak dikenal", "afirmasi '\(value)' is not known")
        default:
            return renderedChecks(language)
        }
    }

    /// The messages about the file as a whole and its `#rb` worksheet, in a language.
    private func renderedChecks(_ language: ReportLanguage) -> String {
        let say = language.pick
        switch self {
        case .noUnits:
            return say("berkas tidak mengusulkan satu unit pun", "the file proposes no unit")
        case .addUnitRows:
            return say(
                "tambahkan satu baris per unit setelah baris '#'",
                "add one row per unit after the '#' rows")
        case .noKind:
            return say(
                "berkas tidak menyebut '#jenis' (kl atau pemda) maupun '#rb'",
                "the file says neither '#jenis' (kl or pemda) nor '#rb'")
        case .kindDecidesIndeks:
            return say(
                "Indeks RB yang diperlukan usulan bergantung pada jenis instansi",
                "the Indeks RB a proposal needs depends on the kind of instansi")
        case .afirmasiForKL:
            return say(
                "afirmasi berlaku untuk unit pemerintah daerah; '#jenis' adalah 'kl'",
                "afirmasi is for units of a pemerintah daerah; '#jenis' is 'kl'")
        case .wbkAfterProposal(let since, let year):
            return say(
                "wbk_sejak \(since) sesudah tahun usulan (\(year))",
                "wbk_sejak \(since) is after the year of the proposal (\(year))")
        case .yearsBuildingTooLong(let years, let since, let year):
            let shown = LocaleNumber.format(years, decimals: 0)
            return say(
                "tahun_zi \(shown) lebih dari \(year - since) tahun sejak Menuju WBK (\(since))",
                "tahun_zi \(shown) is more than the \(year - since) year(s) since Menuju WBK "
                    + "(\(since))")
        case .yearsBuildingTowardsWBBM:
            return say(
                "untuk unit yang sudah Menuju WBK, tahun_zi menghitung tahun pembangunan ZI "
                    + "menuju WBBM",
                "for a unit holding Menuju WBK, tahun_zi counts the years of building ZI towards "
                    + "WBBM")
        case .notAnIndeksRBWorksheet(let path, let instrument):
            return say(
                "'\(path)' adalah lembar kerja '\(instrument)', bukan instrumen Indeks RB",
                "'\(path)' is a worksheet of '\(instrument)', not of an Indeks RB instrument")
        case .giveIndeksRBWorksheet:
            return say(
                "berikan lembar kerja rb-2023-kl, rb-2023-provinsi atau rb-2023-kabkota",
                "give a worksheet of rb-2023-kl, rb-2023-provinsi or rb-2023-kabkota")
        case .differsFromWorksheet(let key, let mine, let theirs):
            return say(
                "'\(key)' (\(mine)) berbeda dari nilai di lembar kerja (\(theirs))",
                "'\(key)' (\(mine)) differs from the worksheet's (\(theirs))")
        case .leaveEmptyOrAgree(let key, let path):
            return say(
                "'#rb' menyebut '\(path)'; kosongkan '\(key)' atau samakan keduanya",
                "'#rb' gives '\(path)'; leave '\(key)' empty or make the two agree")
        default:
            preconditionFailure("every message is rendered by one of the two switches")
        }
    }
}
