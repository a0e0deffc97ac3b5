/// The messages about road maps, realisation files and RATL files of `pmprb peta-jalan`
/// (`docs/roadmap-format.md`).
///
/// Each case carries its values; ``rendered(_:)`` writes it in Indonesian or English. Codes,
/// values and labels are quoted as written in the file.
public enum RoadMapMessage: Hashable, Sendable {
    /// What a value of an indicator is: its baseline or its target for a year.
    public enum Role: Hashable, Sendable {
        /// The baseline.
        case baseline
        /// The target for a year.
        case target(Int)
    }

    /// Why a value does not fit its indicator.
    public enum Problem: Hashable, Sendable {
        /// The cell cannot be read as a value of the indicator's kind.
        case unreadable(RoadMapValue.Failure)
        /// A category that the indicator's scale does not have.
        case notACategory(scale: String, grades: [String])
        /// A number for a predikat indicator without a scale.
        case numberWithoutScale
    }

    /// A column the road map does not have.
    case unknownColumn(String)
    /// Note: the columns there are.
    case roadMapColumns([String])
    /// A road map without year columns.
    case noYearColumn
    /// Note: how to add them.
    case addYearColumns
    /// A row with content but no `kode`.
    case rowWithoutCode
    /// Note: what an indicator row starts with.
    case everyIndicatorRowStartsWithCode
    /// A code used twice.
    case duplicateCode(String)
    /// Note: where it was first used.
    case firstUsedOnLine(Int)
    /// An unknown `#...` row.
    case unknownMetadata(String)
    /// Note: the metadata rows there are.
    case metadataRows
    /// An indicator without a name.
    case indicatorWithoutName(String)
    /// Note: where the name goes.
    case writeIndicatorName
    /// A cell of a year column that is not a year.
    case notAYear(column: String, value: String)
    /// Note: the year of the baseline.
    case writeBaselineYear
    /// A value that does not fit its indicator.
    case badValue(Role, value: String, code: String, Problem)
    /// Note: how values of a kind are written.
    case expectedForm(IndicatorKind)
    /// Note: use a category of the scale.
    case useScaleCategory
    /// Note: name a scale, or write the predikat.
    case nameAScale([String])
    /// An empty cell of a column with choices.
    case choiceEmpty(column: String)
    /// A cell of a column with choices that is none of them.
    case choiceUnknown(column: String, value: String)
    /// Note: the choices.
    case choiceIsOneOf(column: String, [String])
    /// Note: the nearest choice or code.
    case didYouMean(String)
    /// An empty `realisasi_dari`.
    case linkEmpty
    /// A `realisasi_dari` that is not known.
    case linkUnknown(String)
    /// Note: how to write `realisasi_dari`.
    case writeLink
    /// A `skala` that is not known.
    case scaleUnknown(String)
    /// Note: the scales there are.
    case scales([String])
    /// A label that disagrees with the category its number falls in.
    case labelDisagrees(
        Role, value: String, code: String, label: String, number: String, grade: String,
        scale: String)
    /// Note: the number decides the category.
    case categoryFollowsNumber
    /// Note: a scale's title and ranges.
    case scaleRanges(title: String, ranges: String)
    /// Note: the ranges are an assumption.
    case rangesAssumed(String)
    /// A target worse than the value before it.
    case targetFalls(
        year: Int, value: String, code: String, before: Role, beforeValue: String, rises: Bool,
        direction: String)
    /// Note: targets should not fall back.
    case targetsShouldNotFall
    /// A percentage above 100.
    case percentAbove100(value: String, code: String)
    /// Note: counts are `jumlah` (with the indicator's unit, if any).
    case countIsJumlah(unit: String)
    /// A linked instrument that is not built in.
    case instrumentNotBuiltIn(String)
    /// Note: the built-in instruments.
    case builtinInstruments([String])
    /// A linked code the instrument does not have.
    case codeNotInInstrument(code: String, instrument: String)
    /// Note: what a link may name.
    case linkTo(areas: [String], instrument: String)
    /// Targets that differ from an indicator of the same name.
    case twinTargetsDiffer(
        code: String, twin: String, differing: Int, shared: Int, year: Int, value: String,
        other: String)
    /// Note: where the twin is.
    case twinOnLine(String, line: Int)
    /// A realisation of an indicator the road map does not have.
    case noIndicator(String)
    /// Note: whose codes are expected (the road map's file, if known).
    case codesOfRoadMap(String?)
    /// A realisation that does not fit its indicator.
    case realisationNotUsed(value: String, code: String, year: Int, Problem)
    /// Note: the indicator's kind and how its values are written.
    case kindExpects(code: String, IndicatorKind)
    /// A worksheet whose instrument no indicator links to.
    case noLinkedIndicator(instrument: String)
    /// A worksheet without `#tahun`.
    case worksheetWithoutYear
    /// Note: add `#tahun`.
    case addYearToWorksheet
    /// Two worksheets of one instrument and year.
    case twoWorksheets(instrument: String, year: Int, first: String, second: String)
    /// Note: one worksheet per instrument and year.
    case oneWorksheetPerYear
    /// A linked score that does not fit its indicator.
    case scoreDoesNotFit(value: String, source: String, code: String, IndicatorKind)
    /// Note: predikat links need a scale.
    case linkPredikatWithScale
    /// A worksheet's score and the realisation file's value differ.
    case worksheetAndFileDiffer(code: String, year: Int, worksheet: String, file: String)
    /// Note: the file's value is the published figure.
    case fileHoldsPublishedFigure
    /// Note: every realisation row names its indicator.
    case everyRowNamesIndicator
    /// Note: the year of a realisation.
    case writeRealisationYear
    /// A realisation given twice.
    case realisationTwice(code: String, year: Int)
    /// Note: where it was first given.
    case firstGivenOnLine(Int)
    /// A RATL status that is not known.
    case unknownStatus(value: String, code: String)
    /// Note: the statuses there are.
    case statusValues
    /// Note: the year of an action.
    case writeActionYear
    /// A RATL action without a year.
    case actionWithoutYear(String)
    /// Note: how to give it one.
    case addActionYear
}
