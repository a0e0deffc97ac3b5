import PMPRBKit

/// The language of help, messages and reports: `--lang`, else `PMPRB_LANG`, else Indonesian.
///
/// `--lang` is read anywhere before `--`, for every command, and taken out of the arguments;
/// commands whose reports have a language get it back as their own `--lang`.
struct LanguageChoice {
    /// The environment variable that sets the language when `--lang` is not given.
    static let variable = "PMPRB_LANG"

    /// The language chosen.
    var language: ReportLanguage = .id
    /// The arguments without `--lang`.
    var arguments: [String] = []

    init(_ arguments: [String], environment: [String: String]) throws(UsageError) {
        var given: String?
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if argument == "--" {
                self.arguments += arguments[(index - 1)...]
                break
            }
            if argument == "--lang" {
                guard index < arguments.count else {
                    throw UsageError(.optionNeedsValue("--lang", valueName: "lang"))
                }
                given = arguments[index]
                index += 1
            } else if argument.hasPrefix("--lang=") {
                given = String(argument.dropFirst("--lang=".count))
            } else {
                self.arguments.append(argument)
            }
        }
        if let given {
            guard let language = ReportLanguage(rawValue: given.lowercased()) else {
                throw UsageError(
                    .optionChoice(
                        "--lang", value: given, allowed: ReportLanguage.allCases.map(\.rawValue)))
            }
            self.language = language
        } else if let text = environment[Self.variable], !text.isEmpty {
            // `en_US.UTF-8` reads as `en`, as a locale name would.
            let code = text.prefix { $0 != "_" && $0 != "." && $0 != "-" }.lowercased()
            guard let language = ReportLanguage(rawValue: code) else {
                throw UsageError(
                    .environmentChoice(
                        Self.variable, value: text,
                        allowed: ReportLanguage.allCases.map(\.rawValue)))
            }
            self.language = language
        }
    }
}
