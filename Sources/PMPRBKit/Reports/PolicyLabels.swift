/// The lines every report uses to say how it scored: the policy for unanswered items and the
/// predicates declared as already held (`docs/output-formats.md`).
struct PolicyLabels: Bilingual {
    let language: ReportLanguage

    /// The policy for unanswered items, as a header line.
    func missingAnswers(_ policy: MissingAnswers) -> String {
        switch policy {
        case .zero:
            pick(
                "Butir kosong: dihitung 0 (--kosong nol); nilai adalah batas bawah",
                "Empty items: count 0 (--kosong nol); the score is a lower bound")
        case .ignored:
            pick(
                "Butir kosong: tidak ikut rata-rata sub-indikatornya (--kosong abaikan), seperti "
                    + "lembar kerja evaluasi KemenPAN-RB 2015",
                "Empty items: left out of their sub-indicator's mean (--kosong abaikan), as in "
                    + "KemenPAN-RB's 2015 evaluation workbook")
        }
    }

    /// The predicates declared as already held, as a header line.
    func held(_ predicates: [HeldPredicate]) -> String {
        pick("Predikat yang sudah diraih: ", "Predicate already held: ")
            + (predicates.isEmpty
                ? pick("belum dinyatakan", "not declared")
                : predicates.map(\.description).joined(separator: ", "))
    }

    /// A predicate's verdict whose values meet every criterion but whose required predicate
    /// was not declared.
    func awaitingDeclaration(_ undeclared: [String]) -> String {
        let names = undeclared.map { "Menuju " + $0 }.joined(separator: ", ")
        return pick(
            "kriteria nilai terpenuhi; predikat \(names) belum dinyatakan",
            "score criteria met; \(names) predicate not declared")
    }

    /// What a plan towards a predicate cannot reach by answers.
    func declarationNeeded(_ undeclared: [String]) -> String {
        let names = undeclared.map { "Menuju " + $0 }.joined(separator: ", ")
        return pick(
            "Jawaban saja tidak cukup: predikat \(names) harus sudah diraih dan dinyatakan "
                + "(baris #predikat atau --predikat).",
            "Answers alone are not enough: the \(names) predicate must already be held and "
                + "declared (a #predikat row or --predikat).")
    }

    /// The value shown for a criterion that the unit already holds a predicate.
    func declared(_ held: HeldPredicate?) -> String {
        held.map { $0.description } ?? pick("belum dinyatakan", "not declared")
    }
}
