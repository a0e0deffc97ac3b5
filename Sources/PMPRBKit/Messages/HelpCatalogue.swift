/// The help texts of the command-line tool, in Indonesian and English, read once from
/// `bantuan.tsv` in the layout of `pesan.tsv` (decision 0042): `abstract.<command>`,
/// `argument.<command>.<name>` (or `argument.<name>` when commands share it) and
/// `option.<name>` (or `option.<name>.<command>` when a command says it differently).
public enum HelpCatalogue {
    /// The file, whose texts are looked up one by one: a command's options ask for a few
    /// dozen of them on every run, and reading every text into a dictionary cost more.
    static let file = CatalogueFile(PackageResources.bantuan_tsv)

    /// Every key of the file with its texts.
    static var texts: [String: MessageCatalogue.Texts] { file.dictionary }

    /// Every key of the file.
    public static var keys: Set<String> { Set(texts.keys) }

    /// The text of a key in a language.
    public static func text(_ key: String, _ language: ReportLanguage) -> String {
        guard let texts = file[key] else { preconditionFailure("no help text '\(key)'") }
        return language == .id ? texts.indonesian : texts.english
    }
}
