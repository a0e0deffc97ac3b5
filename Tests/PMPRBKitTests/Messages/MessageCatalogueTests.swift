import Foundation
import PMPRBTestSupport
import Testing

@testable import PMPRBKit

/// The message catalogue: every case has its own text in Indonesian and in English.
@Suite struct MessageCatalogueTests {
    static let sources = PackageFolder.root.appendingPathComponent("Sources/PMPRBKit/Messages")

    @Test(arguments: MessageSamples.all)
    func everyMessageHasItsOwnTextInBothLanguages(_ message: Message) {
        let indonesian = message.rendered(.id)
        let english = message.rendered(.en)
        #expect(!indonesian.isEmpty)
        #expect(!english.isEmpty)
        // A scale's title and ranges come from its data and read the same in both languages.
        if case .roadMap(.scaleRanges) = message {
            #expect(indonesian == english)
        } else {
            #expect(indonesian != english)
        }
        // Sentence style: no trailing period, except the help pointers written as
        // swift-argument-parser writes them.
        if !english.hasSuffix("information.") && !english.hasSuffix("subcommands.") {
            #expect(!english.hasSuffix("."))
            #expect(!indonesian.hasSuffix("."))
        }
    }

    /// The samples hold one value of every case, so that the test above covers them all: the
    /// case names in the samples are those declared in the catalogue's source (at least as many
    /// as the last value, so that a moved file cannot pass unread).
    @Test(arguments: [
        ("Messages/CommandMessage.swift", MessageSamples.command.map(Self.caseName), 20),
        ("Messages/WorksheetMessage.swift", MessageSamples.worksheet.map(Self.caseName), 20),
        ("Messages/ProposalMessage.swift", MessageSamples.proposal.map(Self.caseName), 20),
        ("Messages/RoadMapMessage.swift", MessageSamples.roadMap.map(Self.caseName), 20),
        ("Messages/InstrumentMessage.swift", MessageSamples.instrument.map(Self.caseName), 20),
        ("Messages/CSVMessage.swift", MessageSamples.csv.map(Self.caseName), 20),
        ("Messages/WorkbookMessage.swift", MessageSamples.workbook.map(Self.caseName), 19),
        ("Workbook/Container/ZIPError.swift", MessageSamples.zip.map(Self.caseName), 9),
        ("Workbook/Container/InflateError.swift", MessageSamples.inflate.map(Self.caseName), 6),
        ("Workbook/XML/XMLError.swift", MessageSamples.xml.map(Self.caseName), 3),
        ("Workbook/Sheet/SheetCells.swift", MessageSamples.sheet.map(Self.caseName), 4),
    ])
    func samplesCoverEveryCase(file: String, sampled: [String], minimum: Int) throws {
        let source = try String(
            contentsOf: Self.sources.deletingLastPathComponent().appendingPathComponent(file),
            encoding: .utf8)
        let enumBody = source.components(separatedBy: "\npublic enum AnswerProblem")[0]
        var declared: Set<String> = []
        for line in enumBody.split(separator: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            // Cases of the catalogue are indented by four spaces; nested enums by eight.
            guard line.hasPrefix("    case "), !line.hasPrefix("        ") else { continue }
            let name = trimmed.dropFirst("case ".count).prefix { $0.isLetter || $0.isNumber }
            declared.insert(String(name))
        }
        #expect(declared.count > minimum)
        #expect(Set(sampled) == declared)
    }

    /// Every line of the catalogue file has a key, an Indonesian and an English text that use
    /// the same placeholders, numbered from 1 without gaps.
    @Test func everyTextHasBothLanguagesWithTheSamePlaceholders() throws {
        let file = try String(
            contentsOf: Self.sources.appendingPathComponent("pesan.tsv"), encoding: .utf8)
        let lines = file.split(separator: "\n").dropFirst().filter { !$0.hasPrefix("#") }
        #expect(lines.count == MessageCatalogue.texts.count)
        for (key, texts) in MessageCatalogue.texts {
            #expect(!texts.indonesian.isEmpty && !texts.english.isEmpty, "\(key)")
            let used = MessageCatalogue.placeholders(texts.indonesian)
            #expect(used == MessageCatalogue.placeholders(texts.english), "\(key)")
            #expect(used == Set((0..<used.count).map { $0 + 1 }), "\(key)")
        }
    }

    /// Rendering fills every placeholder: no `{1}` is left in any sample.
    @Test(arguments: MessageSamples.all)
    func everyPlaceholderIsFilled(_ message: Message) {
        for language in ReportLanguage.allCases {
            #expect(MessageCatalogue.placeholders(message.rendered(language)).isEmpty)
        }
    }

    @Test func placeholdersAreFilledInOrderAndOtherBracesKept() {
        #expect(MessageCatalogue.fill("'{2}' dan '{1}' {x} {3}", ["a", "b"]) == "'b' dan 'a' {x} {3}")
        #expect(MessageCatalogue.placeholders("{1} {3} {} {x}") == [1, 3])
    }

    @Test func quotedValuesAreNotTranslated() {
        let message = Message.command(.unknownInstrument("rb-2099"))
        #expect(message.rendered(.id) == "instrumen 'rb-2099' tidak dikenal")
        #expect(message.rendered(.en) == "unknown instrument 'rb-2099'")
    }

    @Test func diagnosticsRenderInTheChosenLanguageWithEnglishSeverities() {
        let diagnostic = Diagnostic.error(
            .worksheet(.unknownCode("A.I.9")), file: "lke.csv",
            at: SourcePosition(line: 4, column: 1), notes: [.worksheet(.didYouMean("A.I.1"))])
        #expect(
            diagnostic.rendered(in: .id)
                == "lke.csv:4:1: error: kode 'A.I.9' tidak dikenal\nnote: mungkin maksud Anda 'A.I.1'?")
        #expect(
            diagnostic.rendered(in: .en)
                == "lke.csv:4:1: error: unknown kode 'A.I.9'\nnote: did you mean 'A.I.1'?")
        #expect(diagnostic.message == "unknown kode 'A.I.9'")
        #expect(
            diagnostic.githubAnnotation(in: .id)
                == "::error file=lke.csv,line=4,col=1::kode 'A.I.9' tidak dikenal%0A"
                + "mungkin maksud Anda 'A.I.1'?")
    }

    @Test func answerProblemsReadInBothLanguages() {
        let message = Message.worksheet(
            .invalidAnswer("5", code: "B.1", .outOfRange(minimum: 0, maximum: 4)))
        #expect(message.rendered(.id) == "jawaban '5' untuk 'B.1' di luar 0.00..4.00")
        #expect(message.rendered(.en) == "answer '5' for 'B.1' is outside 0.00..4.00")
    }

    /// The name of an enum case, without its values.
    static func caseName<T>(_ value: T) -> String {
        Mirror(reflecting: value).children.first?.label ?? String(describing: value)
    }
}
