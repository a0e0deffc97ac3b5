import PMPRBKit

/// A failure of a command other than bad data: a missing file, a wrong instrument, an output
/// that cannot be written.
struct CommandFailure: Error {
    var code: ExitCode
    /// The file the failure is about, written before the message, if any.
    var file: String?
    var message: Message
    var notes: [Message]

    init(
        _ code: ExitCode, _ message: CommandMessage, file: String? = nil,
        notes: [CommandMessage] = []
    ) {
        self.code = code
        self.file = file
        self.message = .command(message)
        self.notes = notes.map(Message.command)
    }
}

extension CommandIO {
    /// Writes an error the way every command reports it and returns its exit code.
    ///
    /// This is the one place where errors become exit codes: usage errors 64, refused data 65
    /// (or 66 when a file is unreadable), a command's own failures their code, anything else 1.
    mutating func fail(_ error: any Error, command: (any Command.Type)? = nil) -> ExitCode {
        switch error {
        case let error as UsageError:
            standardError += "pmprb: error: " + error.message.rendered(language) + "\n"
            if let command {
                standardError += CommandMessage.usage(command.usage).rendered(language) + "\n"
                standardError += CommandMessage.seeCommandHelp(command.name).rendered(language)
            } else {
                standardError += CommandMessage.seeRootHelp.rendered(language)
            }
            standardError += "\n"
            return .usage
        case let error as DiagnosticError:
            for diagnostic in error.diagnostics { report(diagnostic) }
            return ExitCode(error.kind)
        case let failure as CommandFailure:
            let file = failure.file.map { $0 + ": " } ?? ""
            standardError += "pmprb: error: " + file + failure.message.rendered(language) + "\n"
            for note in failure.notes { standardError += "note: " + note.rendered(language) + "\n" }
            return failure.code
        default:
            self.error(.unexpectedFailure("\(error)"))
            return .failure
        }
    }

    /// Writes one `pmprb: error:` line.
    mutating func error(_ message: CommandMessage) {
        standardError += "pmprb: error: " + message.rendered(language) + "\n"
    }

    /// Writes one `note:` line.
    mutating func note(_ message: CommandMessage) {
        standardError += "note: " + message.rendered(language) + "\n"
    }
}
