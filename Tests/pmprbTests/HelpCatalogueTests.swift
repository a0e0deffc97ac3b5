import Foundation
import PMPRBKit
import Testing

@testable import pmprb

/// The help texts come from `bantuan.tsv`: every line is used, and has both languages.
@Suite struct HelpCatalogueTests {
    static let file = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/PMPRBKit/Messages/bantuan.tsv")

    /// The keys the help of every command and the root help read.
    static var usedKeys: Set<String> {
        var keys: Set<String> = ["help.overview", "help.more", "option.version"]
        for command in commands {
            let texts = [command.abstract] + command.arguments.map(\.help)
                + command.options.map(\.help)
            keys.formUnion(texts.compactMap(\.key))
        }
        return keys
    }

    /// No line goes unused and no key a command reads is missing (a missing one would stop the
    /// help with a precondition failure).
    @Test func everyKeyIsUsedAndEveryUsedKeyExists() {
        #expect(Self.usedKeys == HelpCatalogue.keys)
    }

    /// Every option of every command has its text from the file, none written in code.
    @Test func everyOptionTextIsCatalogued() {
        for command in commands {
            for option in command.options {
                #expect(option.help.key != nil, "\(command.name) \(option.names[0])")
            }
        }
    }

    /// One line a key, each with a non-empty Indonesian and English text that differ from the key.
    @Test func everyLineHasBothLanguages() throws {
        let lines = try String(contentsOf: Self.file, encoding: .utf8)
            .split(separator: "\n").dropFirst().filter { !$0.hasPrefix("#") }
        #expect(lines.count == HelpCatalogue.keys.count)
        for line in lines {
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false)
            #expect(cells.count == 3 && !cells[1].isEmpty && !cells[2].isEmpty, "\(line)")
        }
        let top = OptionSpec.top(of: "score").help
        #expect(top(.id) == "Banyak butir dalam daftar kesenjangan. (bawaan: 10)")
        #expect(top(.en) == "How many items the gap list shows. (default: 10)")
    }
}
