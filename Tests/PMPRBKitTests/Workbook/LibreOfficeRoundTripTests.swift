import Foundation
import PMPRBTestSupport
import Testing

@testable import PMPRBKit

/// Templates filled with generated answers, recalculated and saved by LibreOffice Calc
/// (headless), read back: every cached result must equal the scoring of the same answers.
///
/// Runs only when `soffice` is on the PATH (`apt-get install libreoffice-calc-nogui`, see
/// `docs/worksheet-format.md`). `PMPRB_SOFFICE_COUNT` sets the worksheets per instrument
/// (default 200).
@Suite(
    .enabled(if: LibreOffice.executable != nil, "soffice is not on the PATH"), .temporaryFolders)
struct LibreOfficeRoundTripTests {
    @Test(arguments: WorkbookTestSupport.instrumentIDs)
    func recalculatedWorkbooksScoreAsTheScoring(_ id: String) throws {
        let instrument = try #require(BuiltinInstruments.instrument(id))
        let count = Int(ProcessInfo.processInfo.environment["PMPRB_SOFFICE_COUNT"] ?? "") ?? 200
        let folder = try TemporaryFolder.make("soffice-\(id)")
        let input = folder.appendingPathComponent("in")
        let output = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        var worksheets: [Worksheet] = []
        for index in 1...count {
            let worksheet = try WorkbookTestSupport.worksheet(instrument, index)
            worksheets.append(worksheet)
            // No cached results: whatever the file holds after LibreOffice is its own
            // calculation.
            let data = WorkbookTemplate(instrument: instrument, worksheet: worksheet,
                cachesValues: false).data()
            try data.write(to: input.appendingPathComponent(name(index)))
        }
        try LibreOffice.convert(
            (1...count).map { input.appendingPathComponent(name($0)).path }, to: output,
            profile: folder.appendingPathComponent("profile"))
        var compared = 0
        var grades: Set<String> = []
        for (offset, worksheet) in worksheets.enumerated() {
            let file = output.appendingPathComponent(name(offset + 1))
            let table = try Worksheet.table(csv: Data(contentsOf: file), file: file.lastPathComponent)
            let readBack = try Worksheet(parsing: table, file: file.lastPathComponent, instrument: instrument)
            #expect(readBack.entries.mapValues(\.answer) == worksheet.entries.mapValues(\.answer))
            let result = try WorkbookTestSupport.differences(
                table, instrument: instrument, worksheet: worksheet)
            #expect(result.lines.isEmpty, "\(file.lastPathComponent): \(result.lines.prefix(5))")
            // The audit of the saved workbook finds nothing either.
            #expect(readBack.warnings.isEmpty, "\(readBack.warnings.prefix(3))")
            compared += result.compared
            grades.insert(instrument.score(worksheet).band?.grade ?? "")
        }
        // Every node and item of every worksheet was compared, across several categories.
        #expect(compared >= count * instrument.nodes.filter { $0.kind == .butir }.count)
        // (An instrument without category bands, rb-2023-strategi, has none to vary.)
        #expect(grades.count >= min(3, max(1, instrument.bands.count)), "\(grades)")
    }

    private func name(_ index: Int) -> String { "opd-\(index).xlsx" }
}

/// Headless LibreOffice, found on the PATH.
enum LibreOffice {
    static let executable: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        for folder in path.split(separator: ":") {
            let candidate = String(folder) + "/soffice"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }()

    /// Opens each file, recalculates it and saves it as `.xlsx` in `folder`, in one process;
    /// `profile` is a fresh user profile, so that a running LibreOffice does not interfere.
    static func convert(_ files: [String], to folder: URL, profile: URL) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(executable))
        process.arguments =
            ["-env:UserInstallation=" + profile.absoluteString, "--headless", "--calc",
             "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", folder.path] + files
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }
}
