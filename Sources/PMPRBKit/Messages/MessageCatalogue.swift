/// The texts of every message, in Indonesian and English, read once from `pesan.tsv`.
///
/// Each line of the file is `key<TAB>Indonesian<TAB>English`. A key is the layer and the case
/// name (`worksheet.duplicateCode`), or the layer, the case name and a variant chosen by the
/// code (`command.filesExist.more`). `{1}`, `{2}`, … stand for the case's values in order
/// (decision 0042).
enum MessageCatalogue {
    /// One message's texts.
    struct Texts: Sendable {
        var indonesian: String
        var english: String
    }

    /// Every key with its texts.
    static let texts: [String: Texts] = parse(PackageResources.pesan_tsv)

    /// The plain words of the reports, read once from `label.tsv` (same layout): `score.gaps`,
    /// `table.unit`, `coordinator.rank`, `roadMap.title` (``WordTable``).
    static let labels: [String: Texts] = parse(PackageResources.label_tsv)

    /// `pesan.tsv`, for looking up one text without reading them all (``texts`` has the same).
    static let messageFile = CatalogueFile(PackageResources.pesan_tsv)

    /// `label.tsv`, for looking up one word without reading them all (``labels`` has the same).
    static let labelFile = CatalogueFile(PackageResources.label_tsv)

    /// Reads the catalogue file: a header line, then one message a line; `#` lines are comments
    /// (the lines as ``CatalogueFile`` reads them, split on their UTF-8 bytes: splitting the
    /// `String` by `Character` cost about half of a `score` run, docs/performance.md).
    static func parse(_ bytes: [UInt8]) -> [String: Texts] {
        CatalogueFile(bytes).dictionary
    }

    /// The text of a key in a language with its placeholders filled in.
    static func text(_ key: String, _ language: ReportLanguage, _ values: [String]) -> String {
        guard let texts = messageFile[key] else {
            preconditionFailure("no text for message '\(key)'")
        }
        return fill(language == .id ? texts.indonesian : texts.english, values)
    }

    /// Replaces `{1}`, `{2}`, … by the values; other braces stay as written.
    static func fill(_ template: String, _ values: [String]) -> String {
        filledASCII(template, values) ?? filledByCharacters(template, values)
    }

    /// ``fill(_:_:)`` read by `Character`, for any template.
    static func filledByCharacters(_ template: String, _ values: [String]) -> String {
        var result = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            let after = rest[rest.index(after: open)...]
            let digits = after.prefix { $0.isASCII && $0.isNumber }
            if let number = Int(digits), number >= 1, number <= values.count,
                after.dropFirst(digits.count).first == "}"
            {
                result += values[number - 1]
                rest = after.dropFirst(digits.count + 1)
            } else {
                result += "{"
                rest = after
            }
        }
        return result + rest
    }

    /// ``fill(_:_:)`` of a template that is all ASCII, on its bytes: where every character
    /// is one byte, a brace, a digit and a closing brace are the characters `fill` looks for.
    /// `nil` for other templates, which `fill` reads by `Character` (a combining mark after a
    /// brace belongs to the brace's character there). `MessageFillTests` compares both.
    static func filledASCII(_ template: String, _ values: [String]) -> String? {
        var template = template
        return template.withUTF8 { bytes -> String? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            func text(_ range: Range<Int>) -> String {
                String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
            }
            var result = ""
            var copied = 0
            var index = 0
            while index < bytes.count {
                guard bytes[index] == UInt8(ascii: "{") else {
                    index += 1
                    continue
                }
                var end = index + 1
                var number = 0
                while end < bytes.count, (0x30...0x39).contains(bytes[end]),
                    number <= values.count
                {
                    number = number * 10 + Int(bytes[end] - 0x30)
                    end += 1
                }
                guard end > index + 1, number >= 1, number <= values.count, end < bytes.count,
                    bytes[end] == UInt8(ascii: "}")
                else {
                    index += 1
                    continue
                }
                result += text(copied..<index)
                result += values[number - 1]
                index = end + 1
                copied = index
            }
            result += text(copied..<bytes.count)
            return result
        }
    }

    /// The placeholders a template uses: `{1}` and `{3}` give `[1, 3]`.
    static func placeholders(_ template: String) -> Set<Int> {
        var found: Set<Int> = []
        for part in template.split(separator: "{", omittingEmptySubsequences: false).dropFirst() {
            let digits = part.prefix { $0.isASCII && $0.isNumber }
            if let number = Int(digits), part.dropFirst(digits.count).first == "}" {
                found.insert(number)
            }
        }
        return found
    }

    /// A value of a case as a message shows it: a nested message in the language, a list
    /// joined by commas, a count without decimals, an absent value as nothing.
    ///
    /// The plain types are tried before the protocol: a cast to a protocol that the value does
    /// not conform to makes the runtime search every conformance the first time.
    static func describe(_ value: Any, _ language: ReportLanguage) -> String {
        switch value {
        case let text as String: return text
        case let number as Int: return String(number)
        case let number as Double: return LocaleNumber.format(number, decimals: 0)
        case let list as [String]: return list.joined(separator: ", ")
        case let message as any CatalogueMessage: return message.catalogued(language)
        default:
            let mirror = Mirror(reflecting: value)
            if mirror.displayStyle == .optional {
                return mirror.children.first.map { describe($0.value, language) } ?? ""
            }
            return String(describing: value)
        }
    }
}

/// A message kept in the catalogue: its key is its layer and its case name, its values the
/// case's associated values, each written as ``MessageCatalogue/describe(_:_:)`` writes it.
protocol CatalogueMessage: Sendable {
    /// The first part of every key of this type: `command`, `worksheet`, …
    static var layer: String { get }
    /// The key (after the layer) and values of a case whose values need more than the default
    /// reading, or `nil` for the default.
    func entry(_ language: ReportLanguage) -> (key: String, values: [String])?
}

extension CatalogueMessage {
    func entry(_ language: ReportLanguage) -> (key: String, values: [String])? { nil }

    /// The name of this case, without its values.
    var caseName: String {
        Mirror(reflecting: self).children.first?.label ?? String(describing: self)
    }

    /// The message in a language, from the catalogue.
    func catalogued(_ language: ReportLanguage) -> String {
        if let (key, values) = entry(language) { return phrase(key, language, values) }
        guard let payload = Mirror(reflecting: self).children.first else {
            return phrase(caseName, language)
        }
        let inner = Mirror(reflecting: payload.value)
        let values = inner.displayStyle == .tuple ? inner.children.map(\.value) : [payload.value]
        return phrase(caseName, language, values.map { MessageCatalogue.describe($0, language) })
    }

    /// A text of this layer: `phrase("didYouMean", language, [code])`.
    func phrase(_ key: String, _ language: ReportLanguage, _ values: [String] = []) -> String {
        MessageCatalogue.text(Self.layer + "." + key, language, values)
    }
}
