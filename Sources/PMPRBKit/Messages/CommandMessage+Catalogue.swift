extension CommandMessage: CatalogueMessage {
    static let layer = "command"

    func entry(_ language: ReportLanguage) -> (key: String, values: [String])? {
        switch self {
        case .unknownSubcommand(let name, let suggestion), .unknownOption(let name, let suggestion):
            (caseName, [name, suggestion.map { phrase("didYouMean", language, [$0]) } ?? ""])
        case .unknownTarget(let value, let grades, let predicates):
            ("unknownTarget", [
                value, ([grades.joined(separator: ", ")] + predicates).joined(separator: ", "),
            ])
        case .outputIsInput(let output, let input):
            input.map { ("outputIsInput.named", [output, $0]) } ?? ("outputIsInput", [output])
        case .filesExist(let first, let more):
            more > 0 ? ("filesExist.more", [first, "\(more)"]) : ("filesExist", [first])
        case .optionsGoWith(let names, let other):
            names.count == 1
                ? ("optionsGoWith", [names[0], other])
                : ("optionsGoWith.many", [language.list(names.map { "'\($0)'" }), other])
        case .tooManyArguments(let command, let takes, let what, let got):
            ("tooManyArguments.\(what).\(takes == 1 ? 1 : 2)", [command, "\(got)"])
        case .formatNotWritten(let command, let format, let allowed):
            ("formatNotWritten", [command, format, language.list(allowed)])
        case .unknownAction(let action, let allowed):
            ("unknownAction", [action, language.list(allowed)])
        case .instrumentOfRun(let id, let namedBy):
            namedBy.map { ("instrumentOfRun.named", [id, $0]) } ?? ("instrumentOfRun", [id])
        case .mixedInstruments(let ids, let counts):
            ("mixedInstruments", ["\(ids.count)", Self.counted(ids, counts)])
        case .refused(let count, let result):
            (result ? "refused.result" : "refused", ["\(count)"])
        case .duplicateUnitYear(let unit, let year, let other):
            year.map { ("duplicateUnitYear", [unit, "\($0)", other]) }
                ?? ("duplicateUnitYear.noYear", [unit, other])
        // The warnings of an ordinary run, written without reading the case by `Mirror`, which
        // costs the first message of a run more than the rest of it (docs/performance.md).
        case .unanswered(let count, let total): ("unanswered", ["\(count)", "\(total)"])
        case .unansweredLowerBound(let count, let total):
            ("unansweredLowerBound", ["\(count)", "\(total)"])
        case .unansweredFullPotential(let count, let total):
            ("unansweredFullPotential", ["\(count)", "\(total)"])
        default: nil
        }
    }

    /// The message in a language.
    public func rendered(_ language: ReportLanguage) -> String { catalogued(language) }

    /// `zi-2021 (3), rb-2014 (1)`.
    private static func counted(_ ids: [String], _ counts: [Int]) -> String {
        zip(ids, counts).map { "\($0) (\($1))" }.joined(separator: ", ")
    }
}

extension CommandMessage.ReadFailure: CatalogueMessage {
    static let layer = "command.readFailure"

    func entry(_ language: ReportLanguage) -> (key: String, values: [String])? {
        switch self {
        case .danglingLink(let target):
            target.map { ("danglingLink", [$0]) } ?? ("danglingLink.unknown", [])
        case .tooLarge(let limit, let stream):
            (stream ? "tooLarge.stream" : "tooLarge", ["\(limit)"])
        default: nil
        }
    }
}

extension CommandMessage.InstrumentHint: CatalogueMessage {
    static let layer = "command.instrumentHint"
}
