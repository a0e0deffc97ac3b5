extension RoadMapMessage: CatalogueMessage {
    static let layer = "roadMap"

    func entry(_ language: ReportLanguage) -> (key: String, values: [String])? {
        switch self {
        case .expectedForm(let kind): ("form." + Self.formKey(kind), [])
        case .targetFalls(let year, let value, let code, let before, let beforeValue, let rises,
            let direction):
            (
                rises ? "targetFalls.rise" : "targetFalls.fall",
                ["\(year)", value, code, before.catalogued(language), beforeValue, direction]
            )
        case .countIsJumlah(let unit):
            unit.isEmpty ? ("countIsJumlah", []) : ("countIsJumlah.unit", [unit])
        case .codesOfRoadMap(let file):
            file.map { ("codesOfRoadMap.named", [$0]) } ?? ("codesOfRoadMap", [])
        case .kindExpects(let code, let kind):
            ("kindExpects", [code, kind.rawValue, phrase("form." + Self.formKey(kind), language)])
        default: nil
        }
    }

    /// The message in a language.
    public func rendered(_ language: ReportLanguage) -> String { catalogued(language) }

    /// Why a value does not fit, as the end of a sentence about it.
    static func problem(_ problem: Problem, _ language: ReportLanguage) -> String {
        problem.catalogued(language)
    }

    /// The catalogue key of how values of a kind are written.
    private static func formKey(_ kind: IndicatorKind) -> String {
        switch kind {
        case .persen, .predikat, .level: kind.rawValue
        default: "number"
        }
    }
}

extension RoadMapMessage.Role: CatalogueMessage {
    static let layer = "roadMap.role"
}

extension RoadMapMessage.Problem: CatalogueMessage {
    static let layer = "roadMap.problem"
}

extension RoadMapValue.Failure: CatalogueMessage {
    static let layer = "roadMap.failure"
}
