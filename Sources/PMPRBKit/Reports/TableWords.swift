/// The words that the tables of the score report and of the coordinator's reports share, written
/// once so that a column reads the same in every report.
protocol TableWords: Bilingual {}

extension TableWords {
    var unit: String { pick("Unit", "Unit") }
    var year: String { pick("Tahun", "Year") }
    var instrument: String { pick("Instrumen", "Instrument") }
    var notGiven: String { pick("(tidak diisi)", "(not given)") }
    var code: String { pick("Kode", "Code") }
    var title: String { pick("Uraian", "Description") }
    var weight: String { pick("Bobot", "Weight") }
    var value: String { pick("Nilai", "Score") }
    var answer: String { pick("Jawaban", "Answer") }
    var area: String { pick("Area", "Area") }
    var category: String { pick("Kategori", "Category") }
    var total: String { "TOTAL" }
}
