/// A message shown to people, by identity: what is said, with its values, not how.
///
/// Every user-facing message of the library and the command-line tool is a case of this
/// catalogue, rendered in Indonesian or English by ``rendered(_:)``. Code that needs to know which
/// message it holds compares cases, never the text. ``uncatalogued(_:)`` carries text that has no
/// case yet (shown as written, in both languages).
public enum Message: Hashable, Sendable {
    /// A message of the command-line tool: its arguments, files and runs.
    case command(CommandMessage)
    /// A message about a worksheet.
    case worksheet(WorksheetMessage)
    /// A message about a proposal file.
    case proposal(ProposalMessage)
    /// A message about a road map, a realisation file or a RATL file.
    case roadMap(RoadMapMessage)
    /// A message about an instrument file.
    case instrument(InstrumentMessage)
    /// A message of the CSV layer: encoding, quoting, the header and the limits.
    case csv(CSVMessage)
    /// A message of the workbook layer: refused files, unreadable parts and the audit.
    case workbook(WorkbookMessage)
    /// Text without a catalogue entry, shown as written in every language.
    case uncatalogued(String)

    /// The message in a language.
    public func rendered(_ language: ReportLanguage) -> String {
        switch self {
        case .command(let message): message.rendered(language)
        case .worksheet(let message): message.rendered(language)
        case .proposal(let message): message.rendered(language)
        case .roadMap(let message): message.rendered(language)
        case .instrument(let message): message.rendered(language)
        case .csv(let message): message.rendered(language)
        case .workbook(let message): message.rendered(language)
        case .uncatalogued(let text): text
        }
    }
}

extension ReportLanguage {
    /// Picks the Indonesian or the English text.
    func pick(_ id: String, _ en: String) -> String { self == .id ? id : en }

    /// Words joined as a list: `a, b dan c` or `a, b and c`.
    func list(_ words: [String]) -> String {
        guard words.count > 1, let last = words.last else { return words.first ?? "" }
        return words.dropLast().joined(separator: ", ") + pick(" dan ", " and ") + last
    }
}
