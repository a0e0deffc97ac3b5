import PMPRBPlatform
import PMPRBKit

/// The subcommands, in the order help lists them.
var commands: [any Command.Type] {
    [
        ScoreCommand.self, GapsCommand.self, TemplateCommand.self, ValidateCommand.self,
        GenerateCommand.self,
        CompareCommand.self, DiffCommand.self, AggregateCommand.self,
        InstrumentCommand.self, UsulanCommand.self, PetaJalanCommand.self,
    ]
}

/// Runs a command line and returns the exit code; output goes to `io`.
///
/// The language of help, messages and reports is `--lang` (anywhere before `--`), else the
/// environment variable `PMPRB_LANG`, else Indonesian.
func run(
    _ arguments: [String], io: inout CommandIO,
    environment: [String: String] = ProcessEnvironment.variables([LanguageChoice.variable])
) -> ExitCode {
    let choice: LanguageChoice
    do {
        choice = try LanguageChoice(arguments, environment: environment)
    } catch {
        return io.fail(error)
    }
    io.language = choice.language
    let arguments = choice.arguments
    guard let first = arguments.first else {
        io.standardError += Help.root(commands: commands, language: io.language)
        return .usage
    }
    switch first {
    case "-h", "--help":
        io.print(Help.root(commands: commands, language: io.language))
        return .success
    case "--version":
        io.print(Help.version + "\n")
        return .success
    case "help":
        guard arguments.count > 1 else {
            io.print(Help.root(commands: commands, language: io.language))
            return .success
        }
        guard let command = commands.first(where: { $0.name == arguments[1] }) else {
            return io.fail(UsageError(SubcommandSuggestion.unknown(arguments[1])))
        }
        io.print(Help.text(for: command, language: io.language))
        return .success
    default:
        break
    }
    guard let command = commands.first(where: { $0.name == first }) else {
        return io.fail(UsageError(SubcommandSuggestion.unknown(first)))
    }
    var rest = Array(arguments.dropFirst())
    if rest.contains("--help") || rest.contains("-h") {
        io.print(Help.text(for: command, language: io.language))
        return .success
    }
    // Every command lists `--lang`; it reaches the command as the language chosen.
    rest = ["--lang", io.language.rawValue] + rest
    do {
        let parsed = try ParsedArguments(rest, options: command.options)
        let instance = try command.init(parsed)
        return try instance.run(&io)
    } catch {
        return io.fail(error, command: command)
    }
}
