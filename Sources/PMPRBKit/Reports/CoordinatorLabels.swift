/// The words of the coordinator's reports (compare, diff, aggregate) in each language.
struct CoordinatorLabels: TableWords {
    let language: ReportLanguage

    var compareTitle: String {
        pick("Perbandingan Hasil Penilaian Mandiri", "Comparison of self-assessments")
    }
    var diffTitle: String {
        pick("Perbedaan Jawaban Dua Lembar Kerja", "Differences between two worksheets")
    }
    var aggregateTitle: String {
        pick("Nilai Gabungan Pemerintah Daerah", "Combined result of the regional government")
    }
    var unitCount: String { pick("Jumlah unit", "Units") }
    var years: String { pick("Tahun", "Year") }
    var rank: String { pick("No", "Rank") }
    var file: String { pick("Berkas", "File") }
    var unanswered: String { pick("Belum dijawab", "Unanswered") }
    var ranking: String { pick("Peringkat", "Ranking") }
    var matrix: String {
        pick("Nilai per area (% dari bobot area)", "Score per area (% of the area's weight)")
    }
    var areaStatistics: String { pick("Statistik per area", "Statistics per area") }
    var mean: String { pick("Rata-rata", "Mean") }
    var median: String { "Median" }
    var minimum: String { pick("Min", "Min") }
    var maximum: String { pick("Maks", "Max") }
    var belowCount: String { pick("Di bawah batas", "Below") }
    var yes: String { pick("ya", "yes") }
    var no: String { pick("tidak", "no") }
    /// A predicate whose values meet every criterion but whose required predicate was not
    /// declared.
    var scoreOnly: String { pick("nilai ya", "score yes") }

    /// A band as its grade and label, `BB (Sangat Baik)`, or `—` for none.
    func band(_ band: Band?) -> String {
        band.map { "\($0.grade) (\($0.label))" } ?? "—"
    }

    /// A verdict cell of the ranking.
    func verdict(_ verdict: UnitSummary.Verdict?) -> String {
        guard let verdict else { return no }
        return verdict.holds ? yes : verdict.awaitsDeclaration ? scoreOnly : no
    }

    func scoreOnlyNote(_ undeclared: [String]) -> String {
        "\(scoreOnly): " + PolicyLabels(language: language).awaitingDeclaration(undeclared)
    }
    var change: String { pick("Perubahan", "Change") }
    var before: String { pick("Sebelumnya", "Before") }
    var now: String { pick("Sekarang", "Now") }
    var new: String { pick("baru", "new") }
    var points: String { pick("Nilai butir", "Points") }
    var difference: String { pick("Selisih", "Difference") }
    var results: String { pick("hasil", "results") }
    var empty: String { pick("(kosong)", "(empty)") }
    var refused: String { pick("Lembar kerja yang tidak diikutkan", "Worksheets left out") }
    var reason: String { pick("Alasan", "Reason") }
    var share: String { pick("Bobot bagian", "Share") }
    var contribution: String { pick("Sumbangan", "Contribution") }
    var combined: String { pick("Nilai gabungan", "Combined result") }
    var opdList: String { pick("Nilai Perangkat Daerah", "Results of the OPD") }
    var calculation: String { pick("Perhitungan", "Calculation") }
    var areaValues: String { pick("Nilai per area", "Score per area") }
    var none: String { pick("tidak ada", "none") }

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

    var baselineUnits: String { pick("Perubahan per unit", "Change per unit") }
    var baselineAreas: String {
        pick(
            "Perubahan per area (unit yang dinilai pada kedua periode)",
            "Change per area (units assessed in both rounds)")
    }
    var pointsNote: String {
        pick(
            "Perubahan nilai dalam poin; perubahan area (Δ) dalam poin persentase dari bobot area.",
            "The change of the score in points; of each area (Δ) in percentage points of its weight."
        )
    }
    var areaPointsNote: String {
        pick(
            "Rata-rata persentase area; perubahan dalam poin persentase.",
            "Mean share of each area; the change in percentage points.")
    }
    var changedItems: String {
        pick("Butir yang jawabannya berubah", "Items whose answers changed")
    }

    func newUnits(_ names: String) -> String {
        pick("Unit tanpa data pembanding: \(names)", "Units without a baseline: \(names)")
    }

    func missingUnits(_ names: String) -> String {
        pick(
            "Unit pada data pembanding yang tidak dinilai sekarang: \(names)",
            "Units in the baseline not assessed now: \(names)")
    }

    var noChangedItems: String { pick("Tidak ada jawaban yang berubah.", "No answer changed.") }

    var diffScores: String { pick("Nilai kedua lembar kerja", "Scores of the two worksheets") }

    func differingItems(_ count: Int) -> String {
        pick("Butir yang jawabannya berbeda (\(count))", "Items whose answers differ (\(count))")
    }

    var differingItemsIntro: String {
        pick(
            "Diurutkan menurut selisih nilai, yang terbesar lebih dahulu. Selisih = B − A.",
            "Largest difference in points first. Difference = B − A.")
    }
    var differingInputs: String { pick("Isian jumlah yang berbeda", "Input rows that differ") }
    var differingInputsIntro: String {
        pick(
            "Pengaruhnya sudah terhitung pada butir persentasenya di atas.",
            "Their effect is already counted in their percentage items above.")
    }
    var noDifferences: String {
        pick("Jawaban kedua lembar kerja sama.", "The two worksheets have the same answers.")
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

    var opdCount: String { pick("Jumlah OPD", "OPD") }

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

    var pemdaPart: String { pick("Pemerintah Daerah", "Regional government") }

    func yearsDiffer(_ years: String) -> String {
        pick(
            "PERHATIAN: lembar kerja Pemda dan OPD berasal dari tahun yang berbeda (\(years)).",
            "WARNING: the Pemda and OPD worksheets are of different years (\(years)).")
    }

    var markerNote: String {
        pick("Garis putus-putus: batas per area", "Dashed lines: the minimum per area")
    }

    func chartPerArea(_ id: String, _ title: String, _ weight: String) -> String {
        pick(
            "\(id) \(title): nilai tiap unit terhadap bobot \(weight)",
            "\(id) \(title): each unit's score against the weight \(weight)")
    }

    var areaChart: String { pick("Nilai area terhadap bobotnya", "Areas against their weights") }
    var partsChart: String {
        pick("Bagian-bagian nilai gabungan (dari 100)", "Parts of the combined result (of 100)")
    }
    var opdChart: String { pick("Nilai tiap OPD (dari 100)", "Each OPD's score (of 100)") }
}

extension ReportLanguage {
    /// A change with its sign: `+9,64`, `-0,13`, and `0,00` for what rounds to zero.
    func signed(_ value: Double, decimals: Int = 2) -> String {
        let text = number(value, decimals: decimals)
        let isZero = !text.contains { ("1"..."9").contains($0) }
        return (value > 0 && !isZero ? "+" : "") + text
    }
}
