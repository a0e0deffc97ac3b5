/// The messages about a worksheet: its rows, codes, weights, answers and metadata.
///
/// Each case carries its values; ``rendered(_:)`` writes it in Indonesian or English. Codes,
/// answers and ids are the worksheet's own text and are never translated.
public enum WorksheetMessage: Hashable, Sendable {
    /// A row with content but no `kode`.
    case rowWithoutCode
    /// Note: what a row starts with.
    case everyRowStartsWithCode
    /// A code used twice.
    case duplicateCode(String)
    /// Note: where the code was first used.
    case firstUsedOnLine(Int)
    /// A code the instrument does not have.
    case unknownCode(String)
    /// Note: the nearest known code.
    case didYouMean(String)
    /// Note: whose codes are expected.
    case codesOfInstrument(String)
    /// A count of done things above the count of things to do.
    case numeratorExceeds(String, value: Double, denominators: String, denominatorValue: Double)
    /// Note: the item whose numerator is capped, and its formula.
    case numeratorCapped(String, formula: String)
    /// A worksheet whose `#instrumen` row names another instrument.
    case otherInstrument(named: String, expected: String)
    /// Note: how to score it.
    case useOwnInstrument(String)
    /// A `#tahun` that is not a year.
    case notAYear(String)
    /// Note: what to write in `#tahun`.
    case writeYear
    /// A `#predikat` naming a predicate the instrument does not have, with those it has.
    case unknownHeldPredicate(String, known: [String])
    /// A `#predikat` not of the form `WBK 2025`.
    case malformedHeldPredicate(String)
    /// Note: what to write in `#predikat`.
    case writeHeldPredicate
    /// An unknown `#...` row.
    case unknownMetadata(String)
    /// Note: the metadata rows there are.
    case metadataRows
    /// A worksheet without an `#instrumen` row, scored as the given instrument.
    case noInstrumentRow(String)
    /// Note: the row to add.
    case addInstrumentRow(String)
    /// A weight that differs from the instrument's (`nil`: the instrument has none).
    case weightDiffers(String, code: String, expected: String?)
    /// Note: weights come from the instrument.
    case weightsFromInstrument(String)
    /// An answer on a heading row.
    case headingTakesNoAnswer(String)
    /// Note: headings are computed from their items (the node kind as the instrument names it).
    case answerItsItems(kind: String)
    /// A not-applicable mark on an item that does not allow it.
    case cannotBeNotApplicable(String)
    /// Note: which items may be not applicable, and the mark.
    case onlyBolehTB(label: String)
    /// A number split at its decimal comma across two cells.
    case decimalCommaSplit(String, code: String, next: String)
    /// Note: how to write the number.
    case quoteTheNumber(String, next: String)
    /// An answer on a computed item.
    case computedIgnored(String, answer: String)
    /// Note: where computed items get their values.
    case fillInputRows
    /// An answer that does not fit the item's answer type.
    case invalidAnswer(String, code: String, AnswerProblem)
    /// Note: the answers an answer type allows.
    case allowedAnswers(AnswerType.Conversion)
    /// Rows of the instrument missing from the worksheet.
    case missingRows(count: Int, instrument: String, shown: [String])
    /// Note: start from a template.
    case startFromTemplate(String)
    /// A worksheet of another instrument in a comparison.
    case otherInstrumentInComparison(named: String, compared: String)
    /// Note: one instrument at a time.
    case compareOneInstrument
    /// A metadata row given twice (the key as written).
    case duplicateMetadataRow(String)
    /// Note: where the metadata row was first given.
    case metadataFirstGivenOn(line: Int, column: Int?)
    /// A quoted cell that holds whole rows of the worksheet: how many, and the first code.
    case swallowedRows(Int, first: String)
    /// Note: close a quote in its row.
    case closeQuoteInRow
    /// Reading stopped after this many errors.
    case tooManyProblems(Int)
    /// Note: correct and read again.
    case correctAndReadAgain
    /// An empty total whose breakdown rows are summed instead (the sum as written).
    case breakdownSumUsed(String, sum: String)
    /// Note: a total and its breakdown rows.
    case breakdownRows(String, rows: String)
    /// A total that differs from the sum of its breakdown rows.
    case breakdownDiffers(String, value: String, sum: String)
    /// Note: the breakdown, and the total that is used.
    case totalUsed(String, rows: String, value: String)
}

/// Why an answer does not fit its item's answer type.
public enum AnswerProblem: Error, Hashable, Sendable {
    /// The item is computed; a typed value is ignored.
    case computed
    /// Not one of the options.
    case notAnOption
    /// Not a number.
    case notANumber
    /// A number outside the scale.
    case outOfRange(minimum: Double, maximum: Double)
    /// Not a whole number of 0 or more.
    case notACount
    /// `1,000` or `1.000`: a thousands separator or a decimal mark, which cannot be told.
    case ambiguousCount
    /// A count above ``AnswerReading/largestCount``, which a `Double` cannot hold exactly.
    case countTooLarge

    /// The reason, as the end of a sentence about the answer: `is not a number`.
    public func rendered(_ language: ReportLanguage) -> String { catalogued(language) }

    /// A number as written in the instrument (decimal point), as people type it in a range.
    static func plain(_ value: Double) -> String {
        LocaleNumber.format(value, decimalComma: false)
    }
}
