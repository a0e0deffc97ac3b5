import Foundation
import Testing

@testable import PMPRBKit

/// Golden files for every format of the coordinator's reports, and the safety of what a
/// worksheet supplies in HTML and CSV.
@Suite struct CoordinatorReportTests {
    /// Five units this year (A 100, D 92,5, B and C 90,36, E 0), last year's A, D and F, and
    /// one worksheet left out.
    static func comparisonReport(
        language: ReportLanguage = .id, dialect: CSVDialect = .standard
    ) throws -> ComparisonReport {
        let comparison = Comparison(
            outline: InstrumentOutline(try CoordinatorFixtures.instrument()),
            units: try CoordinatorFixtures.units(), baseline: try CoordinatorFixtures.baseline())
        return ComparisonReport(
            comparison: comparison, language: language, csvDialect: dialect,
            leftOut: [
                .init(
                    file: "lke/rusak.csv",
                    reason: "answer 'X' for 'A.I.1.i.b' is not one of the options")
            ])
    }

    static func diffReport(language: ReportLanguage = .id, dialect: CSVDialect = .standard) throws
        -> DiffReport
    {
        DiffReport(diff: try WorksheetDiffTests.diff(), language: language, csvDialect: dialect)
    }

    static func aggregateReport(
        language: ReportLanguage = .id, dialect: CSVDialect = .standard
    ) throws -> AggregateReport {
        AggregateReport(
            aggregate: try AggregateTests.aggregate(), language: language, csvDialect: dialect)
    }

    static let formats: [(ReportFormat, String)] = [
        (.text, "txt"), (.markdown, "md"), (.json, "json"), (.csv, "csv"), (.html, "html"),
    ]

    @Test(arguments: formats)
    func compareReport(format: ReportFormat, suffix: String) throws {
        try assertSnapshot(
            try Self.comparisonReport().rendered(format), named: "compare.\(suffix)")
    }

    @Test(arguments: formats)
    func diffReport(format: ReportFormat, suffix: String) throws {
        try assertSnapshot(try Self.diffReport().rendered(format), named: "diff.\(suffix)")
    }

    @Test(arguments: formats)
    func aggregateReport(format: ReportFormat, suffix: String) throws {
        try assertSnapshot(
            try Self.aggregateReport().rendered(format), named: "aggregate.\(suffix)")
    }

    @Test func englishReports() throws {
        try assertSnapshot(
            try Self.comparisonReport(language: .en).rendered(.text), named: "compare-en.txt")
        try assertSnapshot(try Self.diffReport(language: .en).rendered(.text), named: "diff-en.txt")
        try assertSnapshot(
            try Self.aggregateReport(language: .en).rendered(.text), named: "aggregate-en.txt")
    }

    @Test func excelIndonesianCSV() throws {
        // Foundation drops a leading byte order mark when it reads the golden file back, and a
        // checkout may change CRLF, so the golden file has neither; both are checked
        // in excelDialectWritesWhatExcelInIndonesianReads.
        let text = try Self.comparisonReport(dialect: .excelIndonesia).rendered(.csv)
        #expect(text.unicodeScalars.first == "\u{FEFF}")
        try assertSnapshot(
            String(text.unicodeScalars.dropFirst()).replacingOccurrences(of: "\r\n", with: "\n"),
            named: "compare-excel-id.csv")
    }

    @Test func scoreReportAsHTML() throws {
        try assertSnapshot(
            try ReportSnapshotTests.report(target: "WBBM").rendered(.html), named: "score.html")
    }

