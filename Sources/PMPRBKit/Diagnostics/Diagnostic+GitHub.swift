import PMPRBPlatform

extension Diagnostic {
    /// The diagnostic as a GitHub Actions workflow command, so that a CI job marks the line:
    /// `::error file=F,line=L,col=C::message`.
    ///
    /// The message and notes are in `language`; the command and properties are the same in every
    /// language. Properties and message are escaped as the workflow-command syntax requires (`%`,
    /// CR, LF, and in properties `:` and `,`).
    public func githubAnnotation(in language: ReportLanguage = .en) -> String {
        func escapeData(_ text: String) -> String {
            text.replacingOccurrences(ofASCII: "%", with: "%25")
                .replacingOccurrences(ofASCII: "\r", with: "%0D")
                .replacingOccurrences(ofASCII: "\n", with: "%0A")
        }
        func escapeProperty(_ text: String) -> String {
            escapeData(text).replacingOccurrences(ofASCII: ":", with: "%3A")
                .replacingOccurrences(ofASCII: ",", with: "%2C")
        }
        let command: String
        switch severity {
        case .error: command = "error"
        case .warning: command = "warning"
        case .note: command = "notice"
        }
        var properties: [String] = []
        if let file { properties.append("file=" + escapeProperty(file)) }
        if let position {
            properties.append("line=\(position.line)")
            if let column = position.column { properties.append("col=\(column)") }
        }
        let message = ([content] + noteContents).map { $0.rendered(language) }
            .joined(separator: "\n")
        let head = properties.isEmpty ? command : command + " " + properties.joined(separator: ",")
        return "::" + head + "::" + escapeData(message)
    }
}
