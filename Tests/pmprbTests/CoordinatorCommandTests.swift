import Foundation
import PMPRBKit
import PMPRBTestSupport
import Testing

@testable import pmprb

/// `compare`, `diff` and `aggregate` in process (stdout, stderr and the exit code each checked
/// on its own), and once as the built binary.
@Suite(.temporaryFolders) struct CoordinatorCommandTests {
    typealias Outcome = CommandLineTests.Outcome

    static let root = CommandLineTests.root
    /// Every item at its best: total 100,00.
    static let best = root.appendingPathComponent("worksheets/contoh-lampiran-iii-zi-2021.csv").path
    /// The Diskominfo example: total 77,65 (see `CommandLineTests`).
    static let example = CommandLineTests.example

    static func run(_ arguments: [String]) -> Outcome { CommandLineTests.run(arguments) }

    /// A shipped worksheet with its unit and year replaced.
    static func worksheet(_ path: String, unit: String, year: Int = 2026) throws -> String {
        // The shipped worksheets end their lines with CRLF, which Swift reads as one Character.
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let lines = text.components(separatedBy: text.contains("\r\n") ? "\r\n" : "\n")
        return lines.map { line -> String in
            if line.hasPrefix("#unit,") { return "#unit,Nama unit kerja / OPD,,,\(unit),," }
            if line.hasPrefix("#tahun,") { return "#tahun,Tahun penilaian,,,\(year),," }
            return line
        }.joined(separator: "\r\n")
    }

    /// A new folder of the running test's own (``TemporaryFolders``) holding these files (names
    /// may contain a sub-folder).
    static func folder(_ files: [(String, String)]) throws -> String {
        let folder = try TemporaryFolder.make("coordinator")
        for (name, contents) in files {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try contents.write(to: url, atomically: true, encoding: .utf8)
        }
        return folder.path
    }

    /// Dinas A at its best and Dinas B as the example, for 2026.
    static func twoUnits(year: Int = 2026, swapped: Bool = false) throws -> [(String, String)] {
        [
            ("a.csv", try worksheet(swapped ? example : best, unit: "Dinas A", year: year)),
            ("b.csv", try worksheet(swapped ? best : example, unit: "Dinas B", year: year)),
        ]
    }

    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    // MARK: - compare

