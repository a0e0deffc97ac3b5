import PMPRBPlatform
import PMPRBKit

/// The formats a command writes, by the extension of its output file: the format is taken
/// from the name when `--format` is not given, a contradiction is a usage error, and a
/// document the command cannot write (`ratl.xlsx`) is refused.
///
/// Each command has its own table, so that a new format (a workbook, say) is one entry.
struct OutputFormats {
    /// The format each extension (lowercased, without the dot) is written in.
    var byExtension: [(String, ReportFormat)]

    /// Reports: text, JSON, CSV, Markdown and HTML.
    static let reports = OutputFormats(byExtension: [
        ("txt", .text), ("json", .json), ("csv", .csv), ("md", .markdown),
        ("markdown", .markdown), ("html", .html), ("htm", .html),
    ])
    /// CSV only: worksheets, templates and instrument files.
    static let csv = OutputFormats(byExtension: [("csv", .csv), ("tsv", .csv), ("txt", .csv)])
    /// Plain text only.
    static let text = OutputFormats(byExtension: [("txt", .text)])
    /// What `template` writes: a CSV worksheet, or a workbook (`.xlsx`, chosen by the
    /// template's own `--format`; only the extension is checked here).
    static let template = OutputFormats(byExtension: [
        ("csv", .csv), ("tsv", .csv), ("txt", .csv), ("xlsx", .csv),
    ])

    /// Extensions of documents people may ask for; one a command does not write is refused
    /// rather than filled with another format.
    static let documents: Set<String> = [
        "txt", "text", "json", "csv", "tsv", "md", "markdown", "html", "htm", "xlsx", "xlsm",
        "xls", "ods", "odt", "pdf", "doc", "docx", "rtf", "xml", "yaml", "yml", "png", "jpg",
        "jpeg", "svg",
    ]

    /// The format to write: `--format` when given, else the output's extension, else
    /// `fallback`.
    ///
    /// - Throws: ``UsageError`` when `--format` contradicts the extension, or when the
    ///   extension names a document this command does not write.
    func format(
        _ arguments: ParsedArguments, command: String, default fallback: ReportFormat
    ) throws(UsageError) -> ReportFormat {
        let explicit: ReportFormat? =
            arguments.value("--format") == nil
            ? nil : try arguments.choice("--format", default: fallback)
        guard let output = arguments.value("--output"), output != "-" else {
            return explicit ?? fallback
        }
        try check(output, command: command)
        let ext = PathText.pathExtension(of: output).lowercased()
        guard let inferred = byExtension.first(where: { $0.0 == ext })?.1 else {
            return explicit ?? fallback
        }
        // A `.txt` file is any plain text: it suggests text, but contradicts no format.
        if let explicit, explicit != inferred, ext != "txt" {
            throw UsageError(
                .formatContradictsOutput(
                    format: explicit.rawValue, output: output, inferred: inferred.rawValue))
        }
        return explicit ?? inferred
    }

    /// Refuses an output file whose extension names a document this command does not write.
    func check(_ output: String, command: String) throws(UsageError) {
        let ext = PathText.pathExtension(of: output).lowercased()
        guard Self.documents.contains(ext), !byExtension.contains(where: { $0.0 == ext }) else {
            return
        }
        throw UsageError(
            .cannotWriteExtension(
                command: command, ext: ext, output: output,
                written: byExtension.map { "." + $0.0 }))
    }
}
