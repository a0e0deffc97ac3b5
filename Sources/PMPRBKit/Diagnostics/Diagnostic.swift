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
    /// The message by identity, rendered in the reader's language by ``rendered(in:)``.
    public var content: Message
    /// Further lines by identity, such as the expected form or a suggestion.
    public var noteContents: [Message]
    /// The message in English: sentence case, user values in single quotes, no trailing period.
    ///
    /// Setting it stores text that has no catalogue entry.
    public var message: String {
        get { content.rendered(.en) }
        set { content = .uncatalogued(newValue) }
    }
    /// The notes in English. Setting them stores text that has no catalogue entry.
    public var notes: [String] {
        get { noteContents.map { $0.rendered(.en) } }
        set { noteContents = newValue.map(Message.uncatalogued) }
    }
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
        self.init(
            severity, Message.uncatalogued(message), file: file, position: position,
            notes: notes.map(Message.uncatalogued), sourceLine: sourceLine)
    }

    /// Creates a diagnostic from catalogued messages.
    public init(
        _ severity: Severity, _ content: Message, file: String? = nil,
        position: SourcePosition? = nil, notes: [Message] = [], sourceLine: String? = nil
    ) {
        self.severity = severity
        self.content = content
        self.file = file
        self.position = position
        self.noteContents = notes
        if let sourceLine {
            (self.sourceLine, self.sourceLineStart) = Self.excerpt(
                of: sourceLine, around: position?.column)
        }
    }

    /// Creates an error diagnostic from catalogued messages.
    public static func error(
        _ content: Message, file: String? = nil, at position: SourcePosition? = nil,
        notes: [Message] = [], sourceLine: String? = nil
    ) -> Diagnostic {
        Diagnostic(
            .error, content, file: file, position: position, notes: notes, sourceLine: sourceLine)
    }

    /// Creates a warning diagnostic from catalogued messages.
    public static func warning(
        _ content: Message, file: String? = nil, at position: SourcePosition? = nil,
        notes: [Message] = [], sourceLine: String? = nil
    ) -> Diagnostic {
        Diagnostic(
            .warning, content, file: file, position: position, notes: notes,
            sourceLine: sourceLine)
    }

    /// The first line of ``rendered()``: `file:line:column: severity: message`, in English.
    public var description: String { header(in: .en) }

    /// The first line in a language: `file:line:column: severity: message`.
    ///
    /// The severity stays `error`, `warning` or `note` in every language, so that editors and
    /// CI problem matchers read it (`docs/decisions/0040-messages-in-two-languages.md`).
    public func header(in language: ReportLanguage) -> String {
        var prefix = ""
        if let file { prefix += file + ":" }
        if let position { prefix += position.description + ":" }
        if !prefix.isEmpty { prefix += " " }
        return prefix + severity.rawValue + ": " + content.rendered(language)
    }

    /// Returns this diagnostic with `file` set, unless it already names one.
    public func inFile(_ name: String) -> Diagnostic {
        var copy = self
        if copy.file == nil { copy.file = name }
        return copy
    }

    /// The full text in English; see ``rendered(in:)``.
    public func rendered() -> String { rendered(in: .en) }

    /// The full text in a language: the header line, the source line with a caret under the
    /// column, then each note on a line of its own.
    public func rendered(in language: ReportLanguage) -> String {
        var lines = [header(in: language)]
        if let sourceLine, let column = position?.column {
            let (line, start) =
                sourceLineStart == 1
                ? Self.excerpt(of: sourceLine, around: column) : (sourceLine, sourceLineStart)
            lines.append(VisibleText.shown(line))
            lines.append(Self.caretPadding(line, count: column - start) + "^")
        }
        for note in noteContents { lines.append("note: " + note.rendered(language)) }
        return lines.concatenated(separator: "\n")
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
