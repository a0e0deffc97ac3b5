import PMPRBKit

/// A subcommand of `pmprb`: documented arguments, parsed once, then run.
protocol Command {
    /// The name typed after `pmprb`.
    static var name: String { get }
    /// One line for the command list.
    static var abstract: HelpText { get }
    /// The positional arguments, as `(name, help)`.
    static var arguments: [(name: String, help: HelpText)] { get }
    /// The options.
    static var options: [OptionSpec] { get }

    /// Reads the parsed command line.
    init(_ arguments: ParsedArguments) throws

    /// Runs the command.
    func run(_ io: inout CommandIO) throws -> ExitCode
}

extension Command {
    /// The usage line: `pmprb score <file> [--format <format>] …`.
    static var usage: String {
        var parts = ["pmprb", name]
        parts += arguments.map { "<\($0.name)>" }
        for option in options where option.names[0] != "--help" {
            if let value = option.valueName {
                parts.append("[\(option.names[0]) <\(value)>]")
            } else {
                parts.append("[\(option.names[0])]")
            }
        }
        return parts.joined(separator: " ")
    }
}

/// Options shared by several commands.
enum SharedOptions {
    static let format = OptionSpec(
        names: ["--format", "-f"], valueName: "format",
        help: HelpText(
            id: "Format keluaran. (nilai: text, json, csv, markdown, html; bawaan: text)",
            en: "Output format. (values: text, json, csv, markdown, html; default: text)"))
    static let language = OptionSpec(
        names: ["--lang"], valueName: "lang",
        help: HelpText(
            id: "Bahasa pesan dan laporan teks, Markdown dan HTML; juga PMPRB_LANG. "
                + "(nilai: id, en; bawaan: id)",
            en: "Language of messages and of text, Markdown and HTML reports; also PMPRB_LANG. "
                + "(values: id, en; default: id)"))
    static let output = OptionSpec(
        names: ["--output", "-o"], valueName: "file",
        help: HelpText(
            id: "Tulis hasil ke berkas ini (secara atomik), bukan ke keluaran standar.",
            en: "Write the result to this file (atomically) instead of standard output."))
    static let instrument = OptionSpec(
        names: ["--instrumen"], valueName: "id-or-file",
        help: HelpText(
            id: "Gunakan instrumen ini (id bawaan atau berkas instrumen), bukan yang disebut "
                + "lembar kerja.",
            en: "Use this instrument (a built-in id or an instrument file) instead of the one "
                + "the worksheet names."))
    static let delimiter = OptionSpec(
        names: ["--delimiter"], valueName: "delimiter",
        help: HelpText(
            id: "Baca lembar kerja dengan pemisah ini, bukan hasil deteksi. "
                + "(nilai: comma, semicolon, tab)",
            en: "Read the worksheet with this delimiter instead of detecting it. "
                + "(values: comma, semicolon, tab)"))
    /// A worksheet given as the one positional argument.
    static let worksheetArgument = [
        (
            name: "file",
            help: HelpText(
                id: "Lembar kerja yang sudah diisi (CSV atau .xlsx), atau - untuk masukan standar.",
                en: "The filled worksheet (CSV or .xlsx), or - for standard input.")
        )
    ]
}
