import Testing

@testable import pmprb

/// `score --bukti wajib` scores answers without evidence as the lowest option and prints both
/// totals; by default the report only lists them.
@Suite struct EvidenceCommandTests {
    typealias CLI = CommandLineTests

    @Test func defaultReportListsAnswersWithoutEvidence() {
        let outcome = CLI.run("score", CLI.example)
        #expect(outcome.code == .success)
        #expect(outcome.stdout.contains("Bukti dukung\n------------\n"))
        #expect(outcome.stdout.contains("butir dijawab di atas pilihan terendah tanpa bukti dukung"))
        #expect(outcome.stdout.contains("Nilai TOTAL: 77,65"))
    }

    @Test func requiredEvidenceChangesTheTotalAndSaysBoth() throws {
        let outcome = CLI.run("score", CLI.example, "--bukti", "wajib")
        #expect(outcome.code == .success)
        let line = try #require(
            outcome.stdout.split(separator: "\n").first { $0.hasPrefix("Bukti wajib:") })
        #expect(line.hasSuffix("nilai menurut jawaban: 77,65."))
        #expect(!outcome.stdout.contains("Nilai TOTAL: 77,65"))
    }

    @Test func unknownPolicyIsAUsageError() {
        #expect(CLI.run("score", CLI.example, "--bukti", "kadang").code == .usage)
    }
}
