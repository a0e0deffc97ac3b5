import PMPRBKit

/// `pmprb diff A B`: two worksheets of one unit, item by item.
struct DiffCommand: Command {
    static let name = "diff"
    static let arguments = [argument("a"), argument("b")]
    static let options = ReportOutput.specs() + WorksheetReading.specs + [.help]

    var first: String
    var second: String
    var writing: ReportOutput
    var reading: WorksheetReading

    init(_ arguments: ParsedArguments) throws(UsageError) {
        guard arguments.positionals.count == 2 else {
            let count = arguments.positionals.count
            throw UsageError(
                count < 2
                    ? .missingArgument(count == 0 ? "<a>" : "<b>")
                    : .tooManyArguments(command: Self.name, takes: 2, what: .worksheet, got: count))
        }
        first = arguments.positionals[0]
        second = arguments.positionals[1]
        writing = try ReportOutput(arguments, command: Self.name)
        reading = try WorksheetReading(arguments)
    }

    func run(_ io: inout CommandIO) throws -> ExitCode {
        try reading.checkOutput(writing.output, inputs: [first, second])
        var loaded: [(Instrument, Worksheet)] = []
        var code: ExitCode?
        for path in [first, second] {
            do {
                loaded.append(try reading.load(path, io: &io))
            } catch {
                let failed = CoordinatorOptions.report(error, io: &io)
                code = code ?? failed
            }
        }
        if let code { return code }
        let (instrumentA, worksheetA) = loaded[0]
        let (instrumentB, worksheetB) = loaded[1]
        guard instrumentA.id == instrumentB.id else {
            throw CommandFailure(
                .wrongInstrument,
                .diffOfTwoInstruments(first: first, instrumentA.id, second: second, instrumentB.id),
                notes: [.diffNeedsOneInstrument])
        }
        let diff = WorksheetDiff(instrument: instrumentA, first: worksheetA, second: worksheetB)
        if diff.namesDifferentUnits {
            io.report(
                .warning(
                    .command(.differentUnits(diff.first.unit, diff.second.unit)), file: second))
        }
        let report = DiffReport(
            diff: diff, language: writing.language, csvDialect: writing.csvDialect)
        try writing.emit(report, io: &io)
        return .success
    }
}
