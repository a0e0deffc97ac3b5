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


    func status(_ status: RoadMapProgress.Status) -> String {
        switch status {
        case .tercapai: pick("tercapai", "reached")
        case .belumTercapai: pick("belum tercapai", "not reached")
        case .belumAdaData: pick("belum ada data", "no data")
        case .tanpaTarget: pick("tanpa target", "no target")
        }
    }

    func achievement(_ achievement: RoadMapProgress.Achievement?) -> String {
        switch achievement {
        case nil: ""
        case .ditingkatkan?: pick("berhasil ditingkatkan", "improved")
        case .dipertahankan?: pick("berhasil dipertahankan", "maintained")
        case .proses?: pick("masih dalam proses peningkatan", "still improving")
        case .menurun?: pick("mengalami penurunan", "declined")
        }
    }

    func trend(_ trend: RoadMapProgress.Trend?) -> String {
        switch trend {
        case nil: ""
        case .membaik?: pick("membaik", "improving")
        case .tetap?: pick("tetap", "steady")
        case .memburuk?: pick("memburuk", "worsening")
        }
    }

    func link(_ link: RoadMap.Link) -> String {
        switch link {
        case .entered: pick("isian", "entered")
        case .ratl, .score: link.text
        }
    }
}
