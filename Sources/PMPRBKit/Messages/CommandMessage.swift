/// The messages of the command-line tool: the command line, files, instruments and runs.
///
/// Each case carries its values; ``rendered(_:)`` writes it in Indonesian or English. Quoted
/// values are the user's own text and are never translated.
public enum CommandMessage: Hashable, Sendable {
    /// Why a file could not be read.
    public enum ReadFailure: Hashable, Sendable {
        /// No file or folder by that name.
        case noSuchFile
        /// No file or folder by that name, where a folder would do.
        case noSuchFileOrFolder
        /// The path names a folder.
        case isDirectory
        /// The file exists but could not be read.
        case unreadable
        /// A symbolic link whose target does not exist.
        case danglingLink(target: String?)
        /// A file or stream larger than the limit of a worksheet, in MiB.
        case tooLarge(limitMB: Int, stream: Bool)
        /// The system's own reason, as `strerror` gives it.
        case system(String)
    }

    /// A subcommand that does not exist, with the nearest one.
    case unknownSubcommand(String, suggestion: String?)
    /// An option the command does not have, with the nearest one.
    case unknownOption(String, suggestion: String?)
    /// An option given without its value.
    case optionNeedsValue(String, valueName: String)
    /// A flag given a value.
    case optionTakesNoValue(String)
    /// An option's value outside its choices.
    case optionChoice(String, value: String, allowed: [String])
    /// An option that needs a whole number of at least `minimum`.
    case optionNeedsWholeNumber(String, minimum: Int, value: String)
    /// An option that needs a year.
    case optionNeedsYear(String, value: String)
    /// An option whose value is a declaration that cannot be read (`--predikat`).
    case optionDeclaration(String, reason: WorksheetMessage)
    /// `--threshold` outside (0, 100].
    case optionNeedsPercentage(String, value: String)
    /// `--target` that is neither a total, a category nor a predicate.
    case unknownTarget(String, grades: [String], predicates: [String])
    /// A binary output (a workbook) asked for without a file to write it to.
    case binaryNeedsOutput(example: String)
    /// Options that only make sense with another one.
    case optionsGoWith([String], String)
    /// A required positional argument is missing: `<file>`.
    case missingArgument(String)
    /// A positional argument that an action needs.
    case missingArgumentForAction(String, action: String)
    /// A required option is missing: `--pemda <file>`.
    case missingOption(String)
    /// Too many positional arguments: the command, what it takes, how many were given.
    case tooManyArguments(command: String, takes: Int, what: InputKind, got: Int)
    /// `usulan --format csv`.
    case formatNotWritten(command: String, format: String, allowed: [String])
    /// An action of `instrumen` that does not exist.
    case unknownAction(String, allowed: [String])
    /// An environment variable with a bad whole number.
    case environmentNeedsWholeNumber(String, minimum: Int, value: String)
    /// An environment variable outside its choices.
    case environmentChoice(String, value: String, allowed: [String])
    /// A file that could not be read.
    case cannotRead(String, ReadFailure)
    /// The file a diagnostic already names could not be read.
    case cannotReadThisFile(ReadFailure)
    /// A folder whose listing could not be read.
    case cannotReadFolder(String)
    /// A folder without `*.csv` files.
    case folderHasNoWorksheets(String)
    /// A file that could not be written, with the system's reason.
    case cannotWrite(String, reason: String)
    /// An output behind too many symbolic links.
    case cannotWriteThroughLinks(String)
    /// An output that names a directory.
    case outputIsDirectory(String)
    /// Note: name a file for `--output`.
    case nameAFile
    /// An output that is an input of the same run (under another name, if given).
    case outputIsInput(String, input: String?)
    /// Note: choose another output so that the input is kept.
    case chooseAnotherOutput
    /// Files `generate` would replace, without `--force`.
    case filesExist(String, more: Int)
    /// Note: `--force` or another folder.
    case passForce
    /// `--format` that contradicts the output's extension.
    case formatContradictsOutput(format: String, output: String, inferred: String)
    /// An output extension the command cannot write.
    case cannotWriteExtension(command: String, ext: String, output: String, written: [String])
    /// A folder that could not be created, with the system's reason.
    case cannotCreate(String, reason: String)
    /// An instrument id that is neither built in nor a file.
    case unknownInstrument(String)
    /// The built-in instruments, and how else to name one.
    case builtinInstruments([String], otherwise: InstrumentHint)
    /// A worksheet without a `#instrumen` row.
    case worksheetNamesNoInstrument
    /// How to name a worksheet's instrument.
    case addInstrumentRow
    /// No worksheet of a batch names its instrument.
    case noWorksheetNamesInstrument
    /// A worksheet of another instrument than `--instrumen`.
    case worksheetOfOtherInstrument(named: String, chosen: String)
    /// Advice for the message above.
    case dropInstrumentOption
    /// The instrument of a batch and who chose it (a file, or `--instrumen` when `nil`).
    case instrumentOfRun(String, namedBy: String?)
    /// Worksheets of several instruments in one batch: each instrument with its count.
    case mixedInstruments(ids: [String], counts: [Int])
    /// A file that is neither a worksheet nor an instrument file.
    case neitherWorksheetNorInstrument
    /// The summary line of `validate`.
    case validated(files: Int, errors: Int, warnings: Int)
    /// Unanswered items (validate).
    case unanswered(Int, of: Int)
    /// Unanswered items; the score is a lower bound (score).
    case unansweredLowerBound(Int, of: Int)
    /// Unanswered items listed with their full potential (gaps).
    case unansweredFullPotential(Int, of: Int)
    /// Worksheets refused in a batch; no report was written (or, with `result`, no result was
    /// computed).
    case refused(Int, result: Bool)
    /// Advice after refusals.
    case passSkipInvalid
    /// The Pemda worksheet of `aggregate` could not be read.
    case pemdaUnreadable(String)
    /// `aggregate` of an instrument without a Pemda + OPD rule.
    case noAggregationRule(String)
    /// Note: which instruments can be aggregated.
    case onlyGabunganAggregates
    /// Note: rank with `compare` instead.
    case rankWithCompare
    /// `aggregate` given only the Pemda's worksheet.
    case noOPDWorksheets
    /// Advice for the message above.
    case passOPDWorksheets
    /// Two worksheets of one unit and year in a batch.
    case duplicateUnitYear(unit: String, year: Int?, other: String)
    /// Advice for the message above.
    case keepOneWorksheet(String, String)
    /// `diff` of two instruments.
    case diffOfTwoInstruments(first: String, String, second: String, String)
    /// Advice for the message above.
    case diffNeedsOneInstrument
    /// `diff` of two units.
    case differentUnits(String, String)
    /// A proposal's LKE that is not a Zona Integritas worksheet.
    case lkeNotZonaIntegritas(path: String, instrument: String)
    /// Advice for the message above.
    case lkeIsZonaIntegritas
    /// A worksheet named by a proposal file that cannot be read.
    case cannotReadReference(String)
    /// Where it was looked for.
    case lookedFor(String)
    /// Worksheets written into a folder (generate).
    case worksheetsWritten(Int, folder: String)
    /// A failure that is a bug.
    case unexpectedFailure(String)
    /// The usage line after a usage error.
    case usage(String)
    /// Where to find a command's help.
    case seeCommandHelp(String)
    /// Where to find the list of subcommands.
    case seeRootHelp

    /// What a command takes as positional arguments.
    public enum InputKind: Hashable, Sendable {
        /// Worksheets.
        case worksheet
        /// Proposal files.
        case proposalFile
        /// Instruments, by id or file.
        case instrument
    }

    /// How else an instrument may be named, after the built-in ids.
    public enum InstrumentHint: Hashable, Sendable {
        /// By the path of its file.
        case byPath
        /// With `--instrumen FILE`.
        case instrumentOption
        /// With `--instrumen`, or validated in the same run.
        case validateTogether
    }
}
