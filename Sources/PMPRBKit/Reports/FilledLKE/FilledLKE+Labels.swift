extension FilledLKE {
    /// The fixed texts of the printed worksheet in one language.
    struct Labels {
        var heading: String
        var unit: String
        var year: String
        var notGiven: String
        var printed: String
        var page: String
        var of: String
        var columns: [String]
        var unanswered: String
        var direct: String
        var count: String
        var score: String
        var total: String
        var finalValue: String
        var category: String
        var incomplete: String
        var sourceNote: String
        var noEvidence: String
        var evidenceRequired: String
        var asAnswered: String

        static let id = Labels(
            heading: "Lembar Kerja Evaluasi (LKE) terisi", unit: "Unit", year: "Tahun",
            notGiven: "(tidak diisi)", printed: "Dicetak", page: "Halaman", of: "dari",
            columns: [
                "Kode", "Penilaian", "Bobot", "Penjelasan (kriteria jawaban)", "Pilihan jawaban",
                "Jawaban", "Nilai", "%", "Bukti dukung", "Catatan",
            ],
            unanswered: "(belum dijawab)", direct: "Nilai langsung", count: "Jumlah",
            score: "Nilai", total: "TOTAL", finalValue: "NILAI AKHIR", category: "Kategori",
            incomplete: "butir belum dijawab; nilai ini batas bawah.",
            sourceNote:
                "Penjelasan diringkas dari sumber instrumen; sumber dan halaman setiap butir:",
            noEvidence: "(tanpa bukti dukung)",
            evidenceRequired:
                "Bukti wajib: butir tanpa bukti dukung dinilai sebagai pilihan terendah. Nilai dengan bukti wajib:",
            asAnswered: "nilai menurut jawaban:")

        static let en = Labels(
            heading: "Filled evaluation worksheet (LKE)", unit: "Unit", year: "Year",
            notGiven: "(not given)", printed: "Printed", page: "Page", of: "of",
            columns: [
                "Code", "Item", "Weight", "Criterion of the answer", "Options", "Answer",
                "Value", "%", "Evidence", "Note",
            ],
            unanswered: "(unanswered)", direct: "Direct value", count: "Count",
            score: "Score", total: "TOTAL", finalValue: "FINAL VALUE", category: "Category",
            incomplete: "items unanswered; this value is a lower bound.",
            sourceNote: "Criteria summarised from the instrument's sources; the source and page of each item:",
            noEvidence: "(no evidence)",
            evidenceRequired:
                "Evidence required: items without evidence are scored as their lowest option. Total with evidence required:",
            asAnswered: "total as answered:")
    }

    var labels: Labels { language == .id ? .id : .en }
}
