/// The CSV form of a score card (`docs/output-formats.md`): one row per weighted node, one per
/// item, and a total row; comma-delimited, decimal points, stable columns.
struct ScoreCSV {
    let card: ScoreCard
    var dialect = CSVDialect.standard

    static let columns = [
        "kode", "jenis", "uraian", "area", "bobot", "nilai", "persen", "jawaban",
        "jawaban_terbaik", "potensi", "kelas",
    ]

    func rendered() -> String {
        func number(_ value: Double, _ decimals: Int = 4) -> String {
            dialect.number(value, decimals: decimals)
        }
        var rows = [Self.columns]
        var itemsByParent: [String: [ScoreCard.ItemScore]] = [:]
        for item in card.items {
            let parent = String(item.code[..<(item.code.lastIndex(of: ".") ?? item.code.endIndex)])
            itemsByParent[parent, default: []].append(item)
        }
        let itemByCode = Dictionary(
            card.items.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        for node in card.nodes {
            // A weighted item (a hasil indicator) or a node valued directly is also an item.
            let item = itemByCode[node.code]
            rows.append([
                node.code, node.kind.rawValue, CSVWriter.neutralisingFormula(node.title),
                item?.areaID ?? "", number(node.weight), number(node.value),
                number(node.share * 100, 2),
                item.map { CSVWriter.neutralisingFormula(
                    $0.answer.text(decimalComma: dialect.decimalComma)) } ?? "",
                item?.bestAnswer.text(decimalComma: dialect.decimalComma) ?? "",
                item.map { number($0.potential) } ?? "", item?.gapClass.rawValue ?? "",
            ])
            if node.kind == .butir { continue }
            for item in itemsByParent[node.code] ?? [] where card.node(item.code) == nil {
                rows.append([
                    item.code, NodeKind.butir.rawValue, CSVWriter.neutralisingFormula(item.title),
                    item.areaID ?? "", "", number(item.points), number(item.value * 100, 2),
                    CSVWriter.neutralisingFormula(item.answer.text(decimalComma: dialect.decimalComma)),
                    item.bestAnswer.text(decimalComma: dialect.decimalComma),
                    number(item.potential), item.gapClass.rawValue,
                ])
            }
        }
        rows += indexRows()
        rows.append([
            "TOTAL", "total", card.band.map { $0.grade + " " + $0.label } ?? "", "",
            number(card.maximum), number(card.total), number(card.total / card.maximum * 100, 2),
            "", "", "", "",
        ])
        // How the card was scored, and each predicate's verdict (`docs/output-formats.md`).
        let empty = Array(repeating: "", count: Self.columns.count - 3)
        rows.append(["#kosong", "kebijakan", card.missingAnswers.rawValue] + empty)
        if card.asksForHeldPredicates {
            rows.append(
                ["#predikat", "predikat_diraih",
                    card.heldPredicates.map(\.description).joined(separator: "; ")] + empty)
        }
        for predicate in card.predicates {
            let verdict =
                predicate.holds
                ? "terpenuhi" : predicate.awaitsDeclaration ? "menunggu_predikat" : "belum"
            rows.append([predicate.name, "predikat", verdict] + empty)
        }
        return dialect.text(rows)
    }
}
