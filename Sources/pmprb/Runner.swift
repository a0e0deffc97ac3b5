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
func run(_ arguments: [String], io: inout CommandIO) -> ExitCode {
    guard let first = arguments.first else {
        io.standardError += Help.root(commands: commands)
        return .usage
    }
    switch first {
    case "-h", "--help":
        io.print(Help.root(commands: commands))
        return .success
    case "--version":
        io.print(Help.version + "\n")
        return .success
    case "help":
        guard arguments.count > 1 else {
            io.print(Help.root(commands: commands))
            return .success
        }
        guard let command = commands.first(where: { $0.name == arguments[1] }) else {
            return usageError(UsageError("unknown subcommand '\(arguments[1])'"), io: &io)
        }
        io.print(Help.text(for: command))
        return .success
    default:
        break
    }
    guard let command = commands.first(where: { $0.name == first }) else {
        var message = "unknown subcommand '\(first)'"
        if let near = commands.map({ $0.name }).first(where: { $0.hasPrefix(String(first.prefix(2))) }) {
            message += "; did you mean '\(near)'?"
        }
        return usageError(UsageError(message), io: &io)
    }
    let rest = Array(arguments.dropFirst())
    if rest.contains("--help") || rest.contains("-h") {
        io.print(Help.text(for: command))
        return .success
    }
    do {
        return try execute(command, rest, io: &io)
    } catch let error as UsageError {
        return usageError(error, io: &io, command: command)
    } catch let error as DiagnosticError {
        for diagnostic in error.diagnostics { io.report(diagnostic) }
        return error.kind == .unreadable ? .noInput : .dataError
    } catch let failure as CommandFailure {
        io.standardError += "pmprb: error: " + failure.message + "\n"
        for note in failure.notes { io.standardError += "note: " + note + "\n" }
        return failure.code
    } catch {
        io.standardError += "pmprb: error: unexpected failure: \(error)\n"
        return .failure
    }
}

private func execute(
    _ command: any Command.Type, _ arguments: [String], io: inout CommandIO
) throws -> ExitCode {
    let parsed = try ParsedArguments(arguments, options: command.options)
    let instance = try command.init(parsed)
    return try instance.run(&io)
}

private func usageError(
    _ error: UsageError, io: inout CommandIO, command: (any Command.Type)? = nil
) -> ExitCode {
    io.standardError += "pmprb: error: " + error.message + "\n"
    if let command {
        io.standardError += "Usage: " + command.usage + "\n"
        io.standardError += "  See 'pmprb help \(command.name)' for more information.\n"
    } else {
        io.standardError += "  See 'pmprb --help' for the list of subcommands.\n"
    }
    return .usage
}
