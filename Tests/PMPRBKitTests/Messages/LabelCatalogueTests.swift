import Foundation
import PMPRBTestSupport
import Testing

@testable import PMPRBKit

/// The plain words of the reports come from `label.tsv` (decision 0042).
@Suite struct LabelCatalogueTests {
    static let root = PackageFolder.root
    static let file = root.appendingPathComponent("Sources/PMPRBKit/Messages/label.tsv")

    /// One line a key, each with a non-empty Indonesian and English text and a table the word
    /// types read.
    @Test func everyLineHasBothLanguagesAndAKnownTable() throws {
        let lines = try String(contentsOf: Self.file, encoding: .utf8)
            .split(separator: "\n").dropFirst().filter { !$0.hasPrefix("#") }
        #expect(lines.count == MessageCatalogue.labels.count)
        let tables = Set(
            Labels.tables + CoordinatorLabels.tables + RoadMapLabels.tables
                + FilledLKE.Labels.tables)
        for line in lines {
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false)
            #expect(cells.count == 3 && !cells[1].isEmpty && !cells[2].isEmpty, "\(line)")
            #expect(tables.contains(String(cells[0].prefix { $0 != "." })), "\(line)")
        }
    }

    /// Every word is read somewhere in the library (as `.word` or by its name), and no word of a
    /// report's own table hides a shared one.
    @Test func everyWordIsUsedAndNoneIsHidden() throws {
        let folder = Self.root.appendingPathComponent("Sources/PMPRBKit")
        var code = ""
        let files = try #require(
            FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil))
        for case let url as URL in files where url.pathExtension == "swift" {
            code += try String(contentsOf: url, encoding: .utf8)
        }
        for key in MessageCatalogue.labels.keys {
            // `roadMap.status.tercapai` is read as `word("status", status)`.
            let word = key.drop { $0 != "." }.dropFirst().prefix { $0 != "." }
            let used = code.contains(".\(word)") || code.contains("\"\(word)\"")
            #expect(used, "\(key)")
        }
        for key in MessageCatalogue.labels.keys where key.hasPrefix("table.") {
            let word = key.dropFirst("table.".count)
            #expect(MessageCatalogue.labels["score.\(word)"] == nil, "\(key)")
            #expect(MessageCatalogue.labels["coordinator.\(word)"] == nil, "\(key)")
            #expect(MessageCatalogue.labels["lke.\(word)"] == nil, "\(key)")
        }
    }

    /// Every case of the enumerations whose words are keyed by case name has its word.
    @Test func everyCaseHasItsWord() {
        let keys =
            ScoreCard.GapClass.allCases.map { "score.class.\($0)" }
            + RoadMapProgress.Status.allCases.map { "roadMap.status.\($0)" }
            + RoadMapProgress.Achievement.allCases.map { "roadMap.achievement.\($0)" }
            + RoadMapProgress.Trend.allCases.map { "roadMap.trend.\($0)" }
        #expect(keys.count == 3 + 4 + 4 + 3)
        for key in keys { #expect(MessageCatalogue.labels[key] != nil, "\(key)") }
        #expect(Labels(language: .en).className(.diperbaiki) == "Fix")
        #expect(RoadMapLabels(language: .id).achievement(.proses) == "masih dalam proses peningkatan")
        #expect(RoadMapLabels(language: .en).trend(nil) == "")
    }

    /// A word of a report's table, a shared one and one of the road map, in both languages.
    @Test func wordsAreReadFromTheirTables() {
        #expect(Labels(language: .id).gaps == "Daftar kesenjangan")
        #expect(Labels(language: .en).gaps == "Gap list")
        #expect(CoordinatorLabels(language: .id).weight == "Bobot")
        #expect(CoordinatorLabels(language: .en).rank == "Rank")
        #expect(RoadMapLabels(language: .en).unit == "Unit")
        #expect(RoadMapLabels(language: .id).unit == "Satuan")
        #expect(RoadMapLabels(language: .id).link == "Sumber realisasi")
        #expect(FilledLKE.Labels(language: .en).columns[6] == "Value")
        #expect(FilledLKE.Labels(language: .id).columns[0] == "Kode")
    }
}
