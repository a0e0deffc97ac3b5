/// A blank worksheet for an instrument, as CSV that a person fills in a spreadsheet.
///
/// Every node has a row, so that the worksheet reads like the official LKE; the heading rows
/// (components to sub-indicators) carry their weights and take no answer.
public struct WorksheetTemplate: Sendable {
    /// The instrument.
    public var instrument: Instrument
    /// The unit, written in the `#unit` row.
    public var unit: String
    /// The year, written in the `#tahun` row.
    public var year: Int?
    /// The delimiter. With `;` numbers use a decimal comma, as spreadsheets in an Indonesian
    /// locale expect; with `,` or tab, a decimal point.
    public var delimiter: CSVDelimiter

    /// Creates a template.
    public init(
        instrument: Instrument, unit: String = "", year: Int? = nil,
        delimiter: CSVDelimiter = .comma
    ) {
        self.instrument = instrument
        self.unit = unit
        self.year = year
        self.delimiter = delimiter
    }

    /// The CSV text, with CRLF line ends as spreadsheets write them. With `;`, for a
    /// spreadsheet in an Indonesian locale, the text starts with a UTF-8 byte order mark so that
    /// Excel reads accented names correctly; the reader removes it.
    ///
    /// When the instrument states what each answer option means, a `penjelasan` column beside
    /// `pilihan_jawaban` gives each item's criteria (`A: … | B: …`).
    public func rendered() -> String {
        let writer = CSVWriter(delimiter: delimiter, lineEnding: "\r\n")
        let withGuide = instrument.hasAnswerGuides
        var text = (delimiter == .semicolon ? "\u{FEFF}" : "")
            + writer.row(WorksheetColumns.template(withGuide: withGuide))
        // The metadata rows (#instrumen, #unit, #tahun) come first and have no criteria.
        let guides = Array(repeating: "", count: 3) + instrument.nodes.map(guideCell)
        for (row, guide) in zip(rows(), guides) {
            guard withGuide else {
                text += writer.row(row)
                continue
            }
            var cells = row
            cells.insert(guide, at: Self.optionsColumn + 1)
            text += writer.row(cells)
        }
        return text
    }

    /// The index of `pilihan_jawaban` in ``rows()``.
    static let optionsColumn = 3

    /// The `penjelasan` cell of a node: `LABEL: criterion | …`, or the text of an item answered
    /// with a number. One line, so that every row of the worksheet stays one line of the file.
    private func guideCell(_ node: Node) -> String {
        node.guide?.encoded ?? ""
    }

    /// The rows under the header, each with the cells of ``WorksheetColumns/required``: the
    /// metadata rows, then one row per node.
    public func rows() -> [[String]] {
        let decimalComma = delimiter == .semicolon
        var rows = [
            [WorksheetColumns.instrumentKey, instrument.title, "", "", instrument.id, "", ""],
            [WorksheetColumns.unitKey, "Nama unit kerja / OPD", "", "", unit, "", ""],
            [WorksheetColumns.yearKey, "Tahun penilaian", "", "", year.map(String.init) ?? "", "", ""],
        ]
        for node in instrument.nodes {
            let weight = node.weight.map {
                LocaleNumber.format($0, decimals: 2, decimalComma: decimalComma)
            } ?? ""
            rows.append([node.code, node.title, weight, options(for: node), "", "", ""])
        }
        return rows
    }

    private func options(for node: Node) -> String {
        if let direct = instrument.directType(of: node),
            case .scale(let minimum, let maximum) = direct.conversion
        {
            return "Nilai langsung (\(LocaleNumber.format(minimum, decimals: 0))-"
                + "\(LocaleNumber.format(maximum, decimals: 0))), opsional"
        }
        guard let type = instrument.answerType(of: node) else { return "" }
        var text: String
        switch type.conversion {
        case .options(let options): text = options.map(\.label).joined(separator: "/")
        case .scale(let minimum, let maximum):
            let joiner = minimum < 0 ? " s.d. " : "-"
            text = "Nilai (\(Self.short(minimum))\(joiner)\(Self.short(maximum)))"
        case .percent: return "% (dihitung dari baris Jumlah)"
        case .count: return "Jumlah"
        }
        if let target = node.target { text += ", target \(Self.short(target))" }
        if node.allowsNotApplicable { text += ", atau \(NotApplicable.label)" }
        return text
    }

    /// A bound or target with as many decimals as it needs (`0`, `3,5`, `4,01`).
    private static func short(_ value: Double) -> String {
        var text = LocaleNumber.format(value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(",") { text.removeLast() }
        return text
    }
}
