import PMPRBKit

extension ParsedArguments {
    /// The one positional argument of a command that takes exactly one.
    func single(
        _ name: String, command: String, what: CommandMessage.InputKind = .worksheet
    ) throws(UsageError) -> String {
        guard let first = positionals.first else { throw UsageError(.missingArgument("<\(name)>")) }
        guard positionals.count == 1 else {
            throw UsageError(
                .tooManyArguments(command: command, takes: 1, what: what, got: positionals.count))
        }
        return first
    }

    /// The positionals, of which there must be at least one; `name` is how the usage line
    /// names them (`file-or-folder...`).
    func oneOrMore(_ name: String) throws(UsageError) -> [String] {
        guard !positionals.isEmpty else { throw UsageError(.missingArgument("<\(name)>")) }
        return positionals
    }

    /// Throws unless `format` is CSV when `--excel-id` is given.
    func checkExcel(_ format: ReportFormat) throws(UsageError) {
        if flag("--excel-id") && format != .csv {
            throw UsageError(.optionsGoWith(["--excel-id"], "--format csv"))
        }
    }
}
