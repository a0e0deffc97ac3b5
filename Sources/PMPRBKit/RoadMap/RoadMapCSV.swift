/// The CSV form of a road map's progress (`docs/output-formats.md`, "peta-jalan --format
/// csv"): one row per indicator and year with a target or a realisation.
struct RoadMapCSV {
    let progress: RoadMapProgress
    var dialect = CSVDialect.standard

    static let columns = [
        "kode", "indikator", "area", "satuan", "jenis", "arah", "pd_pengampu", "realisasi_dari",
        "baseline_tahun", "baseline", "tahun", "target", "realisasi", "kategori_realisasi",
        "status", "capaian", "tren", "sumber_realisasi",
    ]

    func rendered() -> String {
        let text = CSVWriter.neutralisingFormula
        func value(_ value: RoadMapValue?) -> String {
            guard let value else { return "" }
            return text(value.shown(decimalComma: dialect.decimalComma))
        }
        var rows = [Self.columns]
        for row in progress.rows {
            let indicator = row.indicator
            let link = indicator.link.text
            for entry in row.years {
                rows.append([
                    indicator.code, text(indicator.name), text(indicator.area),
                    text(indicator.unit),
                    indicator.kind.rawValue, indicator.direction.rawValue,
                    text(indicator.responsible), link,
                    indicator.baselineYear.map(String.init) ?? "", value(indicator.baseline),
                    String(entry.year), value(entry.target?.value), value(entry.realisation?.value),
                    entry.realisation?.category ?? "", entry.status.rawValue,
                    entry.achievement?.rawValue ?? "", entry.trend?.rawValue ?? "",
                    text(entry.realisation?.source ?? ""),
                ])
            }
        }
        return dialect.text(rows)
    }
}
