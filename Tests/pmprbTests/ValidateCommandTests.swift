import Foundation
import PMPRBTestSupport
import Testing

@testable import pmprb

@Suite(.temporaryFolders) struct ValidateCommandTests {
    typealias CLI = CommandLineTests

    @Test func shippedWorksheetsAndInstrumentsAreClean() {
        let outcome = CLI.run("validate", CLI.root.appendingPathComponent("worksheets").path)
        #expect(outcome.code == .success)
        #expect(!outcome.stdout.contains("error:"))
        #expect(outcome.stderr.contains(" 0 galat, "))
    }

    @Test func editedWeightFailsWithItsPosition() throws {
        let path = try CLI.exampleFile(
            replacing: "\nA.I.1,Manajemen Perubahan,4.00,",
            with: "\nA.I.1,Manajemen Perubahan,4.50,")
        let outcome = CLI.run("validate", path)
        #expect(outcome.code == .dataError)
        #expect(
            outcome.stdout.contains(
                ": error: bobot '4.50' untuk 'A.I.1' berbeda dari bobot instrumen (4.00)"))
        // The workflow command is the same in both languages; its message follows --lang.
        let github = CLI.run("validate", path, "--format", "github", "--lang", "en")
        #expect(github.code == .dataError)
        let line = try #require(github.stdout.split(separator: "\n").first { $0.hasPrefix("::error") })
        #expect(line.hasPrefix("::error file=\(path),line=7,col=27::"))
        #expect(line.contains("::bobot '4.50' of 'A.I.1' differs"))
        let githubID = CLI.run("validate", path, "--format", "github")
        let lineID = try #require(
            githubID.stdout.split(separator: "\n").first { $0.hasPrefix("::error") })
        #expect(lineID.hasPrefix("::error file=\(path),line=7,col=27::bobot '4.50' untuk 'A.I.1'"))
    }

    @Test func brokenInstrumentFileIsReportedWhole() throws {
        let original = try String(
            contentsOf: CLI.root.appendingPathComponent("worksheets/instrumen/zi-2021.csv"), encoding: .utf8)
        let broken = original.replacingOccurrences(of: "\nA.I.1,area,Manajemen Perubahan,4,", with: "\nA.I.1,area,Manajemen Perubahan,5,")
        #expect(broken != original)
        let path = try CLI.temporaryFile("zi-rusak.csv", contents: broken)
        let outcome = CLI.run("validate", path)
        #expect(outcome.code == .dataError)
        // Indonesian by default; the weights are written as the instrument file writes them.
        #expect(outcome.stdout.contains("error: anak-anak 'A.I.1' berjumlah 4.00; bobotnya 5.00"))
        #expect(outcome.stdout.contains("error: anak-anak 'A.I' berjumlah 31.00; bobotnya 30.00"))
        let english = CLI.run("validate", path, "--lang", "en")
        #expect(english.stdout.contains("error: children of 'A.I.1' add up to 4.00; its bobot is 5.00"))
    }

    @Test func strictTurnsWarningsIntoFailure() {
        let outcome = CLI.run("validate", CLI.example, "--strict")
        #expect(outcome.code == .findings)
        #expect(outcome.stdout.contains("warning: 3 dari 113 butir belum dijawab"))
    }
}
