import Foundation
import Testing

@testable import PMPRBKit

/// Golden files for every format of the road-map report, from the Tangerang Selatan example
/// with its 2020 realisations, its Indeks RB worksheet and a small RATL file.
@Suite struct RoadMapReportTests {
    static func report(language: ReportLanguage = .id) throws -> RoadMapReport {
        let path = "worksheets/peta-jalan/tangsel-2021-2026.csv"
        let map = try RoadMap(csv: RoadMapFixtures.shipped(path), file: path)
        let realisations = try RealisationFile(
            csv: RoadMapFixtures.shipped("worksheets/peta-jalan/tangsel-realisasi-2020.csv"),
            file: "worksheets/peta-jalan/tangsel-realisasi-2020.csv")
        let ratl = try RATLFile(csv: Data(RATLFileTests.ratl.utf8), file: "ratl.csv")
        let progress = try RoadMapProgress.evaluate(
            map, realisations: realisations, worksheets: [try RoadMapFixtures.tangselWorksheet()],
            ratl: ratl)
        return RoadMapReport(progress: progress, language: language)
    }

    @Test(arguments: [
        (ReportFormat.text, "peta-jalan.txt"), (.markdown, "peta-jalan.md"),
        (.json, "peta-jalan.json"), (.csv, "peta-jalan.csv"), (.html, "peta-jalan.html"),
    ])
    func roadMapReport(format: ReportFormat, snapshot: String) throws {
        try assertSnapshot(try Self.report().rendered(format), named: snapshot)
    }

    @Test func englishTextReport() throws {
        try assertSnapshot(try Self.report(language: .en).rendered(.text), named: "peta-jalan-en.txt")
    }

    @Test func csvForIndonesianSpreadsheets() throws {
        var report = try Self.report()
        report.csvDialect = .excelIndonesia
        let text = report.rendered(.csv)
        #expect(text.hasPrefix("\u{FEFF}kode;indikator;"))
        // 61,11 with a decimal comma, in a semicolon file, quoted for an import that splits at
        // commas too.
        #expect(text.contains(";\"61,11\";B;tercapai;berhasil dipertahankan;tetap;"))
    }

    @Test func reportsAreDeterministic() throws {
        for format in ReportFormat.allCases {
            #expect(try Self.report().rendered(format) == (try Self.report().rendered(format)))
        }
    }

    @Test func textFromAFileCannotRunAsAFormulaInTheCSV() throws {
        let text = """
            kode,indikator,jenis,arah,realisasi_dari,2020
            X,=HYPERLINK("http://x"),angka,naik,isian,1

            """
        let map = try RoadMap(csv: Data(text.utf8), file: "pj.csv")
        let csv = RoadMapReport(progress: try RoadMapProgress.evaluate(map)).rendered(.csv)
        #expect(csv.contains("'=HYPERLINK"))
    }
}
