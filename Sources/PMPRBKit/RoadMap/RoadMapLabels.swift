/// The words of the road-map report in each language.
struct RoadMapLabels: Bilingual {
    let language: ReportLanguage

    var title: String { pick("Pemantauan Peta Jalan Reformasi Birokrasi", "Road map monitoring") }
    var file: String { pick("Berkas", "File") }
    var agency: String { pick("Instansi", "Government") }
    var summary: String { pick("Ringkasan", "Summary") }
    var progress: String { pick("Target dan realisasi per indikator", "Targets and realisations") }
    var indicatorList: String { pick("Daftar indikator", "Indicators") }
    var perArea: String { pick("Rekap per area", "By area") }
    var perResponsible: String { pick("Rekap per PD pengampu", "By responsible OPD") }
    var ratl: String { pick("Rencana aksi tindak lanjut (RATL)", "Follow-up actions (RATL)") }
    var warnings: String { pick("Peringatan", "Warnings") }
    var assumptions: String { pick("Asumsi", "Assumptions") }
    var code: String { pick("Kode", "Code") }
    var indicator: String { pick("Indikator", "Indicator") }
    var area: String { "Area" }
    var unit: String { pick("Satuan", "Unit") }
    var kind: String { pick("Jenis", "Kind") }
    var direction: String { pick("Arah", "Direction") }
    var responsible: String { pick("PD pengampu", "Responsible OPD") }
    var link: String { pick("Sumber realisasi", "Realisation from") }
    var year: String { pick("Tahun", "Year") }
    var target: String { "Target" }
    var realisation: String { pick("Realisasi", "Realisation") }
    var status: String { "Status" }
    var achievement: String { pick("Capaian", "Against baseline") }
    var trend: String { pick("Tren", "Trend") }
    var reached: String { pick("Tercapai", "Reached") }
    var notReached: String { pick("Belum tercapai", "Not reached") }
    var noData: String { pick("Belum ada data", "No data") }
    var targets: String { pick("Target", "Targets") }
    var share: String { pick("% tercapai", "% reached") }
    var done: String { pick("Selesai", "Done") }
    var inProgress: String { pick("Proses", "In progress") }
    var notStarted: String { pick("Belum", "Not started") }
    var none: String { pick("(tidak disebut)", "(not named)") }
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

    var statusRule: String {
        pick(
            "Tercapai: realisasi sama dengan atau melampaui target menurut arah indikator "
                + "(predikat menurut urutan skalanya). Capaian dibandingkan dengan baseline: "
                + "berhasil ditingkatkan, berhasil dipertahankan, masih dalam proses peningkatan, "
                + "atau mengalami penurunan. Tren dibandingkan dengan nilai sebelumnya.",
            "Reached: the realisation is at or beyond the target in the indicator's direction "
                + "(a predikat by its scale's order). Against the baseline: improved, maintained, "
                + "still improving, or declined. The trend compares with the value before.")
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
