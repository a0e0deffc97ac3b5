/// An error that carries every diagnostic found, so that one run can report all of them.
public struct DiagnosticError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What kind of input was refused; the command-line tool maps it to an exit code.
    public enum Kind: String, Hashable, Sendable {
        /// The input data is malformed or does not match its instrument.
        case data
        /// An input file is missing or cannot be read.
        case unreadable
    }

    /// What kind of input was refused.
    public var kind: Kind
    /// The diagnostics, sorted by file, line and column. Contains at least one error.
    public var diagnostics: [Diagnostic]

    /// Creates an error from diagnostics, which are sorted.
    public init(_ diagnostics: [Diagnostic], kind: Kind = .data) {
        self.kind = kind
        self.diagnostics = diagnostics.sorted()
    }

    /// Creates an error from a single diagnostic.
    public init(_ diagnostic: Diagnostic, kind: Kind = .data) {
        self.init([diagnostic], kind: kind)
    }

    /// Every diagnostic rendered, one after another.
    public var description: String {
        diagnostics.map { $0.rendered() }.joined(separator: "\n")
    }
}
