/// The messages about an instrument file: its rows, tree, weights, answer types, criteria and
/// penjelasan (`docs/instrument-format.md`).
///
/// Each case carries its values; the catalogue (`pesan.tsv`) holds its text in Indonesian and
/// English. Codes, column names and cell text are the file's own and are never translated.
public enum InstrumentMessage: Hashable, Sendable {
    /// A cell that should hold a number.
    case notANumber(column: String, value: String)
    /// Note: how to write a number.
    case writeNumber
    /// A row that cites no regulation.
    case citesNoSource(String)
    /// Note: what a source is.
    case citeRegulation
    /// An assumption without a note.
    case assumptionWithoutNote(String)
    /// Note: what the note says.
    case sayWhatWasAssumed
    /// A status other than pasti or asumsi.
    case unknownStatus(String)
    /// A row without kode.
    case rowWithoutCode
    /// A code used twice in one namespace.
    case duplicateCode(String)
    /// Note: where the code was first used.
    case firstUsedOnLine(Int)
    /// A jenis that is not known.
    case unknownKind(String)
    /// Note: the values a cell takes.
    case expectedOneOf([String])
    /// A row kind given twice (instrumen, gabungan).
    case secondRow(String)
    /// A gabungan without a share between 0 and 1.
    case combinationShare(String)
    /// Note: an example share.
    case combinationExample
    /// A kategori without ambang.
    case bandWithoutThreshold(String)
    /// Note: how to write a lower bound.
    case writeLowerBound
    /// A syarat without a target.
    case criterionChecksNothing(String)
    /// Note: what a syarat checks.
    case writeCriterionTarget
    /// An area criterion whose ambang is not a share.
    case areaThresholdNotShare(String)
    /// Note: write a percentage.
    case writePercentage
    /// Note: how to write an ambang.
    case writeThreshold
    /// A flag other than ya or empty.
    case flagNotYa(column: String, value: String)
    /// An input row whose rumus is not a sum of rows.
    case breakdownNotSum(String, code: String)
    /// Note: how to write a breakdown.
    case writeBreakdown
    /// A penyebut_nol outside 0..1.
    case zeroDenominatorRange(String)
    /// A penyebut_nol that cannot be read.
    case zeroDenominatorUnreadable(String, at: String)
    /// Note: how to write penyebut_nol.
    case writeZeroDenominator
    /// A syarat that checks a code the tree does not have.
    case criterionNodeMissing(String, code: String)
    /// A syarat that needs a predicate without criteria.
    case criterionPredicateMissing(String, predicate: String)
    /// Two bands with the same ambang.
    case sameThreshold
    /// Note: bands are contiguous (the first band).
    case bandsContiguous(String)
    /// Note: the forms of a tipe rumus.
    case answerTypeExpected
    /// A scale that is not `skala MIN..MAX`.
    case scaleForm(String)
    /// A conversion that cannot be read.
    case conversionUnreadable(String)
    /// An option named twice in a conversion.
    case optionTwice(String, in: String)
    /// A conversion with one option.
    case fewerThanTwoOptions(String)
    /// A formula that is not a fraction.
    case formulaForm(String)
    /// A formula with an empty term.
    case formulaEmptyTerm(String)
    /// A formula with a term that cannot be read.
    case formulaUnreadableTerm(String, term: String)
    /// A penjelasan on a row that is not a scored item.
    case guideOnNonItem(kind: String, code: String)
    /// Note: where criteria go.
    case guidesOnItems
    /// A part of penjelasan without a label.
    case guidePartNamesNoOption(String)
    /// Note: how to write penjelasan for a choice.
    case writeGuide(type: String, options: String)
    /// A penjelasan label that is not an option.
    case guideUnknownOption(String, type: String)
    /// Note: the options of a type.
    case optionsOfType(String, options: String)
    /// Note: the nearest option.
    case didYouMean(String)
    /// An option explained twice.
    case guideOptionTwice(String)
    /// An option with an empty criterion.
    case guideOptionEmpty(String)
    /// A file without an instrumen row.
    case noInstrumentRow
    /// Note: the first data row.
    case firstRowIsInstrumen
    /// An instrument whose items explain no options.
    case noGuides(String, items: Int)
    /// Note: add a penjelasan column.
    case addGuideColumn
    /// An item without penjelasan.
    case itemWithoutGuide(String)
    /// Note: what penjelasan says.
    case sayWhatOptionsMean
    /// A penjelasan that leaves options out.
    case guideMissesOptions(String, [String])
    /// A node whose parent does not come before it.
    case noParent(String, parent: String)
    /// Note: parents come first.
    case parentFirst
    /// A node under a parent of a kind it cannot be under.
    case kindUnderKind(String, parent: String)
    /// A node other than a component with a code without dots.
    case withoutParent(String, kind: String)
    /// Note: only components have codes without dots.
    case onlyComponentWithoutDots
    /// Components whose weights do not add up to the declared total.
    case componentsSum(String, declared: String)
    /// Note: components add up to the total.
    case componentsAddUp
    /// A node without a positive weight.
    case noPositiveWeight(kind: String, code: String)
    /// A sub-indicator with weighted and unweighted children.
    case mixedWeights(String)
    /// A heading without a scored item.
    case noScoredItem(kind: String, code: String)
    /// A node with children without weight.
    case childrenWithoutWeight(String)
    /// Note: where unweighted items go.
    case unweightedUnderSubIndicator
    /// Children whose weights do not add up to their parent.
    case childrenSum(String, sum: String, weight: String)
    /// Note: the tolerance of weights.
    case withinHalfHundredth
    /// An item under a sub-indicator with its own weight.
    case itemOwnWeight(String)
    /// Note: an item's share.
    case itemShare
    /// An item outside a sub-indicator without weight.
    case itemNeedsWeight(String)
    /// An input row with a weight.
    case inputWithWeight(String)
    /// A heading with an answer type.
    case notAnsweredTakesNoType(kind: String, code: String)
    /// An item without an answer type.
    case noAnswerType(String)
    /// An answer type that is not defined.
    case undefinedAnswerType(String)
    /// Note: the defined answer types.
    case definedTypes([String])
    /// An input row without a count type.
    case inputNeedsCount(String)
    /// A scored item with a count type.
    case scoredNotCount(String)
    /// Only percentage items take maks_penyebut.
    case onlyPercentCap
    /// Only percentage items have a rumus.
    case onlyPercentFormula
    /// An item with input rows that is not a percentage.
    case inputsNotPercent(String)
    /// Only items have a gerbang.
    case onlyItemGate
    /// A gerbang that is not an item.
    case gateNotItem(String, code: String)
    /// Note: what a gate names.
    case gateNamesItem
    /// Gates that form a cycle.
    case gateCycle(String, through: String)
    /// A breakdown row that is not an input row of the same item.
    case breakdownNotSibling(String, of: String)
    /// Only weighted headings take a direct value.
    case onlyWeightedHeadingDirect
    /// A direct value whose type is not a scale.
    case directNotScale(String, code: String)
    /// Note: a direct value is on a scale.
    case directIsScale
    /// A percentage item without rumus.
    case percentWithoutFormula(String)
    /// Note: how to write a percentage rumus.
    case writeFormula
    /// A percentage item without input rows.
    case percentWithoutInputs(String)
    /// Note: where input rows go.
    case inputsFollow(String)
    /// A rumus that reads a row that is not its input.
    case formulaReadsOther(String, code: String)
    /// Note: the input rows of an item.
    case inputRows([String])
    /// A bagian that is not known.
    case unknownPart(String)
    /// A kategori rumus that is not known.
    case unknownBandRule(String, band: String)
    /// Note: how to write a stand-in band.
    case writeTargetBand
    /// A stand-in band with an ambang.
    case standInTakesNoThreshold(String)
    /// Note: a stand-in band's range.
    case rangeOfReplaced
    /// Only components take a bagian.
    case onlyComponentPart
    /// A component of a two-part index without bagian.
    case componentWithoutPart(String)
    /// Note: the parts of a two-part index.
    case everyComponentHasPart
    /// Only weighted lines of RB General may be not applicable.
    case onlyGeneralNotApplicable
    /// Only lines scored on a range take a target.
    case onlyRangeTarget
    /// A target outside its line's range.
    case targetOutsideRange(String, code: String, range: String)
    /// Components of RB General that do not add up to 100.
    case generalSum(String)
    /// Note: RB General is rescaled.
    case generalRescaled
    /// A second coefficient component.
    case secondCoefficient
    /// A coefficient component with a weight.
    case coefficientTakesNoWeight(String)
    /// Note: how the coefficient counts.
    case coefficientAdded
    /// A coefficient component without exactly one unweighted item.
    case coefficientOneItem(String)
    /// A coefficient that is not a scale within -10..10.
    case coefficientScale(String)
    /// Note: an example coefficient type.
    case coefficientExample
    /// A stand-in for a band that does not exist.
    case standInNotBand(String, for: String)
    /// Two stand-ins for one band.
    case secondStandIn(String)
    /// A stand-in band in an instrument without targets.
    case standInWithoutTargets(String)
    /// Note: give lines a target.
    case giveTargets
}
