/// The words of the coordinator's reports (compare, diff, aggregate) in each language.
struct CoordinatorLabels: TableWords {
    static let tables = ["coordinator", "table"]
    let language: ReportLanguage

    var median: String { "Median" }

    /// A band as its grade and label, `BB (Sangat Baik)`, or `—` for none.
    func band(_ band: Band?) -> String {
        band.map { "\($0.grade) (\($0.label))" } ?? "—"
    }

    /// A verdict cell of the ranking.
    func verdict(_ verdict: UnitSummary.Verdict?) -> String {
        guard let verdict else { return self.no }
        return verdict.holds ? self.yes : verdict.awaitsDeclaration ? self.scoreOnly : self.no
    }

    func scoreOnlyNote(_ undeclared: [String]) -> String {
        "\(self.scoreOnly): " + PolicyLabels(language: language).awaitingDeclaration(undeclared)
    }

    func threshold(_ percent: String) -> String {
        pick(
            "Batas area lemah: \(percent) dari bobot area",
            "Weak-area threshold: \(percent) of the area's weight")
    }

    func belowList(_ id: String, _ units: String) -> String {
        pick("\(id) di bawah batas: \(units)", "\(id) below the threshold: \(units)")
    }

    func areaKey(_ id: String, _ title: String, _ weight: String) -> String {
        "\(id) = \(title) (" + pick("bobot ", "weight ") + weight + ")"
    }

    func severalYears(_ years: String) -> String {
        pick(
            "PERHATIAN: lembar kerja berasal dari beberapa tahun (\(years)); peringkat mencampur tahun.",
            "WARNING: the worksheets are of several years (\(years)); the ranking mixes years.")
    }

    func leftOut(_ count: Int) -> String {
        pick(
            "PERHATIAN: \(count) lembar kerja tidak diikutkan (lihat bagian akhir).",
            "WARNING: \(count) worksheet(s) were left out (see the last section).")
    }

    func baselineLine(_ count: Int, _ years: String) -> String {
        pick(
            "Pembanding: \(count) lembar kerja" + (years.isEmpty ? "" : " (tahun \(years))"),
            "Baseline: \(count) worksheet(s)" + (years.isEmpty ? "" : " (year \(years))"))
    }

    func newUnits(_ names: String) -> String {
        pick("Unit tanpa data pembanding: \(names)", "Units without a baseline: \(names)")
    }

    func missingUnits(_ names: String) -> String {
        pick(
            "Unit pada data pembanding yang tidak dinilai sekarang: \(names)",
            "Units in the baseline not assessed now: \(names)")
    }

    func differingItems(_ count: Int) -> String {
        pick("Butir yang jawabannya berbeda (\(count))", "Items whose answers differ (\(count))")
    }

    func differentUnits(_ first: String, _ second: String) -> String {
        pick(
            "PERHATIAN: kedua lembar kerja menyebut unit yang berbeda: '\(first)' dan '\(second)'.",
            "WARNING: the two worksheets name different units: '\(first)' and '\(second)'.")
    }

    func worksheetLine(_ letter: String, _ file: String, _ unit: String, _ year: String) -> String {
        "\(letter): \(file) — \(unit), " + pick("tahun ", "year ") + year
    }

    func categoryLine(_ letter: String, _ category: String) -> String {
        pick("Kategori (lembar \(letter)): ", "Category (worksheet \(letter)): ") + category
    }

    func predicateLine(
        _ name: String, _ first: UnitSummary.Verdict?, _ second: UnitSummary.Verdict?
    ) -> String {
        "\(name): " + pick("lembar A ", "worksheet A ") + verdict(first) + ", "
            + pick("lembar B ", "worksheet B ") + verdict(second)
    }

    func aggregateBasis(_ pemda: String, _ opd: String) -> String {
        pick(
            "Dasar: PermenPANRB 30/2018 — hasil Pemerintah Daerah \(pemda), hasil Perangkat Daerah \(opd)",
            "Basis: PermenPANRB 30/2018 — the regional government's result \(pemda), the OPD's \(opd)"
        )
    }

    func opdPart(_ count: Int, _ average: Aggregate.Average) -> String {
        switch average {
        case .mean: pick("Perangkat Daerah (rata-rata \(count) OPD)", "OPD (mean of \(count))")
        case .median: pick("Perangkat Daerah (median \(count) OPD)", "OPD (median of \(count))")
        }
    }

    func yearsDiffer(_ years: String) -> String {
        pick(
            "PERHATIAN: lembar kerja Pemda dan OPD berasal dari tahun yang berbeda (\(years)).",
            "WARNING: the Pemda and OPD worksheets are of different years (\(years)).")
    }

    func chartPerArea(_ id: String, _ title: String, _ weight: String) -> String {
        pick(
            "\(id) \(title): nilai tiap unit terhadap bobot \(weight)",
            "\(id) \(title): each unit's score against the weight \(weight)")
    }

}

extension ReportLanguage {
    /// A change with its sign: `+9,64`, `-0,13`, and `0,00` for what rounds to zero.
    func signed(_ value: Double, decimals: Int = 2) -> String {
        let text = number(value, decimals: decimals)
        let isZero = !text.contains { ("1"..."9").contains($0) }
        return (value > 0 && !isZero ? "+" : "") + text
    }
}
