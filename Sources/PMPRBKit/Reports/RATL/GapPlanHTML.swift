/// The follow-up plan (RATL) as a printable page: A4 landscape, one row per item below its best
/// answer with the assessor's note and evidence, and blank cells for the planned action, its
/// output, the person in charge, the deadline and the status, to fill in by hand or on screen.
public struct GapPlanHTML: Sendable, Bilingual {
    /// The plan's rows and their worksheet.
    public var plan: GapPlanCSV
    /// The language of the page.
    public var language: ReportLanguage

    /// Creates the page.
    public init(plan: GapPlanCSV, language: ReportLanguage = .id) {
        self.plan = plan
        self.language = language
    }

    /// The plan as a document: a heading line with the counts, and the table.
    public func document(subtitle: [String], alerts: [String]) -> ReportDocument {
        let card = plan.card
        let gaps = plan.gaps
        let rows = gaps.enumerated().map { index, item -> [String] in
            let (note, evidence) = plan.noteAndEvidence(item.code)
            let current = item.answer.isNone
                ? pick("(kosong)", "(empty)")
                : item.answer.text(decimalComma: language.usesDecimalComma)
            return [
                String(index + 1), item.code, item.areaID ?? item.areaTitle, item.title,
                current + " → " + item.bestAnswer.text(decimalComma: language.usesDecimalComma),
                language.number(item.potential),
                [note, evidence].filter { !$0.isEmpty }.joined(separator: " — "),
                "", "", "", "", GapPlanCSV.initialStatus,
            ]
        }
        let potential = gaps.map(\.potential).reduce(0, +)
        let intro = pick(
            "\(gaps.count) dari \(card.gaps.count) butir di bawah jawaban terbaiknya, diurutkan "
                + "menurut nilai yang hilang; nilai total \(language.number(card.total)), potensi "
                + "butir ini \(language.number(potential)). Kolom rencana aksi sampai status "
                + "diisi oleh unit; status: belum, proses atau selesai.",
            "\(gaps.count) of \(card.gaps.count) items below their best answer, by the points "
                + "they cost; total \(language.number(card.total)), these items could add "
                + "\(language.number(potential)). The unit fills in the columns from planned "
                + "action to status; status: belum (not started), proses or selesai (done).")
        let table = ReportDocument.Table(
            columns: [
                pick("No", "No"), pick("Kode", "Code"), pick("Area", "Area"),
                pick("Uraian", "Description"), pick("Jawaban → target", "Answer → target"),
                pick("Potensi", "Gain"), pick("Catatan dan bukti dukung", "Note and evidence"),
                pick("Rencana aksi", "Planned action"), pick("Output", "Output"),
                pick("Penanggung jawab", "Person in charge"), pick("Tenggat", "Deadline"),
                pick("Status", "Status"),
            ],
            numeric: [0, 5], rows: rows)
        return ReportDocument(
            title: pick("Rencana Aksi Tindak Lanjut (RATL)", "Follow-up action plan (RATL)")
                + ": " + card.instrumentTitle,
            subtitle: subtitle, alerts: alerts,
            sections: [ReportDocument.Section(heading: "", paragraphs: [intro], table: table)])
    }

    /// The page.
    public func rendered(subtitle: [String], alerts: [String]) -> String {
        var page = HTMLReport(
            document: document(subtitle: subtitle, alerts: alerts), language: language)
        page.pageStyle = Self.style
        return page.rendered()
    }

    /// Landscape paper, and room to write in the blank columns.
    static let style = """
        @page { size: A4 landscape; margin: 10mm; }
        body { max-width: 277mm; }
        @media screen { body { max-width: 297mm; } }
        table { font-size: 8pt; }
        td { height: 9mm; }
        td:nth-child(4) { width: 20%; }
        td:nth-child(5) { white-space: nowrap; }
        td:nth-child(7) { width: 14%; overflow-wrap: anywhere; }
        td:nth-child(n+8) { width: 9%; }
        """
}
