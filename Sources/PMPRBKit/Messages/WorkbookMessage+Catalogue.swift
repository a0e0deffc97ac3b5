extension WorkbookMessage: CatalogueMessage {
    static let layer = "workbook"

    func entry(_ language: ReportLanguage) -> (key: String, values: [String])? {
        switch self {
        case .cachedDiffers(let audited, let cached, let code, let computed):
            let what =
                switch audited {
                case .column(let name): name
                case .total: phrase("audited.total", language)
                case .category: phrase("audited.category", language)
                case .verdict(let code): phrase("audited.verdict", language, [code])
                case .indexPart(let label): phrase("audited.indexPart", language, [label])
                }
            let shown = computed ?? phrase("empty", language)
            return code.map { ("cachedDiffers.ofCode", [what, cached, $0, shown]) }
                ?? ("cachedDiffers", [what, cached, shown])
        case .expectedFormula(let expected, let found):
            return found.map { ("expectedFormula", [expected, $0]) }
                ?? ("expectedFormula.none", [expected])
        default: return nil
        }
    }

    /// The message in a language.
    public func rendered(_ language: ReportLanguage) -> String { catalogued(language) }
}

extension ZIPError: CatalogueMessage {
    static let layer = "workbook.zip"
}

extension InflateError: CatalogueMessage {
    static let layer = "workbook.inflate"
}

extension XMLError: CatalogueMessage {
    static let layer = "workbook.xml"
}

extension SheetCellsError: CatalogueMessage {
    static let layer = "workbook.sheet"
}
