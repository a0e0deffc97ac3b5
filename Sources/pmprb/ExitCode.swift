import PMPRBKit

/// The exit codes of `pmprb`, documented in `docs/cli.md`.
enum ExitCode: Int32, CaseIterable {
    /// Success.
    case success = 0
    /// An unexpected failure (a bug): please report it.
    case failure = 1
    /// `validate` found problems, or `score --strict` found warnings.
    case findings = 2
    /// The command line is wrong: an unknown command or flag, a missing or bad value.
    case usage = 64
    /// An input file's content is wrong: malformed CSV, an answer that fits no option, a
    /// weight that differs from the instrument.
    case dataError = 65
    /// An input file is missing or unreadable.
    case noInput = 66
    /// The worksheet belongs to another instrument, or names one that is not known.
    case wrongInstrument = 67
    /// The output cannot be created there: it names an input of the same run, a directory, or
    /// files that `generate` would replace without `--force`. Nothing was written.
    case cannotCreate = 73
    /// The output file could not be written.
    case cannotWrite = 74
}

extension ExitCode {
    /// The exit code of refused input: 66 when a file could not be read, else 65.
    init(_ kind: DiagnosticError.Kind) {
        switch kind {
        case .data: self = .dataError
        case .unreadable: self = .noInput
        }
    }
}
