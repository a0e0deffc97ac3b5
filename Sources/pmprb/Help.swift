/// Help text in the layout of swift-argument-parser: OVERVIEW, USAGE, ARGUMENTS, OPTIONS.
enum Help {
    static let version = "pmprb 0.1.0"

    /// A left column 24 wide with the help beside it, or below it when the left text is longer
    /// than 22 characters, as swift-argument-parser lays out help.
    static func column(_ left: String, _ right: String) -> String {
        guard left.count <= 22 else {
            return "  " + left + "\n" + String(repeating: " ", count: 26) + right
        }
        return "  " + left + String(repeating: " ", count: 24 - left.count) + right
    }

    static func text(for command: any Command.Type) -> String {
        var lines = ["OVERVIEW: " + command.abstract, "", "USAGE: " + command.usage, ""]
        if !command.arguments.isEmpty {
            lines.append("ARGUMENTS:")
            lines += command.arguments.map { column("<\($0.name)>", $0.help) }
            lines.append("")
        }
        lines.append("OPTIONS:")
        for option in command.options {
            let short = option.names.filter { !$0.hasPrefix("--") }
            var left = (short + option.names.filter { $0.hasPrefix("--") }).joined(separator: ", ")
            if let value = option.valueName { left += " <\(value)>" }
            lines.append(column(left, option.help))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func root(commands: [any Command.Type]) -> String {
        var lines = [
            "OVERVIEW: Score PMPRB and Zona Integritas self-assessment worksheets (LKE).",
            "",
            "USAGE: pmprb <subcommand>",
            "",
            "OPTIONS:",
            column("--version", "Show the version."),
            column("-h, --help", "Show help information."),
            "",
            "SUBCOMMANDS:",
        ]
        lines += commands.map { column($0.name, $0.abstract) }
        lines += ["", "  See 'pmprb help <subcommand>' for detailed help."]
        return lines.joined(separator: "\n") + "\n"
    }
}
