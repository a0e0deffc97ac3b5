/// The words of the road-map report in each language.
struct RoadMapLabels: WordTable {
    static let tables = ["roadMap"]
    let language: ReportLanguage

    var area: String { "Area" }
    /// Column headings named like the functions that write their cells.
    var link: String { self[dynamicMember: "link"] }
    var achievement: String { self[dynamicMember: "achievement"] }
    var trend: String { self[dynamicMember: "trend"] }
    var target: String { "Target" }
    var status: String { "Status" }
    var baseline: String { "baseline" }

    func summaryLine(indicators: Int, targets: Int, reached: Int, notReached: Int, noData: Int)
        -> String
    {
        pick(
            "\(indicators) indikator, \(targets) target tahunan: \(reached) tercapai, "
                + "\(notReached) belum tercapai, \(noData) belum ada data.",
            "\(indicators) indicators, \(targets) yearly targets: \(reached) reached, "
                + "\(notReached) not reached, \(noData) without data.")
    }

    func warningAlert(_ count: Int) -> String {
        pick(
            "PERHATIAN: \(count) peringatan tentang peta jalan atau realisasinya "
                + "(lihat bagian akhir).",
            "WARNING: \(count) warning(s) about the road map or its realisations (see the end).")
    }

    func status(_ status: RoadMapProgress.Status) -> String { word("status", status) }

    func achievement(_ achievement: RoadMapProgress.Achievement?) -> String {
        achievement.map { word("achievement", $0) } ?? ""
    }

    func trend(_ trend: RoadMapProgress.Trend?) -> String {
        trend.map { word("trend", $0) } ?? ""
    }

    func link(_ link: RoadMap.Link) -> String {
        switch link {
        case .entered: pick("isian", "entered")
        case .ratl, .score: link.text
        }
    }
}
