import PMPRBKit

/// A command line split into positionals and options, without knowing the command.
///
/// Reads `--name value`, `--name=value`, `-h`, flags and `--` (everything after it is
/// positional). Which options take values is given by the command's documented options.
struct ParsedArguments {
    var positionals: [String] = []
    var values: [String: String] = [:]
    var flags: Set<String> = []

    /// Parses arguments for a command with these options.
    init(_ arguments: [String], options: [OptionSpec]) throws(UsageError) {
        var index = 0
        var onlyPositionals = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if onlyPositionals || !argument.hasPrefix("-") || argument == "-" {
                positionals.append(argument)
                continue
            }
            if argument == "--" {
                onlyPositionals = true
                continue
            }
            var name = argument
            var inlineValue: String?
            if let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                inlineValue = String(argument[argument.index(after: equals)...])
            }
            guard let spec = options.first(where: { $0.names.contains(name) }) else {
                let all = options.flatMap(\.names)
                let distance = { (option: String) in Suggestion.editDistance(option, name) }
                let near = all.min(by: { distance($0) < distance($1) }).flatMap {
                    distance($0) <= 3 ? $0 : nil
                }
                throw UsageError(.unknownOption(name, suggestion: near))
            }
            let key = spec.names[0]
            if let valueName = spec.valueName {
                if let inlineValue {
                    values[key] = inlineValue
                } else if index < arguments.count {
                    values[key] = arguments[index]
                    index += 1
                } else {
                    throw UsageError(.optionNeedsValue(name, valueName: valueName))
                }
            } else {
                if inlineValue != nil { throw UsageError(.optionTakesNoValue(name)) }
                flags.insert(key)
            }
        }
    }

    /// The value of an option, if given.
    func value(_ name: String) -> String? { values[name] }

    /// Whether a flag was given.
    func flag(_ name: String) -> Bool { flags.contains(name) }

    /// The value of an option that must be one of a set of choices.
    func choice<T: RawRepresentable>(_ name: String, default fallback: T) throws(UsageError) -> T
    where T.RawValue == String, T: CaseIterable {
        guard let text = values[name] else { return fallback }
        guard let value = T(rawValue: text.lowercased()) else {
            throw UsageError(
                .optionChoice(name, value: text, allowed: T.allCases.map(\.rawValue)))
        }
        return value
    }

    /// The value of an option that must be a whole number of at least `minimum`.
    func integer(_ name: String, default fallback: Int, minimum: Int = 0) throws(UsageError) -> Int {
        guard let text = values[name] else { return fallback }
        guard let value = Int(text), value >= minimum else {
            throw UsageError(.optionNeedsWholeNumber(name, minimum: minimum, value: text))
        }
        return value
    }
}

/// A wrong command line, reported with exit code 64.
struct UsageError: Error, Equatable {
    var message: Message
    init(_ message: CommandMessage) { self.message = .command(message) }
}

/// One documented option of a command; help is built from these. Every option is declared once,
/// in `OptionSpec+Registry.swift`.
struct OptionSpec {
    /// The names, long first: `["--format", "-f"]`.
    var names: [String]
    /// The value's name, or `nil` for a flag.
    var valueName: String?
    /// What the option does.
    var help: HelpText
}

/// A help text in Indonesian and English, shown beside the option or command it describes.
struct HelpText {
    var id: String
    var en: String
    /// Its key in the help catalogue (`bantuan.tsv`), or `nil` for a text written in code.
    var key: String?

    init(id: String, en: String) {
        self.id = id
        self.en = en
    }

    /// The texts of a key of the help catalogue: `HelpText("option.baseline")`.
    init(_ key: String) {
        id = HelpCatalogue.text(key, .id)
        en = HelpCatalogue.text(key, .en)
        self.key = key
    }

    /// The text in a language.
    func callAsFunction(_ language: ReportLanguage) -> String { language == .id ? id : en }
}
