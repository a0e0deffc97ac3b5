import Foundation
import Testing

@testable import pmprb

/// `score --format html --lke` prints the filled worksheet; its options go together.
@Suite struct FilledLKECommandTests {
    typealias CLI = CommandLineTests

    @Test func lkeIsWrittenWithItsSignatureBlock() {
        let outcome = CLI.run(
            "score", CLI.example, "--format", "html", "--lke", "--tempat", "Kabupaten Contoh",
            "--jabatan", "Ketua Tim", "--nama", "Nama Penanda Tangan", "--tanggal", "1 Juli 2026")
        #expect(outcome.code == .success)
        #expect(outcome.stdout.contains("<h1>Lembar Kerja Evaluasi (LKE) terisi</h1>"))
        #expect(outcome.stdout.contains("<p>Kabupaten Contoh, 1 Juli 2026</p>"))
        #expect(outcome.stdout.contains("<p class=\"name\">Nama Penanda Tangan</p>"))
        // The example's total (docs/worksheet-format.md): 77,65, category BB.
        #expect(outcome.stdout.contains("<td class=\"num\">77,65</td>"))
        #expect(outcome.stdout.contains("Kategori: BB (Sangat Baik)"))
        // Every one of the 113 items has a row.
        #expect(outcome.stdout.components(separatedBy: "<tr class=\"it\">").count - 1 == 113)
        #expect(outcome.stderr.contains("3 of 113 items are unanswered"))
    }

    @Test(arguments: [
        ["--lke"], ["--format", "text", "--lke"], ["--format", "html", "--tempat", "Kota"],
        ["--nama", "X"],
    ])
    func optionsOutOfPlaceAreUsageErrors(extra: [String]) {
        var io = CommandIO()
        let code = pmprb.run(["score", CLI.example] + extra, io: &io)
        #expect(code == .usage)
        #expect(io.standardOutput.isEmpty)
    }
}
