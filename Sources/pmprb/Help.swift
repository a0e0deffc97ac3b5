import PMPRBKit

/// Help text in the layout of swift-argument-parser: OVERVIEW, USAGE, ARGUMENTS, OPTIONS, with
/// the headings in Indonesian (RINGKASAN, PENGGUNAAN, ...) unless English is chosen.
enum Help {
    static let version = "pmprb 0.1.0"

    /// The headings of the help layout.
    enum Heading {
        case overview, usage, arguments, options, subcommands

        func text(_ language: ReportLanguage) -> String {
            switch (self, language) {
            case (.overview, .id): "RINGKASAN:"
            case (.overview, .en): "OVERVIEW:"
            case (.usage, .id): "PENGGUNAAN:"
            case (.usage, .en): "USAGE:"
            case (.arguments, .id): "ARGUMEN:"
            case (.arguments, .en): "ARGUMENTS:"
            case (.options, .id): "OPSI:"
            case (.options, .en): "OPTIONS:"
            case (.subcommands, .id): "SUBPERINTAH:"
            case (.subcommands, .en): "SUBCOMMANDS:"
            }
        }
    }

    /// A left column 24 wide with the help beside it, or below it when the left text is longer
    /// than 22 characters, as swift-argument-parser lays out help.
    static func column(_ left: String, _ right: String) -> String {
        guard left.count <= 22 else {
            return "  " + left + "\n" + String(repeating: " ", count: 26) + right
        }
        return "  " + left + String(repeating: " ", count: 24 - left.count) + right
    }

    static func text(for command: any Command.Type, language: ReportLanguage) -> String {
        var lines = [
            Heading.overview.text(language) + " " + command.abstract(language), "",
            Heading.usage.text(language) + " " + command.usage, "",
        ]
        if !command.arguments.isEmpty {
            lines.append(Heading.arguments.text(language))
            lines += command.arguments.map { column("<\($0.name)>", $0.help(language)) }
            lines.append("")
        }
        lines.append(Heading.options.text(language))
        for option in command.options {
            let short = option.names.filter { !$0.hasPrefix("--") }
            var left = (short + option.names.filter { $0.hasPrefix("--") }).joined(separator: ", ")
            if let value = option.valueName { left += " <\(value)>" }
            lines.append(column(left, option.help(language)))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func root(commands: [any Command.Type], language: ReportLanguage) -> String {
        var lines = [
            Heading.overview.text(language) + " " + HelpCatalogue.text("help.overview", language),
            "",
            Heading.usage.text(language) + " pmprb <subcommand>",
            "",
            Heading.options.text(language),
            column("--lang <lang>", OptionSpec.language.help(language)),
            column("--version", HelpCatalogue.text("option.version", language)),
            column("-h, --help", OptionSpec.help.help(language)),
            "",
            Heading.subcommands.text(language),
        ]
        lines += commands.map { column($0.name, $0.abstract(language)) }
        lines += ["", "  " + HelpCatalogue.text("help.more", language)]
        return lines.joined(separator: "\n") + "\n"
    }
}
