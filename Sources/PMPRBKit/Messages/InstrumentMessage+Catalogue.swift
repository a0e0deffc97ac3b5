extension InstrumentMessage: CatalogueMessage {
    static let layer = "instrument"

    /// The message in a language.
    public func rendered(_ language: ReportLanguage) -> String { catalogued(language) }
}
