extension Labels {
    /// The table of items to improve, as the gap list and a plan list them: number, code, area,
    /// title, the answer, the best answer and the points it would add.
    func gapTable(_ items: [ScoreCard.ItemScore]) -> ReportDocument.Table {
        let rows = items.enumerated().map { index, item -> [String] in
            [
                String(index + 1), item.code, item.areaID ?? item.areaTitle, item.title,
                item.answer.isNone
                    ? self.unanswered : item.answer.text(decimalComma: language.usesDecimalComma),
                item.bestAnswer.text(decimalComma: language.usesDecimalComma),
                language.number(item.potential),
            ]
        }
        return ReportDocument.Table(
            columns: [
                self.number, self.code, self.area, self.title, self.answer, self.bestAnswer,
                self.potential,
            ],
            numeric: [0, 6], rows: rows)
    }
}
