/// A message about an input file, in the compiler style `file:line:column: error: message`.
///
/// Diagnostics carry positions rather than prose about positions; ``rendered()`` turns one into
/// the text a person reads, with the offending source line and a caret under the column.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    /// How serious a diagnostic is.
    public enum Severity: String, Hashable, Sendable, Codable {
        /// The input cannot be used; nothing is scored or written.
        case error
        /// The input is used, but something deserves attention.
        case warning
        /// Extra information attached to another diagnostic.
        case note
    }

    /// How serious this diagnostic is.
    public var severity: Severity
    /// The file as the user named it, if the diagnostic is about a file.
    public var file: String?
    /// Where in the file, if known.
    public var position: SourcePosition?
    /// The message: sentence case, user values in single quotes, no trailing period.
    public var message: String
    /// Further lines, such as the expected form or a suggestion.
    public var notes: [String]
    /// The text of the source line, used to draw a caret under the column; a long line is
    /// kept only around the column (see ``sourceLineStart``).
    public var sourceLine: String?
    /// The column of the source line where ``sourceLine`` starts: 1, or more when a long line
    /// was cut to the part around ``position``.
    public var sourceLineStart = 1

    /// Creates a diagnostic.
    public init(
        _ severity: Severity, _ message: String, file: String? = nil,
        position: SourcePosition? = nil, notes: [String] = [], sourceLine: String? = nil
    ) {
        self.severity = severity
        self.message = message
        self.file = file
        self.position = position
        self.notes = notes
        if let sourceLine {
            (self.sourceLine, self.sourceLineStart) = Self.excerpt(
                of: sourceLine, around: position?.column)
        }
    }

    /// Creates an error diagnostic.
    public static func error(
        _ message: String, file: String? = nil, at position: SourcePosition? = nil,
        notes: [String] = [], sourceLine: String? = nil
    ) -> Diagnostic {
        Diagnostic(
            .error, message, file: file, position: position, notes: notes, sourceLine: sourceLine)
    }

    /// Creates a warning diagnostic.
    public static func warning(
        _ message: String, file: String? = nil, at position: SourcePosition? = nil,
        notes: [String] = [], sourceLine: String? = nil
    ) -> Diagnostic {
        Diagnostic(
            .warning, message, file: file, position: position, notes: notes,
            sourceLine: sourceLine)
    }

    /// The first line of ``rendered()``: `file:line:column: severity: message`.
    public var description: String {
        var prefix = ""
        if let file { prefix += file + ":" }
        if let position { prefix += position.description + ":" }
        if !prefix.isEmpty { prefix += " " }
        return prefix + severity.rawValue + ": " + message
    }

    /// Returns this diagnostic with `file` set, unless it already names one.
    public func inFile(_ name: String) -> Diagnostic {
        var copy = self
        if copy.file == nil { copy.file = name }
        return copy
    }

    /// The full text: the header line, the source line with a caret under the column, then
    /// each note on a line of its own.
    public func rendered() -> String {
        var lines = [description]
        if let sourceLine, let column = position?.column {
            let (line, start) =
                sourceLineStart == 1
                ? Self.excerpt(of: sourceLine, around: column) : (sourceLine, sourceLineStart)
            lines.append(VisibleText.shown(line))
            lines.append(Self.caretPadding(line, count: column - start) + "^")
        }
        for note in notes { lines.append("note: " + note) }
        return lines.joined(separator: "\n")
    }
}

extension Diagnostic: Comparable {
    /// Orders by file, then position, then message, so that reports are deterministic.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        if (lhs.file ?? "") != (rhs.file ?? "") { return (lhs.file ?? "") < (rhs.file ?? "") }
        let left = lhs.position ?? SourcePosition(line: 0)
        let right = rhs.position ?? SourcePosition(line: 0)
        if left != right { return left < right }
        return lhs.message < rhs.message
    }
}
