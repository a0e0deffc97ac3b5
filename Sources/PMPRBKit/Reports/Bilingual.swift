/// A value that speaks one ``ReportLanguage``: every word it shows comes through
/// ``pick(_:_:)``, in Indonesian or in English.
protocol Bilingual {
    /// The language of the words.
    var language: ReportLanguage { get }
}

extension Bilingual {
    /// The Indonesian or the English text, in the value's language.
    func pick(_ indonesian: String, _ english: String) -> String {
        language.pick(indonesian, english)
    }
}
