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

    // MARK: - diff

    @Test func diffListsEveryDifferingItem() throws {
        let folder = try Self.folder([
            ("penilai-1.csv", try Self.worksheet(Self.best, unit: "Dinas B")),
            ("penilai-2.csv", try Self.worksheet(Self.example, unit: "Dinas B")),
        ])
        let outcome = Self.run(["diff", folder + "/penilai-1.csv", folder + "/penilai-2.csv"])
        #expect(outcome.code == .success)
        #expect(outcome.stderr.isEmpty)
        #expect(outcome.stdout.contains("Butir yang jawabannya berbeda (56)"))
        #expect(
            outcome.stdout.contains(
                "TOTAL                                          100,00  100,00  77,65   -22,35"))
        let json = try Self.json(
            Self.run(["diff", folder + "/penilai-1.csv", folder + "/penilai-2.csv", "-f", "json"])
                .stdout)
        let items = try #require(json["items"] as? [[String: Any]])
        let changes = items.compactMap { $0["change"] as? Double }
        #expect(changes.count == 56)
        #expect(changes.map(abs) == changes.map(abs).sorted(by: >))
        #expect(items.first?["code"] as? String == "B.II.a")
        #expect(json["sameUnit"] as? Bool == true)
    }

    @Test func diffWarnsWhenTheUnitsDiffer() throws {
        let outcome = Self.run(["diff", Self.best, Self.example])
        #expect(outcome.code == .success)
        #expect(
            outcome.stderr
                == "\(Self.example): warning: kedua lembar kerja menyebut unit yang berbeda: "
                + "'Contoh Lampiran III PermenPANRB 90/2021' dan "
                + "'Dinas Komunikasi dan Informatika Kabupaten Contoh'\n")
        #expect(
            outcome.stdout.contains("!! PERHATIAN: kedua lembar kerja menyebut unit yang berbeda"))
    }

    @Test func diffRefusals() throws {
        let other = try Self.folder([
            (
                "x.csv",
                try Self.worksheet(Self.example, unit: "Dinas B")
                    .replacingOccurrences(of: ",zi-2021,", with: ",rb-2099,")
            )
        ])
        let unknown = Self.run(["diff", Self.best, other + "/x.csv"])
        #expect(unknown.code == .wrongInstrument)
        #expect(unknown.stdout.isEmpty)
        #expect(unknown.stderr.hasPrefix("pmprb: error: instrumen 'rb-2099' tidak dikenal\n"))
        let one = Self.run(["diff", Self.best])
        #expect(one.code == .usage)
        #expect(one.stderr.hasPrefix("pmprb: error: argumen '<b>' belum diberikan\n"))
        let both = Self.run(["diff", "tidak-ada-1.csv", "tidak-ada-2.csv"])
        #expect(both.code == .noInput)
        #expect(
            both.stderr == "pmprb: error: tidak dapat membaca 'tidak-ada-1.csv': berkas tidak ada\n"
                + "pmprb: error: tidak dapat membaca 'tidak-ada-2.csv': berkas tidak ada\n")
    }

    // MARK: - aggregate

    /// Worksheets of `rb-2014`, the instrument that declares the Pemda + OPD rule: the shipped
    /// example as the Pemda and as Dinas A, and a generated one as Dinas B.
    static func rbUnits() throws -> [(String, String)] {
        let shipped = root.appendingPathComponent("worksheets/contoh-kabupaten-rb-2014.csv").path
        let instrument = try #require(BuiltinInstruments.instrument("rb-2014"))
        let generated = WorksheetGenerator(instrument: instrument, seed: 5).csv(1)
            .replacingOccurrences(of: "OPD Sintetis 00001", with: "Dinas B")
        return [
            ("a.csv", try worksheet(shipped, unit: "Dinas A")), ("b.csv", generated),
            ("pemda.csv", try worksheet(shipped, unit: "Pemerintah Kabupaten Uji")),
        ]
    }

    /// Pemda p, OPD A (a) and B (b): the result is 0,5 x p + 0,5 x (a + b) / 2.
    @Test func aggregateIsHalfPemdaHalfTheMeanOfTheOPD() throws {
        let folder = try Self.folder(try Self.rbUnits())
        let outcome = Self.run([
            "aggregate", "--pemda", folder + "/pemda.csv", "--opd", folder + "/a.csv",
            folder + "/b.csv", "--format", "json",
        ])
        #expect(outcome.code == .success)
        #expect(outcome.stderr.isEmpty)
        let json = try Self.json(outcome.stdout)
        let opd = try #require(json["opd"] as? [String: Any])
        let units = try #require(opd["units"] as? [[String: Any]])
        func opdTotal(_ unit: String) throws -> Double {
            try #require(units.first { $0["unit"] as? String == unit }?["total"] as? Double)
        }
        let pemda = try #require((json["pemda"] as? [String: Any])?["total"] as? Double)
        let total = try #require(json["total"] as? Double)
        #expect(abs(total - (0.5 * pemda + 0.5 * (try opdTotal("Dinas A") + opdTotal("Dinas B")) / 2)) < 1e-3)
        #expect(json["pemdaWeight"] as? Double == 0.5)
        #expect(json["average"] as? String == "mean")
        #expect(opd["count"] as? Int == 2)
        // The same with the folder of OPD: the Pemda's own file in it is not counted twice.
        let text = Self.run(["aggregate", "--pemda", folder + "/pemda.csv", folder])
        #expect(text.code == .success)
        #expect(text.stdout.contains("Perangkat Daerah (rata-rata 2 OPD)"))
    }

    /// A ZI worksheet assesses one unit; no rule makes a regency's value out of its units' ZI
    /// values, so `zi-2021` worksheets are refused, naming the missing rule.
    @Test func aggregateRefusesAnInstrumentWithoutAPemdaAndOPDRule() throws {
        let folder = try Self.folder(
            try Self.twoUnits() + [
                ("pemda.csv", try Self.worksheet(Self.best, unit: "Pemerintah Kabupaten Uji"))
            ])
        let outcome = Self.run(["aggregate", "--pemda", folder + "/pemda.csv", folder])
        #expect(outcome.code == .dataError)
        #expect(outcome.stdout.isEmpty)
        #expect(
            outcome.stderr.hasPrefix(
                "pmprb: error: instrumen 'zi-2021' tidak memiliki aturan untuk menggabungkan "
                    + "hasil Pemda dengan hasil OPD-nya\n"))
    }

    @Test func aggregateRefusals() throws {
        let folder = try Self.folder(try Self.rbUnits())
        let none = Self.run(["aggregate", folder])
        #expect(none.code == .usage)
        #expect(none.stderr.hasPrefix("pmprb: error: opsi '--pemda <file>' wajib diberikan\n"))
        let median = Self.run([
            "aggregate", "--pemda", folder + "/a.csv", folder, "--opd-average", "modus",
        ])
        #expect(median.code == .usage)
        // The Pemda's worksheet copied among the OPD is the same unit and year.
        let shipped = Self.root.appendingPathComponent("worksheets/contoh-kabupaten-rb-2014.csv")
        let copy = try Self.folder(
            try Self.rbUnits() + [("pemda.csv", try Self.worksheet(shipped.path, unit: "Dinas A"))])
        let twice = Self.run(["aggregate", "--pemda", copy + "/pemda.csv", copy])
        #expect(twice.code == .dataError)
        #expect(twice.stdout.isEmpty)
        #expect(twice.stderr.contains("error: lembar kerja ini untuk unit 'Dinas A' dan tahun 2026"))
    }

    // MARK: - progress

    @Test func progressWaitsAMomentThenDrawsAndErases() {
        final class Recorder: @unchecked Sendable {
            var now = ContinuousClock.now
            var written: [String] = []
        }
        let recorder = Recorder()
        var progress = ProgressLine(
            isEnabled: true, clock: { recorder.now }, write: { recorder.written.append($0) })
        progress.update(done: 0, total: 2000, file: "lke/a.csv")
        recorder.now += .milliseconds(500)
        progress.update(done: 1, total: 2000, file: "lke/b.csv")
        #expect(recorder.written.isEmpty)
        recorder.now += .milliseconds(600)
        progress.update(done: 200, total: 2000, file: "lke/c.csv")
        #expect(recorder.written == ["\r\u{1B}[Kpmprb: 200/2000 (10%) lke/c.csv"])
        recorder.now += .milliseconds(10)
        progress.update(done: 201, total: 2000, file: "lke/d.csv")
        #expect(recorder.written.count == 1)
        progress.finish()
        #expect(recorder.written.last == "\r\u{1B}[K")

        var disabled = ProgressLine(isEnabled: false) { recorder.written.append($0) }
        recorder.written = []
        disabled.update(done: 0, total: 2, file: "a")
        recorder.now += .seconds(5)
        disabled.update(done: 1, total: 2, file: "b")
        disabled.finish()
        #expect(recorder.written.isEmpty)
    }

    // MARK: - the binary

    @Test func theBuiltToolKeepsItsStreamsApart() throws {
        let binary = Bundle.main.bundleURL.appendingPathComponent("pmprb")
        guard FileManager.default.isExecutableFile(atPath: binary.path) else {
            Issue.record("no built pmprb at \(binary.path)")
            return
        }
        var files = try Self.twoUnits()
        files[1].1 = files[1].1.replacingOccurrences(of: ",zi-2021,", with: ",rb-2099,")
        let folder = try Self.folder(files)
        for (arguments, code, hasOutput) in [
            (["compare", folder + "/a.csv", "-f", "json"], Int32(0), true),
            (["compare", folder], Int32(67), false),
        ] {
            let outcome = try BinaryTests.launch(
                binary, arguments, in: URL(fileURLWithPath: folder))
            #expect(outcome.status == code)
            #expect(outcome.stdout.isEmpty == !hasOutput)
            #expect(outcome.stderr.isEmpty == hasOutput)
        }
    }
}
