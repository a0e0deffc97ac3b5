import Foundation
import PMPRBTestSupport
import Testing

@testable import pmprb

@Suite(.temporaryFolders) struct PetaJalanCommandTests {
    typealias CLI = CommandLineTests

    static func path(_ name: String) -> String {
        CLI.root.appendingPathComponent(name).path
    }

    static let tangsel = path("worksheets/peta-jalan/tangsel-2021-2026.csv")

    @Test func readmeExampleRunsWithItsWorksheetAndRealisations() {
        let outcome = CLI.run(
            "peta-jalan", Self.tangsel, Self.path("worksheets/contoh-tangsel-rb-2020.csv"),
            "--realisasi", Self.path("worksheets/peta-jalan/tangsel-realisasi-2020.csv"))
        #expect(outcome.code == .success)
        #expect(outcome.stdout.hasPrefix("Pemantauan Peta Jalan Reformasi Birokrasi\n"))
        #expect(outcome.stdout.contains("61,11 (B)"))
        // The seed's own inconsistency goes to standard error, with its position.
        #expect(
            outcome.stderr.contains(
                "tangsel-2021-2026.csv:10:103: warning: target tahun 2020 '88 (A)' untuk 'T5-IKM' "
                    + "berlabel 'A', padahal 88 masuk 'B' (skala 'ikm')"))
        #expect(outcome.stdout.contains("warning: target tahun 2020 '88 (A)'"))
        // The report lists it too, in its last section, without the caret.
        #expect(outcome.stdout.contains("\nPeringatan\n"))
        #expect(!outcome.stdout.contains("note:"))
    }

    /// The RATL that `gaps` writes (its `status` starts as `belum`), with the status set and a
    /// year added by the coordinator: of the first three actions two are done in 2021, so a
    /// target of 2 is reached and one of 3 not.
    @Test func ratlWrittenByGapsIsCountedAgainstTheRoadMap() throws {
        let gaps = CLI.run("gaps", Self.path("worksheets/contoh-tangsel-rb-2020.csv"), "--top", "3")
        #expect(gaps.code == .success)
        var lines = gaps.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        #expect(lines[0].hasSuffix(",tenggat,status"))
        #expect(lines.dropFirst().allSatisfy { $0.hasSuffix(",belum") })
        func set(_ index: Int, _ status: String) {
            lines[index] = lines[index].dropLast("belum".count) + status + ",2021"
        }
        lines[0] += ",tahun"
        set(1, "selesai")
        set(2, "proses")
        set(3, "selesai")
        let ratl = try CLI.temporaryFile("ratl.csv", contents: lines.joined(separator: "\n") + "\n")
        let road = try CLI.temporaryFile(
            "pj.csv",
            contents: "kode,indikator,jenis,arah,realisasi_dari,2021,2022\n"
                + "R2,RATL,jumlah,naik,ratl,2,2\nR3,RATL,jumlah,naik,ratl,3,3\n")
        let outcome = CLI.run("peta-jalan", road, "--ratl", ratl, "--format", "csv")
        #expect(outcome.code == .success)
        #expect(outcome.stdout.contains("R2,RATL,,,jumlah,naik,,ratl,,,2021,2,2,,tercapai,"))
        #expect(outcome.stdout.contains("R3,RATL,,,jumlah,naik,,ratl,,,2021,3,2,,belum tercapai,"))
    }

    @Test func strictExitsWithFindingsOnWarnings() {
        let outcome = CLI.run("peta-jalan", Self.tangsel, "--strict")
        #expect(outcome.code == .findings)
    }

    @Test func jsonGoesToStandardOutputAlone() throws {
        let outcome = CLI.run("peta-jalan", Self.tangsel, "--format", "json", "--lang", "en")
        #expect(outcome.code == .success)
        let object = try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8))
        #expect((object as? [String: Any])?["formatVersion"] as? Int == 1)
    }

    @Test func excelDialectNeedsCSV() {
        let outcome = CLI.run("peta-jalan", Self.tangsel, "--excel-id")
        #expect(outcome.code == .usage)
        #expect(outcome.stderr.contains("opsi '--excel-id' hanya berlaku bersama '--format csv'"))
    }

    @Test func missingRoadMapIsAUsageError() {
        #expect(CLI.run("peta-jalan").code == .usage)
        #expect(CLI.run("peta-jalan", "tidak-ada.csv").code == .noInput)
    }

    @Test func brokenRoadMapIsADataErrorAndWritesNothing() throws {
        let road = try CLI.temporaryFile(
            "pj.csv", contents: "kode,indikator,jenis,arah,realisasi_dari,2020\nX,N,angak,naik,isian,1\n")
        let output = road + ".txt"
        let outcome = CLI.run("peta-jalan", road, "-o", output)
        #expect(outcome.code == .dataError)
        #expect(outcome.stderr.contains("pj.csv:2:5: error: jenis 'angak' tidak dikenal"))
        #expect(outcome.stderr.contains("note: mungkin maksud Anda 'angka'?"))
        let english = CLI.run("peta-jalan", road, "-o", output, "--lang", "en")
        #expect(english.stderr.contains("pj.csv:2:5: error: jenis 'angak' is not known"))
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test func validateRecognisesRoadMapFilesByTheirHeader() throws {
        let road = try CLI.temporaryFile(
            "pj.csv", contents: "kode,indikator,jenis,arah,realisasi_dari,2020\nX,N,angka,naik,rb-2020:A.IX,1\n")
        let outcome = CLI.run("validate", road)
        #expect(outcome.code == .success)
        #expect(outcome.stdout.contains("warning: kode 'A.IX' tidak ada di instrumen 'rb-2020'"))
        let real = try CLI.temporaryFile("real.csv", contents: "kode,tahun,realisasi\nX,20x,1\n")
        let refused = CLI.run("validate", real)
        #expect(refused.code == .dataError)
        #expect(refused.stdout.contains("real.csv:2:3: error: tahun '20x' bukan tahun"))
    }
}
