/// The rows of a two-part index in the CSV score report (`docs/output-formats.md`): RB General
/// (weight = the weight that applies), the coefficient, the adjusted General and RB Tematik,
/// each of `jenis` `indeks`, before the total row. The `kelas` cell of `UMUM` names the lines
/// below their target (`target: B.2`).
extension ScoreCSV {
    func indexRows() -> [[String]] {
        guard let index = card.index else { return [] }
        let number = { (value: Double, decimals: Int) in dialect.number(value, decimals: decimals) }
        let row = { (code: String, title: String, weight: Double?, value: Double) -> [String] in
            [
                code, "indeks", title, "", weight.map { number($0, 4) } ?? "", number(value, 4),
                weight.map { number($0 > 0 ? value / $0 * 100 : 0, 2) } ?? "", "", "", "",
                code != "UMUM" || index.missedTargets.isEmpty ? ""
                    : "target: " + index.missedTargets.map(\.code).joined(separator: " "),
            ]
        }
        return [
            row("UMUM", "RB General", index.applicableWeight, index.generalTotal),
            row("KOEFISIEN", "Koefisien evaluator", nil, index.coefficient),
            row("UMUM_DISESUAIKAN", "RB General disesuaikan", 100, index.adjustedGeneral),
            row("TEMATIK", "RB Tematik", index.thematic.map(\.weight).reduce(0, +),
                index.thematicTotal),
        ]
    }
}
