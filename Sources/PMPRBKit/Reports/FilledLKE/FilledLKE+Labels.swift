extension FilledLKE {
    /// The fixed texts of the printed worksheet: `lke.*` of `label.tsv`, and the words the
    /// reports' tables share (`table.*`: unit, year, not given, category, code, weight, answer, value).
    struct Labels: TableWords {
        static let tables = ["lke", "table"]
        let language: ReportLanguage

        /// The headings of the item table, left to right.
        var columns: [String] {
            [
                self.code, self.item, self.weight, self.criterion, self.options, self.answer,
                self.itemValue, "%", self.evidence, self.note,
            ]
        }
    }

    var labels: Labels { Labels(language: language) }
}
