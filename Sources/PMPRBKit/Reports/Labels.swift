/// The words of the reports in each language.
struct Labels: TableWords {
    static let tables = ["score", "table"]
    let language: ReportLanguage

    var share: String { "%" }

    func className(_ gapClass: ScoreCard.GapClass) -> String { word("class", gapClass.rawValue) }

    func incomplete(
        _ count: Int, of total: Int, share: String, policy: MissingAnswers = .zero
    ) -> String {
        switch policy {
        case .zero:
            pick(
                "PERHATIAN: \(count) dari \(total) butir belum dijawab (\(share)). "
                    + "Nilai di bawah adalah batas bawah: butir kosong dihitung 0.",
                "WARNING: \(count) of \(total) items are unanswered (\(share)). "
                    + "The score below is a lower bound: empty items count 0.")
        case .ignored:
            pick(
                "PERHATIAN: \(count) dari \(total) butir belum dijawab (\(share)). "
                    + "Butir kosong tidak ikut rata-rata sub-indikatornya (--kosong abaikan).",
                "WARNING: \(count) of \(total) items are unanswered (\(share)). "
                    + "Empty items are left out of their sub-indicator's mean (--kosong abaikan).")
        }
    }

    func heldPredicate(_ name: String) -> String {
        pick("predikat \(name) sudah diraih", "\(name) already held")
    }

    func gapIntro(shown: Int, of total: Int) -> String {
        pick(
            "\(shown) butir teratas dari \(total) butir di bawah jawaban terbaiknya, "
                + "diurutkan menurut nilai yang hilang.",
            "Top \(shown) of \(total) items below their best answer, by the points they cost.")
    }

    func assumptionIntro() -> String {
        pick(
            "Nilai ini bergantung pada asumsi berikut (bukan angka peraturan; "
                + "lihat docs/methodology.md):",
            "This score depends on these assumptions (not the regulation's numbers; "
                + "see docs/methodology.md):")
    }

    /// The assumptions of the method itself, which hold for every instrument
    /// (`docs/methodology.md`, section 8).
    func methodAssumptions(_ policy: MissingAnswers = .zero) -> [String] {
        [
            pick(
                "ASM-13: kategori dan syarat predikat dinilai pada nilai yang dibulatkan dua desimal, "
                    + "seperti nilai yang diumumkan.",
                "ASM-13: bands and predicate criteria are decided on values rounded to two "
                    + "decimals, as published."),
            pick(
                "ASM-14: nilai sub-indikator = bobot x rata-rata nilai butirnya (semua butir sama berat).",
                "ASM-14: a sub-indicator's value = its weight x the mean of its items' values."),
            policy == .zero
                ? pick(
                    "ASM-15: butir yang belum dijawab atau tidak dapat dihitung bernilai 0.",
                    "ASM-15: an unanswered item, or one that cannot be computed, counts 0.")
                : pick(
                    "ASM-15 (--kosong abaikan): butir yang belum dijawab atau tidak dapat "
                        + "dihitung tidak ikut rata-rata sub-indikatornya.",
                    "ASM-15 (--kosong abaikan): an unanswered item, or one that cannot be "
                        + "computed, is left out of its sub-indicator's mean."),
        ]
    }

    func bandLine(_ grade: String, _ label: String) -> String {
        "\(self.category): \(grade) (\(label))"
    }

    func areaFailing(_ areas: [String]) -> String {
        pick("area di bawah batas: ", "areas below the threshold: ")
            + areas.concatenated(separator: ", ")
    }
}
