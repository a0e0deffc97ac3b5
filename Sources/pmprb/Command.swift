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

extension Command {
    /// The summary: `abstract.<name>` of the help catalogue.
    static var abstract: HelpText { HelpText("abstract.\(name)") }

    /// A positional argument whose help is `argument.<command>.<name>` of the help catalogue
    /// (`opd...` is `argument.aggregate.opd`), or `key` when commands share it.
    static func argument(_ name: String, key: String? = nil) -> (name: String, help: HelpText) {
        let plain = name.hasSuffix("...") ? String(name.dropLast(3)) : name
        return (name, HelpText(key ?? "argument.\(Self.name).\(plain)"))
    }

    /// The filled worksheet, the one argument of `score` and `gaps`.
    static var worksheetArgument: [(name: String, help: HelpText)] {
        [argument("file", key: "argument.file")]
    }
}
