extension CSVMessage: CatalogueMessage {
    static let layer = "csv"

    func entry(_ language: ReportLanguage) -> (key: String, values: [String])? {
        switch self {
        case .raggedRow(let found, let expected):
            (found == 1 ? "raggedRow.one" : "raggedRow", ["\(found)", "\(expected)"])
        case .quoteTheDelimiter(let delimiter):
            ("quoteTheDelimiter." + (delimiter.map { "\($0)" } ?? "unknown"), [])
        case .missingColumns(let names):
            (names.count == 1 ? "missingColumns" : "missingColumns.many", [Self.quoted(names)])
        case .requiredColumns(let names): ("requiredColumns", [Self.quoted(names)])
        case .delimiter(let delimiter, let detected):
            ("delimiter", Self.delimiter(delimiter, detected, language))
        case .delimiterAndHeader(let delimiter, let detected, let names):
            (
                names.count == 1 ? "delimiterAndHeader.one" : "delimiterAndHeader",
                Self.delimiter(delimiter, detected, language)
                    + ["\(names.count)", Self.header(names)]
            )
        case .invisibleInColumn(let index, let name, let required, let characters):
            (
                "invisibleInColumn",
                [
                    "\(index)", VisibleText.quoted(name), required,
                    Self.invisibleCharacters(characters).catalogued(language),
                ]
            )
        case .duplicateColumn(let name): ("duplicateColumn", [VisibleText.quoted(name)])
        case .invalidUTF16(let encoding, let offset):
            (
                "invalidUTF16",
                [MessageCatalogue.text("csv.encoding.\(encoding)", language, []), "\(offset)"]
            )
        case .invisibleCharacters(let characters):
            (
                "invisibleCharacters",
                [characters.map { $0.catalogued(language) }.joined(separator: "; ")]
            )
        default: nil
        }
    }

    /// The message in a language.
    public func rendered(_ language: ReportLanguage) -> String { catalogued(language) }

    /// `'kode', 'jawaban'`.
    private static func quoted(_ names: [String]) -> String {
        names.map { "'\($0)'" }.joined(separator: ", ")
    }

    /// The delimiter as named in a message, and whether it was detected or given.
    private static func delimiter(
        _ delimiter: CSVDelimiter, _ detected: Bool, _ language: ReportLanguage
    ) -> [String] {
        [
            MessageCatalogue.text("csv.delimiter.\(delimiter)", language, []),
            MessageCatalogue.text(detected ? "csv.detected" : "csv.given", language, []),
        ]
    }

    /// The first twelve names of a header, each quoted and shortened to 40 characters.
    private static func header(_ names: [String]) -> String {
        names.prefix(12).map { VisibleText.quoted($0, limit: 40) }.joined(separator: ", ")
            + (names.count > 12 ? ", …" : "")
    }
}

extension CSVMessage.Character: CatalogueMessage {
    static let layer = "csv.character"

    /// `character 'x'` when printable, `character U+0009` otherwise.
    init(_ scalar: Unicode.Scalar) {
        switch scalar.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator,
            .paragraphSeparator, .spaceSeparator:
            self = .code(VisibleText.code(scalar))
        default:
            self = .printable(String(scalar))
        }
    }
}

/// A character that cannot be seen, named in a message: `'<U+200B>' is U+200B (zero width
/// space)`.
public struct InvisibleCharacter: Hashable, Sendable, CatalogueMessage {
    static let layer = "csv"

    /// The character.
    public var scalar: Unicode.Scalar

    /// Names a character.
    public init(_ scalar: Unicode.Scalar) { self.scalar = scalar }

    func entry(_ language: ReportLanguage) -> (key: String, values: [String])? {
        let name: String =
            switch scalar.value {
            case 0xFEFF, 0x200B, 0x200C, 0x200D, 0x2060, 0x00A0, 0x202F, 0x00AD, 0x09, 0x0A, 0x0D:
                String(scalar.value, radix: 16)
            default:
                switch scalar.properties.generalCategory {
                case .control: "control"
                case .spaceSeparator: "space"
                default: "format"
                }
            }
        return (
            "invisible",
            [
                VisibleText.tag(scalar), VisibleText.code(scalar),
                phrase("invisible." + name, language),
            ]
        )
    }
}
