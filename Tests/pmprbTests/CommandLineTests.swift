import Foundation
import PMPRBTestSupport
import Testing

@testable import pmprb

/// The command line in process: stdout, stderr and the exit code, each checked on its own.
@Suite(.temporaryFolders) struct CommandLineTests {
    static let root = PackageFolder.root
    static let example = root.appendingPathComponent(
        "worksheets/contoh-diskominfo-zi-2026.csv").path

    struct Outcome {
        var code: ExitCode
        var stdout: String
        var stderr: String
    }

    /// Runs `pmprb` in process with `environment` for the process's variables: none by
    /// default, so that the caller's `PMPRB_LANG` changes nothing.
    static func run(_ arguments: [String], environment: [String: String] = [:]) -> Outcome {
        var io = CommandIO()
        let code = pmprb.run(arguments, io: &io, environment: environment)
        return Outcome(code: code, stdout: io.standardOutput, stderr: io.standardError)
    }

    static func run(_ arguments: String...) -> Outcome { run(arguments) }

    /// A file named `name` in a new folder of the running test's own (``TemporaryFolders``),
    /// holding `contents` if given.
    static func temporaryFile(_ name: String, contents: String? = nil) throws -> String {
        let folder = try TemporaryFolder.make("file")
        let path = folder.appendingPathComponent(name).path
        if let contents { try contents.write(toFile: path, atomically: true, encoding: .utf8) }
        return path
    }

    /// The example worksheet with `old` (which it must hold) replaced by `new`, as `lke.csv`
    /// in a new folder of the running test's own.
    static func exampleFile(replacing old: String, with new: String) throws -> String {
        let text = try String(contentsOfFile: example, encoding: .utf8)
        let edited = text.replacingOccurrences(of: old, with: new)
        #expect(edited != text, "the example holds no '\(old)'")
        return try temporaryFile("lke.csv", contents: edited)
    }

