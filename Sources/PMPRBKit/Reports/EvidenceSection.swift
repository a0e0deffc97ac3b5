/// The section of a score report about answers without evidence (*bukti dukung*).
struct EvidenceSection: Bilingual {
    let check: EvidenceCheck
    let labels: Labels

    var language: ReportLanguage { labels.language }

    func section() -> ReportDocument.Section {
        let heading = pick("Bukti dukung", "Evidence")
        let count = check.items.count
        var paragraphs: [String] = []
        if count == 0 {
            paragraphs.append(
                pick(
                    "Setiap jawaban di atas pilihan terendah memiliki bukti dukung.",
                    "Every answer above the lowest option has evidence."))
        } else {
            paragraphs.append(
                pick(
                    "\(count) butir dijawab di atas pilihan terendah tanpa bukti dukung. "
                        + "Evaluasi mengabaikan jawaban tanpa bukti.",
                    "\(count) items are answered above their lowest option without evidence. "
                        + "The evaluation discards answers without evidence."))
        }
        let asAnswered = language.number(check.totalAsAnswered)
        let required = language.number(check.totalWithEvidenceRequired)
        if check.isRequired {
            paragraphs.append(
                pick(
                    "Bukti wajib: butir tanpa bukti dinilai sebagai pilihan terendah. "
                        + "Nilai dengan bukti wajib: \(required); nilai menurut jawaban: "
                        + "\(asAnswered).",
                    "Evidence required: items without evidence are scored as their lowest "
                        + "option. Total with evidence required: \(required); total as "
                        + "answered: \(asAnswered)."))
        } else if count > 0 {
            paragraphs.append(
                pick(
                    "Bila butir ini dinilai sebagai pilihan terendah (--bukti wajib), nilai "
                        + "\(asAnswered) menjadi \(required).",
                    "Scored as their lowest option (--bukti wajib), the total \(asAnswered) "
                        + "becomes \(required)."))
        }
        let rows = check.items.enumerated().map { index, item -> [String] in
            [
                String(index + 1), item.code, item.title,
                item.answer.text(decimalComma: language.usesDecimalComma),
                language.number(item.pointsAtStake),
            ]
        }
        return ReportDocument.Section(
            heading: heading, paragraphs: paragraphs,
            table: rows.isEmpty
                ? nil
                : ReportDocument.Table(
                    columns: [
                        labels.number, labels.code, labels.title, labels.answer,
                        pick("Nilai dipertaruhkan", "Points at stake"),
                    ],
                    numeric: [0, 4], rows: rows))
    }
}