    /// Spreadsheets in an Indonesian locale: a byte order mark, `;`, decimal commas, CRLF; and a
    /// negative change the program writes stays a number.
    @Test func excelDialectWritesWhatExcelInIndonesianReads() throws {
        let text = try Self.comparisonReport(dialect: .excelIndonesia).rendered(.csv)
        #expect(text.hasPrefix("\u{FEFF}peringkat;unit;tahun;berkas;nilai;kategori;wbk;wbbm;"))
        #expect(Data(text.utf8).prefix(3) == Data([0xEF, 0xBB, 0xBF]))
        let lines = text.dropFirst().components(separatedBy: "\r\n")
        #expect(lines.last == "")
        // A: total 100, +9,64375 since last year; D: 92,5, -7,5. Numbers with a decimal comma
        // are quoted, so that an import splitting at commas too keeps them whole.
        // WBBM awaits a declared Menuju WBK; the policy for empty items is 'nol'.
        #expect(
            lines[1].hasPrefix(
                "1;Dinas A;2026;lke/dinas-a.csv;\"100,0000\";AA;ya;menunggu_predikat;\"0,00\";nol;;"))
        #expect(lines[2].contains(";\"100,0000\";\"-7,5000\";"))
        #expect(!lines[2].contains("'-7"))
        let standard = try Self.comparisonReport().rendered(.csv)
        #expect(standard.hasPrefix("peringkat,unit,tahun,berkas,nilai,kategori,wbk,wbbm,"))
        #expect(!standard.contains("\r\n"))
        #expect(standard.contains(",100.0000,-7.5000,"))
    }

    static let hostileName = "<script>alert('x')</script> & \"Dinas\" <img src=x onerror=alert(1)>"

    /// Every report format escapes a hostile unit name in HTML; nothing in the page runs or
    /// loads.
    @Test func htmlEscapesWhatAWorksheetSupplies() throws {
        let best = try CoordinatorFixtures.bestAnswers()
        let hostile = try CoordinatorFixtures.summary(best, unit: Self.hostileName, file: "<b>.csv")
        let other = try CoordinatorFixtures.summary(
            best, unit: "Dinas A", year: 2025, file: "a.csv")
        let instrument = try CoordinatorFixtures.instrument()
        let pages = [
            ComparisonReport(
                comparison: Comparison(
                    outline: InstrumentOutline(instrument), units: [hostile], baseline: [other]),
                leftOut: [.init(file: "<i>x</i>.csv", reason: "<u>bad</u>")]
            ).rendered(.html),
            AggregateReport(
                aggregate: Aggregate(instrument: instrument, pemda: other, opd: [hostile])
            ).rendered(.html),
            DiffReport(
                diff: WorksheetDiff(
                    instrument: instrument,
                    first: try CoordinatorFixtures.worksheet(
                        best, unit: Self.hostileName, file: "<a>.csv"),
                    second: try CoordinatorFixtures.worksheet(best, unit: "Dinas A", file: "b.csv"))
            ).rendered(.html),
            ScoreReport(
                card: instrument.score(
                    try CoordinatorFixtures.worksheet(best, unit: Self.hostileName, file: "s.csv"))
            ).rendered(.html),
        ]
        for page in pages {
            #expect(
                page.contains(
                    "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Dinas&quot;"))
            for markup in ["<script", "<img", "<b>", "<i>", "<u>", "<a>"] {
                #expect(!page.contains(markup), "\(markup) in the page")
            }
            for fetch in ["src=\"", "href=\"", "<link", "@import", "url(", "http://", "https://"] {
                #expect(!page.contains(fetch), "\(fetch) in the page")
            }
            #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"id\">"))
            #expect(page.contains("@page { size: A4;"))
        }
    }

    @Test(arguments: [
        ("a < b & c > \"d\" 'e'", "a &lt; b &amp; c &gt; &quot;d&quot; &#39;e&#39;"),
        ("Dinas Pendidikan", "Dinas Pendidikan"),
        ("é 中 &amp;", "é 中 &amp;amp;"),
        ("", ""),
    ])
    func htmlEscaping(text: String, escaped: String) {
        #expect(text.htmlEscaped == escaped)
    }

    /// A unit name or a file that starts like a formula cannot run as one in a spreadsheet.
    @Test func csvNeutralisesFormulasFromWorksheets() throws {
        let best = try CoordinatorFixtures.bestAnswers()
        let names = ["=HYPERLINK(\"http://x\",\"klik\")", "+62 811", "-Dinas", "@SUM(A1)"]
        let units = try names.enumerated().map { index, name in
            try CoordinatorFixtures.summary(best, unit: name, file: "=\(index).csv")
        }
        let instrument = try CoordinatorFixtures.instrument()
        let comparison = Comparison(outline: InstrumentOutline(instrument), units: units)
        for dialect in [CSVDialect.standard, .excelIndonesia] {
            let text = ComparisonReport(comparison: comparison, csvDialect: dialect).rendered(.csv)
            let reader = CSVReader(
                delimiter: dialect.delimiter, requiredColumns: ["unit", "berkas"])
            let table = try reader.read(Data(text.utf8))
            let unit = try #require(table.columnIndex("unit"))
            let file = try #require(table.columnIndex("berkas"))
            for row in table.rows {
                let cells = [row.field(unit)?.value ?? "", row.field(file)?.value ?? ""]
                for cell in cells {
                    #expect(cell.hasPrefix("'"), "'\(cell)' could run as a formula")
                }
            }
        }
        let aggregate = AggregateReport(
            aggregate: Aggregate(
                instrument: instrument, pemda: units[0], opd: Array(units.dropFirst()))
        ).rendered(.csv)
        for name in names {
            let written = CSVWriter().field("'" + name)
            #expect(aggregate.contains("," + written + ","), "\(name) is not neutralised")
        }
    }

    @Test func reportsAreDeterministic() throws {
        for (format, _) in Self.formats {
            #expect(
                try Self.comparisonReport().rendered(format)
                    == (try Self.comparisonReport().rendered(format)))
        }
    }
}