    @Test func compareRanksTheWorksheetsOfAFolder() throws {
        let instrument = try String(
            contentsOfFile: Self.root.appendingPathComponent("worksheets/instrumen/zi-2021.csv")
                .path,
            encoding: .utf8)
        let folder = try Self.folder(
            try Self.twoUnits() + [("instrumen/zi-2021.csv", instrument), ("catatan.txt", "x")])
        let outcome = Self.run(["compare", folder])
        #expect(outcome.code == .success)
        #expect(outcome.stderr == "")
        let lines = outcome.stdout.split(separator: "\n").map(String.init)
        let ranking = lines.filter { $0.hasPrefix(" 1  ") || $0.hasPrefix(" 2  ") }
        // WBBM's values are met but no Menuju WBK is declared: "nilai ya".
        #expect(
            ranking.first?.hasPrefix(" 1  Dinas A  2026   100,00  AA        ya     nilai ya")
                == true)
        #expect(
            outcome.stdout.contains(
                "nilai ya: kriteria nilai terpenuhi; predikat Menuju WBK belum dinyatakan"))
        #expect(ranking.dropFirst().first?.hasPrefix(" 2  Dinas B  2026    77,65  BB") == true)
        #expect(outcome.stdout.contains("Jumlah unit: 2\n"))
        // SDM of the example is 58,36%, below the WBK minimum of 60%.
        #expect(outcome.stdout.contains("SDM di bawah batas: Dinas B (58,36%)"))
    }

    @Test func compareWritesJSON() throws {
        let folder = try Self.folder(try Self.twoUnits())
        let outcome = Self.run(["compare", folder + "/b.csv", folder + "/a.csv", "-f", "json"])
        #expect(outcome.code == .success)
        let object = try Self.json(outcome.stdout)
        let units = try #require(object["units"] as? [[String: Any]])
        #expect(units.map { $0["unit"] as? String } == ["Dinas A", "Dinas B"])
        #expect(units.map { $0["rank"] as? Int } == [1, 2])
        #expect(units[1]["publishedTotal"] as? Double == 77.65)
        #expect(units[1]["unanswered"] as? Int == 3)
    }

    @Test func compareRefusesWorksheetsOfAnotherInstrument() throws {
        var files = try Self.twoUnits()
        files[1].1 = files[1].1.replacingOccurrences(of: ",zi-2021,", with: ",rb-2099,")
        let folder = try Self.folder(files)
        let outcome = Self.run(["compare", folder])
        #expect(outcome.code == .wrongInstrument)
        #expect(outcome.stdout.isEmpty)
        #expect(outcome.stderr.hasPrefix(folder + "/b.csv:2:"))
        #expect(
            outcome.stderr.contains(
                " error: lembar kerja ini untuk instrumen 'rb-2099'; perbandingan ini untuk "
                    + "'zi-2021'\n"
            ))
        #expect(
            outcome.stderr.contains(
                "note: instrumen perintah ini adalah 'zi-2021': pertama disebut oleh "
                    + "'\(folder)/a.csv'\n")
        )
        #expect(
            outcome.stderr.contains(
                "pmprb: error: lembar kerja berasal dari 2 instrumen: zi-2021 (1), rb-2099 (1); "
                    + "bandingkan satu instrumen setiap kali (pilih dengan --instrumen ID)\n"))
        #expect(
            outcome.stderr.hasSuffix(
                "pmprb: error: 1 lembar kerja ditolak; tidak ada laporan yang ditulis\n"
                    + "note: berikan --skip-invalid untuk melaporkan yang lain dan mendaftar "
                    + "yang ditolak\n"
            ))
    }

    @Test func compareRefusesTheSameUnitAndYearTwice() throws {
        let folder = try Self.folder(
            try Self.twoUnits() + [("c.csv", try Self.worksheet(Self.example, unit: "dinas  b"))])
        let outcome = Self.run(["compare", folder])
        #expect(outcome.code == .dataError)
        #expect(outcome.stdout.isEmpty)
        #expect(
            outcome.stderr.contains(
                "\(folder)/c.csv: error: lembar kerja ini untuk unit 'dinas  b' dan tahun 2026, "
                    + "sama dengan '\(folder)/b.csv'\n"
            ))
        #expect(outcome.stderr.contains("pmprb diff \(folder)/b.csv \(folder)/c.csv"))
        // A different year is another round, not a duplicate.
        let years = try Self.folder(
            try Self.twoUnits() + [
                ("c.csv", try Self.worksheet(Self.example, unit: "Dinas B", year: 2025))
            ])
        #expect(Self.run(["compare", years]).code == .success)
    }

    @Test func compareReportsEveryRefusedWorksheetOrSkipsThem() throws {
        let broken = try Self.worksheet(Self.example, unit: "Dinas C")
            .replacingOccurrences(of: "Ya/Tidak,Ya,", with: "Ya/Tidak,Mungkin,")
        let missingRows =
            "kode,penilaian,bobot,pilihan_jawaban,jawaban,bukti_dukung,catatan\n"
            + "#instrumen,,,,zi-2021,,\n"
        let folder = try Self.folder(
            try Self.twoUnits() + [("c.csv", broken), ("d.csv", missingRows)])
        let outcome = Self.run(["compare", folder])
        #expect(outcome.code == .dataError)
        #expect(outcome.stdout.isEmpty)
        #expect(outcome.stderr.contains("\(folder)/c.csv:"))
        #expect(outcome.stderr.contains("error: jawaban 'Mungkin' untuk"))
        #expect(outcome.stderr.contains("\(folder)/d.csv:1: error: lembar kerja kekurangan"))
        #expect(
            outcome.stderr.contains(
                "pmprb: error: 2 lembar kerja ditolak; tidak ada laporan yang ditulis\n"))

        let skipped = Self.run(["compare", folder, "--skip-invalid"])
        #expect(skipped.code == .success)
        #expect(skipped.stdout.contains("!! PERHATIAN: 2 lembar kerja tidak diikutkan"))
        #expect(skipped.stdout.contains("Lembar kerja yang tidak diikutkan"))
        let json = try Self.json(
            Self.run(["compare", folder, "--skip-invalid", "-f", "json"]).stdout)
        let leftOut = try #require(json["leftOut"] as? [[String: Any]])
        #expect(leftOut.map { $0["file"] as? String } == [folder + "/c.csv", folder + "/d.csv"])
        #expect(skipped.stdout.contains("Jumlah unit: 2\n"))
        #expect(skipped.stderr.contains("error: jawaban 'Mungkin' untuk"))
    }

    /// This year A is at its best and B is the example; last year it was the other way round,
    /// so A gained and B lost the same points.
    @Test func compareWithABaseline() throws {
        let now = try Self.folder(try Self.twoUnits())
        let before = try Self.folder(try Self.twoUnits(year: 2025, swapped: true))
        let outcome = Self.run(["compare", now, "--baseline", before, "--format", "json"])
        #expect(outcome.code == .success)
        let units = try #require(try Self.json(outcome.stdout)["units"] as? [[String: Any]])
        let change = { (index: Int) throws -> [String: Any] in
            try #require(units[index]["baseline"] as? [String: Any])
        }
        let gain = try #require(try change(0)["totalChange"] as? Double)
        let loss = try #require(try change(1)["totalChange"] as? Double)
        #expect(abs(gain - 22.35) < 0.01)
        #expect(abs(gain + loss) < 1e-9)
        let items = try #require(try change(0)["changedItems"] as? [[String: Any]])
        #expect(items.count == 56)
        let text = Self.run(["compare", now, "--baseline", before])
        #expect(text.stdout.contains("Pembanding: 2 lembar kerja (tahun 2025)"))
        #expect(text.stdout.contains("Butir yang jawabannya berubah"))
    }

    @Test func compareWritesCSVForExcelInAnIndonesianLocale() throws {
        let folder = try Self.folder(try Self.twoUnits())
        let outcome = Self.run(["compare", folder, "--format", "csv", "--excel-id"])
        #expect(outcome.code == .success)
        #expect(outcome.stdout.hasPrefix("\u{FEFF}peringkat;unit;tahun;berkas;nilai;"))
        #expect(outcome.stdout.contains("\r\n1;Dinas A;2026;"))
        #expect(outcome.stdout.contains(";\"100,0000\";AA;ya;menunggu_predikat;\"0,00\";nol;;\"100,00\";"))
        let plain = Self.run(["compare", folder, "--format", "csv"])
        #expect(plain.stdout.hasPrefix("peringkat,unit,tahun,berkas,nilai,"))
        let wrong = Self.run(["compare", folder, "--excel-id"])
        #expect(wrong.code == .usage)
        #expect(wrong.stdout.isEmpty)
        #expect(
            wrong.stderr.hasPrefix(
                "pmprb: error: opsi '--excel-id' hanya berlaku bersama '--format csv'\n"))
    }

    @Test func compareThreshold() throws {
        let folder = try Self.folder(try Self.twoUnits())
        let outcome = Self.run(["compare", folder, "--threshold", "72,5"])
        #expect(outcome.stdout.contains("Batas area lemah: 72,50% dari bobot area"))
        // TL of the example is 69,86%.
        #expect(outcome.stdout.contains("TL di bawah batas: Dinas B (69,86%)"))
        for bad in ["0", "101", "banyak"] {
            let refused = Self.run(["compare", folder, "--threshold", bad])
            #expect(refused.code == .usage)
            #expect(
                refused.stderr.hasPrefix("pmprb: error: opsi '--threshold' memerlukan persentase"))
        }
    }

    @Test func compareNeedsWorksheets() throws {
        #expect(Self.run(["compare"]).code == .usage)
        let missing = Self.run(["compare", "tidak-ada/"])
        #expect(missing.code == .noInput)
        #expect(
            missing.stderr
                == "pmprb: error: tidak dapat membaca 'tidak-ada/': berkas atau folder tidak ada\n")
        let empty = try Self.folder([("catatan.txt", "x")])
        let none = Self.run(["compare", empty])
        #expect(none.code == .noInput)
        #expect(none.stderr == "pmprb: error: folder '\(empty)' tidak berisi lembar kerja (*.csv, *.xlsx)\n")
    }

    @Test func compareHelp() {
        let help = Self.run(["help", "compare", "--lang", "en"])
        #expect(help.code == .success)
        #expect(
            help.stdout == """
                OVERVIEW: Rank many worksheets: unit by area matrix, weak areas, change since last year.

                USAGE: pmprb compare <file-or-folder...> [--format <format>] [--lang <lang>] [--baseline <file-or-folder>] [--threshold <percent>] [--skip-invalid] [--excel-id] [--output <file>] [--instrumen <id-or-file>] [--delimiter <delimiter>] [--kosong <policy>] [--predikat <predicate>] [--jobs <n>]

                ARGUMENTS:
                  <file-or-folder...>     Worksheets (CSV or .xlsx) of one instrument, or folders: every *.csv and *.xlsx directly in a folder.

                OPTIONS:
                  -f, --format <format>   Output format. (values: text, json, csv, markdown, html; default: text)
                  --lang <lang>           Language of messages and of text, Markdown and HTML reports; also PMPRB_LANG. (values: id, en; default: id)
                  --baseline <file-or-folder>
                                          Last year's worksheets: adds the change per unit, per area and per item.
                  --threshold <percent>   List the units below this share of an area's weight. (default: the instrument's lowest area minimum, else 60)
                  --skip-invalid          Leave out worksheets that cannot be read, and list them in the report, instead of refusing to report.
                  --excel-id              With --format csv: write for Excel or LibreOffice in an Indonesian locale (UTF-8 with BOM, ';' between fields, decimal commas, CRLF).
                  -o, --output <file>     Write the result to this file (atomically) instead of standard output.
                  --instrumen <id-or-file>
                                          Use this instrument (a built-in id or an instrument file) instead of the one the worksheet names.
                  --delimiter <delimiter>
                                          Read the worksheet with this delimiter instead of detecting it. (values: comma, semicolon, tab)
                  --kosong <policy>       How unanswered items count: 0 (a lower bound), or left out of their sub-indicator's mean as KemenPAN-RB's 2015 workbook does. (values: nol, abaikan; default: nol)
                  --predikat <predicate>  A predicate the unit already holds, e.g. WBK:2025 (WBBM requires Menuju WBK); adds to the worksheet's #predikat row.
                  --jobs <n>              Read n worksheets at once (a whole number of 1 or more); the result does not depend on it. (default: PMPRB_JOBS, or the number of processors)
                  -h, --help              Show help information.

                """)
    }
}
