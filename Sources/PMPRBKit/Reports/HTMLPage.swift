/// The frame of every HTML page the library writes, the reports and the printed worksheet:
/// the document type, the language, UTF-8, the escaped title and the inline style, then the
/// body, one element a line.
enum HTMLPage {
    /// The whole page around the lines of its body.
    ///
    /// - Parameters:
    ///   - language: The page's language (`lang`).
    ///   - title: The title, escaped here.
    ///   - style: The style rules, inline.
    ///   - forScreens: Whether the page is read on screens as well as printed, and so says
    ///     how wide to lay it out (a viewport); the printed worksheet is laid out for paper only.
    ///   - body: The lines between `<body>` and `</body>`.
    static func rendered(
        language: ReportLanguage, title: String, style: String, forScreens: Bool, body: [String]
    ) -> String {
        var html = [
            "<!DOCTYPE html>", "<html lang=\"\(language.rawValue)\">", "<head>",
            "<meta charset=\"utf-8\">",
        ]
        if forScreens {
            html.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        }
        html += [
            "<title>\(title.htmlEscaped)</title>", "<style>", style, "</style>", "</head>", "<body>",
        ]
        html += body
        html += ["</body>", "</html>"]
        return html.joined(separator: "\n") + "\n"
    }
}
