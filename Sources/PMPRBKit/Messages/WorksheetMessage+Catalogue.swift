extension WorksheetMessage: CatalogueMessage {
    static let layer = "worksheet"

    func entry(_ language: ReportLanguage) -> (key: String, values: [String])? {
        switch self {
        case .unknownHeldPredicate(let name, let known):
            known.isEmpty
                ? ("unknownHeldPredicate.none", [name])
                : ("unknownHeldPredicate", [name, known.joined(separator: ", ")])
        case .weightDiffers(let text, let code, let expected):
            expected.map { ("weightDiffers", [text, code, $0]) }
                ?? ("weightDiffers.none", [text, code])
        case .allowedAnswers(let conversion):
            ("allowedAnswers", [Self.allowed(conversion, language)])
        case .missingRows(let count, let id, let shown):
            (
                count > 5 ? "missingRows.more" : "missingRows",
                [
                    "\(count)", id, shown.prefix(5).map { "'\($0)'" }.joined(separator: ", "),
                    "\(count - 5)",
                ]
            )
        case .duplicateMetadataRow(let key): ("duplicateMetadataRow", [VisibleText.quoted(key)])
        case .metadataFirstGivenOn(let line, let column):
            column.map { ("metadataFirstGivenOn.column", ["\(line)", "\($0)"]) }
                ?? ("metadataFirstGivenOn", ["\(line)"])
        case .swallowedRows(let count, let first):
            count > 1
                ? ("swallowedRows.more", ["\(count)", first, "\(count - 1)"])
                : ("swallowedRows", ["\(count)", first])
        default: nil
        }
    }

    /// The message in a language.
    public func rendered(_ language: ReportLanguage) -> String { catalogued(language) }

    /// The answers a conversion allows: `A/B/C`, or a description of a number.
    static func allowed(_ conversion: AnswerType.Conversion, _ language: ReportLanguage) -> String {
        let text = { MessageCatalogue.text("worksheet.allowed." + $0, language, $1) }
        return switch conversion {
        case .options(let options): options.map(\.label).joined(separator: "/")
        case .scale(let minimum, let maximum):
            text("scale", [AnswerProblem.plain(minimum), AnswerProblem.plain(maximum)])
        case .percent: text("percent", [])
        case .count: text("count", [])
        }
    }
}

extension AnswerProblem: CatalogueMessage {
    static let layer = "answerProblem"

    func entry(_ language: ReportLanguage) -> (key: String, values: [String])? {
        switch self {
        case .outOfRange(let minimum, let maximum):
            ("outOfRange", [Self.plain(minimum), Self.plain(maximum)])
        case .countTooLarge: ("countTooLarge", [AnswerReading.largestCountText])
        default: nil
        }
    }
}
