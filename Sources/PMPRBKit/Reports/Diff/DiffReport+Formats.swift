/// The HTML (with the area chart), CSV and JSON forms of the diff (`docs/output-formats.md`).
extension DiffReport {
    func renderedHTML() -> String {
        let document = self.document()
        var blocks: [HTMLReport.Block] = []
        for section in document.sections {
            blocks.append(.section(section))
            guard section.role == .diffScores else { continue }
            var bars: [BarChart.Bar] = []
            for area in diff.areas {
                for (series, unit) in [diff.first, diff.second].enumerated() {
                    guard let value = unit.areaValue(area.id) else { continue }
                    bars.append(
                        BarChart.Bar(
                            label: area.id + " " + (series == 0 ? "A" : "B"), value: value,
                            maximum: area.weight,
                            text: language.number(value) + " / " + language.number(area.weight),
                            series: series))
                }
            }
            blocks.append(
                .chart(
                    BarChart(
                        title: labels.areaChart + " (A, B)", bars: bars, markers: [], notes: [],
                        tracksByMaximum: true)))
        }
        return HTMLReport(document: document, language: language, blocks: blocks).rendered()
    }

    /// The CSV columns: one row per differing item, then one per differing input row.
    public static let csvColumns = [
        "no", "kode", "jenis", "area", "uraian", "jawaban_a", "jawaban_b", "nilai_a", "nilai_b",
        "selisih",
    ]

    func renderedCSV() -> String {
        let dialect = csvDialect
        let text = CSVWriter.neutralisingFormula
        var rows = [Self.csvColumns]
        for (index, difference) in diff.items.enumerated() {
            rows.append([
                String(index + 1), text(difference.item.code), "butir",
                text(difference.item.areaID ?? "hasil"), text(difference.item.title),
                text(difference.first.text(decimalComma: dialect.decimalComma)),
                text(difference.second.text(decimalComma: dialect.decimalComma)),
                dialect.number(difference.firstPoints, decimals: 4),
                dialect.number(difference.secondPoints, decimals: 4),
                dialect.number(difference.change, decimals: 4),
            ])
        }
        for (index, input) in diff.inputs.enumerated() {
            let value = { (number: Double?) in number.map { dialect.number($0, decimals: 2) } ?? ""
            }
            rows.append([
                String(diff.items.count + index + 1), text(input.code), "masukan", "",
                text(input.title), value(input.first), value(input.second), "", "", "",
            ])
        }
        rows.append([
            "", "TOTAL", "total", "", "", "", "", dialect.number(diff.first.total, decimals: 4),
            dialect.number(diff.second.total, decimals: 4),
            dialect.number(diff.totalChange, decimals: 4),
        ])
        rows.append(
            ["", "#kosong", "kebijakan", "", diff.first.missingAnswers.rawValue]
                + Array(repeating: "", count: Self.csvColumns.count - 5))
        return dialect.text(rows)
    }

    struct JSONDocument: Encodable {
        var formatVersion = 1
        var instrument: String
        var first: JSONSide
        var second: JSONSide
        var totalChange: Double
        var sameUnit: Bool
        var items: [JSONItem]
        var inputs: [JSONInput]
        var missingAnswers: String
    }
    struct JSONSide: Encodable {
        var file, unit: String
        var year: Int?
        var total, publishedTotal: Double
        var category: String?
        var predicates: [String: Bool]
        var scoreCriteriaMet: [String: Bool]
        var heldPredicates: [String]
        var areas: [String: Double]
    }
    struct JSONItem: Encodable {
        var code, area, title, first, second: String
        var firstPoints, secondPoints, change: Double
    }
    struct JSONInput: Encodable {
        var code, title: String
        var first, second: Double?
    }

    func renderedJSON() -> String { JSONText.encode(json()) }

    func json() -> JSONDocument {
        let round = ScoreJSON.round
        func side(_ unit: UnitSummary) -> JSONSide {
            JSONSide(
                file: unit.file, unit: unit.unit, year: unit.year, total: round(unit.total),
                publishedTotal: unit.publishedTotal, category: unit.band?.grade,
                predicates: unit.predicatesByName, scoreCriteriaMet: unit.scoreCriteriaByName,
                heldPredicates: unit.heldPredicates.map(\.description),
                areas: Dictionary(
                    zip(unit.areaIDs, unit.areaValues.map(round)), uniquingKeysWith: { $1 })
            )
        }
        return JSONDocument(
            instrument: instrument.id, first: side(diff.first), second: side(diff.second),
            totalChange: round(diff.totalChange), sameUnit: !diff.namesDifferentUnits,
            items: diff.items.map {
                JSONItem(
                    code: $0.item.code, area: $0.item.areaID ?? "", title: $0.item.title,
                    first: $0.first.text(decimalComma: false),
                    second: $0.second.text(decimalComma: false),
                    firstPoints: round($0.firstPoints), secondPoints: round($0.secondPoints),
                    change: round($0.change))
            },
            inputs: diff.inputs.map {
                JSONInput(code: $0.code, title: $0.title, first: $0.first, second: $0.second)
            }, missingAnswers: diff.first.missingAnswers.rawValue)
    }
}
