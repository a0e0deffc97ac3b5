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

    /// The CSV text, with CRLF line ends as spreadsheets write them.
    public func rendered() -> String {
        let writer = CSVWriter(delimiter: delimiter, lineEnding: "\r\n")
        let decimalComma = delimiter == .semicolon
        var text = writer.row(WorksheetColumns.required)
        func metadata(_ key: String, _ label: String, _ value: String) -> String {
            writer.row([key, label, "", "", value, "", ""])
        }
        text += metadata(WorksheetColumns.instrumentKey, instrument.title, instrument.id)
        text += metadata(WorksheetColumns.unitKey, "Nama unit kerja / OPD", unit)
        text += metadata(WorksheetColumns.yearKey, "Tahun penilaian", year.map(String.init) ?? "")
        for node in instrument.nodes {
            let weight = node.weight.map {
                LocaleNumber.format($0, decimals: 2, decimalComma: decimalComma)
            } ?? ""
            text += writer.row([
                node.code, node.title, weight, options(for: node), "", "", "",
            ])
        }
        return text
    }

    private func options(for node: Node) -> String {
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
