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
    public func rendered() -> String {
        let writer = CSVWriter(delimiter: delimiter, lineEnding: "\r\n")
        var text = (delimiter == .semicolon ? "\u{FEFF}" : "") + writer.row(WorksheetColumns.required)
        for row in rows() { text += writer.row(row) }
        return text
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
        Self.options(for: node, in: instrument)
    }

    /// The `pilihan_jawaban` text of a node: its options, its scale or what it is computed from.
    static func options(for node: Node, in instrument: Instrument) -> String {
        if let direct = instrument.directType(of: node),
            case .scale(let minimum, let maximum) = direct.conversion
        {
            return "Nilai langsung (\(LocaleNumber.format(minimum, decimals: 0))-"
                + "\(LocaleNumber.format(maximum, decimals: 0))), opsional"
        }
        guard let type = instrument.answerType(of: node) else { return "" }
        switch type.conversion {
        case .options(let options): return options.map(\.label).joined(separator: "/")
        case .scale(let minimum, let maximum):
            return "Nilai (\(LocaleNumber.format(minimum, decimals: 0))-"
                + "\(LocaleNumber.format(maximum, decimals: 0)))"
        case .percent: return "% (dihitung dari baris Jumlah)"
        case .count: return "Jumlah"
        }
    }
}
