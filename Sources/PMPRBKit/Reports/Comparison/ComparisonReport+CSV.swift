/// The CSV form of the comparison: one row per unit (`docs/output-formats.md`).
extension ComparisonReport {
    /// The CSV columns: one row per unit, in ranking order.
    public var csvColumns: [String] {
        var columns = ["peringkat", "unit", "tahun", "berkas", "nilai", "kategori"]
        columns += outline.predicates.map { $0.lowercased() }
        columns.append("belum_dijawab_persen")
        columns.append("kosong")
        if asksForHeldPredicates { columns.append("predikat_diraih") }
        columns += outline.areas.map { $0.id.lowercased() + "_persen" }
        if comparison.baseline != nil {
            columns += ["nilai_sebelumnya", "perubahan_nilai"]
            columns += outline.areas.map { $0.id.lowercased() + "_perubahan" }
            columns.append("butir_berubah")
        }
        return columns
    }

    func renderedCSV() -> String {
        let dialect = csvDialect
        let changes = changesByFile()
        var rows = [csvColumns]
        for entry in comparison.ranking {
            let unit = entry.unit
            var row = [
                String(entry.rank), CSVWriter.neutralisingFormula(unit.unit),
                unit.year.map(String.init) ?? "", CSVWriter.neutralisingFormula(unit.file),
                dialect.number(unit.total, decimals: 4),
                CSVWriter.neutralisingFormula(unit.band?.grade ?? ""),
            ]
            row += outline.predicates.map { name -> String in
                let verdict = unit.verdict(name)
                return verdict?.holds == true
                    ? "ya" : verdict?.awaitsDeclaration == true ? "menunggu_predikat" : "tidak"
            }
            row.append(dialect.number(unit.unansweredShare * 100))
            row.append(unit.missingAnswers.rawValue)
            if asksForHeldPredicates {
                row.append(
                    CSVWriter.neutralisingFormula(
                        unit.heldPredicates.map(\.description).joined(separator: "; ")))
            }
            row += comparison.shares(of: unit).map { $0.map { dialect.number($0 * 100) } ?? "" }
            if comparison.baseline != nil {
                if let change = changes[unit.file] {
                    row += [
                        dialect.number(change.before.total, decimals: 4),
                        dialect.number(change.totalChange, decimals: 4),
                    ]
                    row += change.areaChanges.map { $0.map { dialect.number($0 * 100) } ?? "" }
                    row.append(String(change.items.count))
                } else {
                    row += Array(repeating: "", count: 3 + outline.areas.count)
                }
            }
            rows.append(row)
        }
        return dialect.text(rows)
    }
}
