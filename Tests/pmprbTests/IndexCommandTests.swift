import Foundation
import PMPRBTestSupport
import Testing

@testable import pmprb

/// `score`, `compare --baseline` and `template` on the Indeks RB instruments of 2023.
@Suite(.temporaryFolders) struct IndexCommandTests {
    static let root = CommandLineTests.root
    static let kl = root.appendingPathComponent("worksheets/contoh-kementerian-rb-2023-kl.csv").path

    @Test func scoreShowsTheIndexPartsAndTheCategoryReason() throws {
        let outcome = CoordinatorCommandTests.run(["score", Self.kl])
        #expect(outcome.code == .success)
        // 75,956829 / 98 × 100 + 5,3 = 82,81 (see RB2023InstrumentTests).
        #expect(outcome.stdout.contains("Indeks RB                                            110,00           82,81"))
        #expect(outcome.stdout.contains("Kategori: A- (Memuaskan dengan catatan)"))
        #expect(outcome.stderr.isEmpty)
    }

    @Test func compareWithABaselineShowsTheChangeOfTheIndex() throws {
        // The same K/L a year later with B.2 at 4,5 (its target 4,01 met): B.2 = 4,5/5 × 2
        // = 1,8 (+0,2); index = (75,956829 + 0,2) / 98 × 100 + 5,3 = 83,01 → A (+0,20).
        let later = try String(contentsOfFile: Self.kl, encoding: .utf8)
            .replacingOccurrences(of: "#tahun,Tahun penilaian,,,2023", with: "#tahun,Tahun penilaian,,,2024")
            .replacingOccurrences(
                of: "\"Nilai (0-5), target 4,01, atau TB\",4,,\"di bawah target baik 4,01\"",
                with: "\"Nilai (0-5), target 4,01, atau TB\",\"4,5\",,")
        let folder = try CoordinatorCommandTests.folder([("kl-2024.csv", later)])
        let outcome = CoordinatorCommandTests.run([
            "compare", folder + "/kl-2024.csv", "--baseline", Self.kl, "--format", "json",
        ])
        #expect(outcome.code == .success, "\(outcome.stderr)")
        let json = try CoordinatorCommandTests.json(outcome.stdout)
        let units = try #require(json["units"] as? [[String: Any]])
        #expect(units.first?["publishedTotal"] as? Double == 83.01)
        #expect((units.first?["category"] as? [String: Any])?["grade"] as? String == "A")
        #expect(outcome.stdout.contains("0.2"))
    }

    @Test(arguments: ["rb-2023-kl", "rb-2023-provinsi", "rb-2023-kabkota"])
    func templateOffersRangesTargetsAndTB(id: String) throws {
        let outcome = CoordinatorCommandTests.run(["template", id])
        #expect(outcome.code == .success)
        #expect(outcome.stdout.contains("\"Nilai (1-5), target 3, atau TB\""))
        // Quoted: the title holds a semicolon (every delimiter is quoted, see CSVWriter).
        #expect(outcome.stdout.contains("K.1,\"Koefisien koreksi evaluator"))
        #expect(outcome.stdout.contains("Nilai (-10 s.d. 10)"))
    }
}