    @Test func scoresTheExampleWorksheet() {
        let outcome = Self.run("score", Self.example)
        #expect(outcome.code == .success)
        #expect(outcome.stdout.contains("\nRingkasan hasil\n---------------\nNilai TOTAL: 77,65 dari 100,00 — Kategori: BB (Sangat Baik)\n"))
        #expect(outcome.stdout.contains("!! PERHATIAN: 3 dari 113 butir belum dijawab"))
        #expect(outcome.stdout.contains("WBK: BELUM TERPENUHI"))
        #expect(
            outcome.stderr
                == "\(Self.example): warning: 3 dari 113 butir belum dijawab; "
                + "nilai ini adalah batas bawah\n")
    }

    @Test func jsonGoesToStdoutAlone() throws {
        let outcome = Self.run("score", Self.example, "--format", "json", "--lang", "en")
        #expect(outcome.code == .success)
        let json = try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8))
        let object = try #require(json as? [String: Any])
        #expect(object["publishedTotal"] as? Double == 77.65)
        #expect(object["unanswered"] as? Int == 3)
    }

    @Test func missingFileExitsWith66() {
        let outcome = Self.run("score", "tidak-ada.csv")
        #expect(outcome.code == .noInput)
        #expect(outcome.code.rawValue == 66)
        #expect(outcome.stdout.isEmpty)
        #expect(outcome.stderr == "pmprb: error: tidak dapat membaca 'tidak-ada.csv': berkas tidak ada\n")
        let english = Self.run("score", "tidak-ada.csv", "--lang", "en")
        #expect(english.code == .noInput)
        #expect(english.stderr == "pmprb: error: cannot read 'tidak-ada.csv': no such file\n")
    }

    @Test func wrongFlagExitsWith64() {
        let outcome = Self.run("score", Self.example, "--formt", "json")
        #expect(outcome.code == .usage)
        #expect(outcome.code.rawValue == 64)
        #expect(outcome.stdout.isEmpty)
        #expect(
            outcome.stderr.hasPrefix(
                "pmprb: error: opsi '--formt' tidak dikenal; mungkin maksud Anda '--format'?\n"
                    + "Penggunaan: pmprb score <file>"))
        #expect(outcome.stderr.hasSuffix("  Lihat 'pmprb help score' untuk keterangan lebih lanjut.\n"))
        #expect(Self.run("score").code == .usage)
        #expect(Self.run("skor", Self.example).code == .usage)
        #expect(Self.run("score", Self.example, "--format", "pdf").code == .usage)
    }

    /// `template` and `generate` take one instrument: none is a missing argument, two are one
    /// too many, and each says which.
    @Test func instrumentCommandsTakeOneInstrument() {
        for command in ["template", "generate"] {
            let none = Self.run(command)
            #expect(none.code == .usage)
            #expect(none.stderr.hasPrefix("pmprb: error: argumen '<instrument>' belum diberikan\n"))
            let two = Self.run(command, "zi-2021", "rb-2014")
            #expect(two.code == .usage)
            #expect(two.stdout.isEmpty)
            #expect(two.stderr.hasPrefix("pmprb: error: \(command) menerima satu instrumen; diberikan 2\n"))
            let english = Self.run([command, "zi-2021", "rb-2014", "--lang", "en"])
            #expect(english.stderr.hasPrefix("pmprb: error: \(command) takes one instrument; got 2\n"))
        }
    }

    @Test func badAnswerExitsWith65AndPointsAtTheCell() throws {
        let text = try String(contentsOfFile: Self.example, encoding: .utf8)
            .replacingOccurrences(of: "\nA.I.1.i.b,", with: "\nA.I.1.i.b-x,")
            .replacingOccurrences(of: "A.I.1.i.b-x,", with: "A.I.1.i.b,")
        let broken = text.replacingOccurrences(
            of: "A.I.1.i.b,Anggota tim dipilih melalui prosedur/mekanisme yang jelas,,A/B/C,A,",
            with: "A.I.1.i.b,Anggota tim dipilih melalui prosedur/mekanisme yang jelas,,A/B/C,X,")
        #expect(broken != text)
        let path = try Self.temporaryFile("lke.csv", contents: broken)
        let outcome = Self.run("score", path)
        #expect(outcome.code == .dataError)
        #expect(outcome.code.rawValue == 65)
        #expect(outcome.stdout.isEmpty)
        let first = try #require(outcome.stderr.split(separator: "\n").first)
        #expect(first.hasPrefix(path + ":"))
        #expect(first.hasSuffix(": error: jawaban 'X' untuk 'A.I.1.i.b' bukan salah satu pilihan"))
        #expect(outcome.stderr.contains("note: jawaban yang diterima: A/B/C"))
        let english = Self.run("score", path, "--lang", "en")
        #expect(english.code == .dataError)
        #expect(english.stderr.contains(": error: answer 'X' for 'A.I.1.i.b' is not one of the options"))
        #expect(english.stderr.contains("note: allowed answers: A/B/C"))
    }

    @Test func worksheetOfUnknownInstrumentExitsWith67() throws {
        let path = try Self.exampleFile(replacing: ",zi-2021,", with: ",rb-2099,")
        let outcome = Self.run("score", path)
        #expect(outcome.code == .wrongInstrument)
        #expect(outcome.code.rawValue == 67)
        #expect(outcome.stderr.hasPrefix("pmprb: error: instrumen 'rb-2099' tidak dikenal\nnote: instrumen bawaan: "))
    }

    @Test func failedRunLeavesAnExistingOutputUntouched() throws {
        let output = try Self.temporaryFile("hasil.txt", contents: "laporan lama\n")
        let outcome = Self.run("score", "tidak-ada.csv", "--output", output)
        #expect(outcome.code == .noInput)
        #expect(try String(contentsOfFile: output, encoding: .utf8) == "laporan lama\n")
        let good = Self.run("score", Self.example, "--output", output)
        #expect(good.code == .success)
        #expect(good.stdout.isEmpty)
        #expect(try String(contentsOfFile: output, encoding: .utf8).contains("77,65"))
    }

    @Test func templateRoundTripsThroughScore() throws {
        let path = try Self.temporaryFile("blank.csv")
        let made = Self.run("template", "zi-2021", "--unit", "Dinas Uji", "--tahun", "2026", "-o", path)
        #expect(made.code == .success)
        let outcome = Self.run("score", path, "--format", "json")
        #expect(outcome.code == .success)
        #expect(outcome.stdout.contains("\"unanswered\" : 113"))
        #expect(outcome.stdout.contains("\"unit\" : \"Dinas Uji\""))
        // The same with semicolons and decimal commas, as Excel in an Indonesian locale writes.
        let semicolons = try Self.temporaryFile("blank-id.csv")
        #expect(Self.run("template", "zi-2021", "--delimiter", "semicolon", "-o", semicolons).code == .success)
        #expect(try String(contentsOfFile: semicolons, encoding: .utf8).contains("A;Pengungkit;\"60,00\";"))
        #expect(Self.run("score", semicolons).code == .success)
    }

    @Test func gapsWritesTheFollowUpPlan() {
        let outcome = Self.run("gaps", Self.example, "--top", "3")
        #expect(outcome.code == .success)
        let lines = outcome.stdout.split(separator: "\n")
        #expect(lines.count == 4)
        #expect(lines.first == "no,kode,area,penilaian,jawaban_saat_ini,jawaban_target,potensi_nilai,kelas,catatan,bukti_dukung,rencana_aksi,output,penanggung_jawab,tenggat,status")
        #expect(lines.dropFirst().allSatisfy { $0.hasSuffix(",,,,,,,belum") })
    }

    @Test func gapsForAnIndonesianSpreadsheet() {
        let outcome = Self.run("gaps", Self.example, "--top", "1", "--excel-id")
        #expect(outcome.code == .success)
        #expect(outcome.stdout.hasPrefix("\u{FEFF}no;kode;area;penilaian;"))
        // IPKP 3,41 of 4: 17,5 x (4 - 3,41) / 4 = 2,58125 points to gain, held in binary as
        // 2,5812499… and written with four decimals; quoted, since they hold a comma.
        #expect(outcome.stdout.contains(";\"3,41\";\"4,00\";\"2,5812\";ditingkatkan;;;;;;;belum\r\n"))
    }

    @Test func targetSaysWhatThePengungkitCannotReach() {
        let outcome = Self.run("score", Self.example, "--target", "WBK")
        #expect(outcome.code == .success)
        #expect(outcome.stdout.contains("Target: WBK"))
        #expect(outcome.stdout.contains("Tidak dapat dicapai hanya dengan jawaban pada komponen pengungkit:"))
        #expect(outcome.stdout.contains("- WBK.5 Survei persepsi anti korupsi"))
    }

    @Test func helpAndVersion() {
        let help = Self.run("help", "template")
        #expect(help.code == .success)
        #expect(
            help.stdout == """
                RINGKASAN: Tulis lembar kerja kosong untuk sebuah instrumen.

                PENGGUNAAN: pmprb template <instrument> [--unit <name>] [--tahun <year>] [--delimiter <delimiter>] [--format <format>] [--from <file>] [--output <file>] [--lang <lang>]

                ARGUMEN:
                  <instrument>            Id instrumen bawaan (mis. zi-2021) atau berkas instrumen.

                OPSI:
                  --unit <name>           Unit (unit kerja / OPD) yang ditulis di lembar kerja.
                  --tahun, --year <year>  Tahun yang dinilai.
                  --delimiter <delimiter>
                                          comma atau tab (titik desimal), atau semicolon (koma desimal dan byte order mark, untuk Excel dengan lokal Indonesia). (bawaan: comma)
                  -f, --format <format>   csv, atau xlsx untuk buku kerja Excel yang menghitung nilainya sendiri (perlu --output). (nilai: csv, xlsx; bawaan: xlsx bila --output berakhiran .xlsx, selain itu csv)
                  --from <file>           Dengan --format xlsx: isi buku kerja dengan jawaban, bukti dukung dan catatan dari sebuah lembar kerja (CSV atau .xlsx).
                  -o, --output <file>     Tulis hasil ke berkas ini (secara atomik), bukan ke keluaran standar.
                  --lang <lang>           Bahasa pesan dan laporan teks, Markdown dan HTML; juga PMPRB_LANG. (nilai: id, en; bawaan: id)
                  -h, --help              Tampilkan bantuan.

                """)
        #expect(Self.run("--version").stdout == "pmprb 0.1.0\n")
        #expect(Self.run("score", "--help").stdout.hasPrefix("RINGKASAN: Nilai lembar kerja"))
        #expect(Self.run("score", "--help", "--lang", "en").stdout.hasPrefix("OVERVIEW: Score a worksheet"))
        let none = Self.run()
        #expect(none.code == .usage)
        #expect(none.stdout.isEmpty)
    }
}
