import Foundation
import PMPRBKit
import PMPRBTestSupport
import Testing

@testable import pmprb

/// Every coordinator command (`compare`, `compare --baseline`, `diff`, `aggregate`) on
/// generated and shipped worksheets of every built-in instrument and of every instrument file
/// under `worksheets/instrumen/`: a new instrument is covered as soon as it is added.
@Suite(.temporaryFolders) struct CoordinatorEveryInstrumentTests {
    typealias Outcome = CommandLineTests.Outcome

    static let root = CommandLineTests.root
    static let formats = ["text", "json", "csv", "markdown", "html"]

    /// Each built-in id, then each instrument file (by path).
    static var instruments: [String] {
        let folder = root.appendingPathComponent("worksheets/instrumen")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return BuiltinInstruments.ids
            + files.filter { $0.hasSuffix(".csv") }.sorted().map {
                folder.appendingPathComponent($0).path
            }
    }

    static func instrument(_ spec: String) throws -> Instrument {
        if let builtin = BuiltinInstruments.instrument(spec) { return builtin }
        return try Instrument(csv: Data(contentsOf: URL(fileURLWithPath: spec)), file: spec)
    }

    /// The shipped worksheets (`worksheets/*.csv`) of an instrument.
    static func shipped(_ id: String) throws -> [String] {
        let folder = root.appendingPathComponent("worksheets")
        return try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".csv") }.sorted()
            .map { folder.appendingPathComponent($0).path }
            .filter { path in
                let text = try String(contentsOfFile: path, encoding: .utf8)
                return text.contains("\n#instrumen,") && text.split(separator: "\n")
                    .first { $0.hasPrefix("#instrumen,") }?
                    .split(separator: ",", omittingEmptySubsequences: false).dropFirst(4).first
                    .map(String.init) == id
            }
    }

    /// A worksheet's text with its unit and year replaced.
    static func renamed(_ text: String, unit: String, year: Int) -> String {
        let separator = text.contains("\r\n") ? "\r\n" : "\n"
        return text.components(separatedBy: separator).map { line -> String in
            if line.hasPrefix("#unit,") { return "#unit,Nama unit kerja / OPD,,,\(unit),," }
            if line.hasPrefix("#tahun,") { return "#tahun,Tahun penilaian,,,\(year),," }
            return line
        }.joined(separator: separator)
    }

    /// This year's folder (three generated worksheets and each shipped one) and last year's
    /// (three others, the first unit's worksheet being a shipped one, so that a worksheet
    /// answered item by item meets one that gives values directly).
    static func folders(_ spec: String) throws -> (now: String, before: String, shipped: Int) {
        let instrument = try instrument(spec)
        let base = try TemporaryFolder.make("every")
        let now = base.appendingPathComponent("now")
        let before = base.appendingPathComponent("before")
        for folder in [now, before] {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        }
        let thisYear = WorksheetGenerator(instrument: instrument, seed: 1, year: 2026)
        let lastYear = WorksheetGenerator(instrument: instrument, seed: 2, year: 2025)
        for index in 1...3 {
            try thisYear.csv(index).write(
                to: now.appendingPathComponent("opd-\(index).csv"), atomically: true,
                encoding: .utf8)
            try lastYear.csv(index).write(
                to: before.appendingPathComponent("opd-\(index).csv"), atomically: true,
                encoding: .utf8)
        }
        let shipped = try shipped(instrument.id)
        for (offset, path) in shipped.enumerated() {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            try renamed(text, unit: "Unit Contoh \(offset)", year: 2026).write(
                to: now.appendingPathComponent("contoh-\(offset).csv"), atomically: true,
                encoding: .utf8)
            if offset == 0 {
                try renamed(text, unit: thisYear.unit(1), year: 2025).write(
                    to: before.appendingPathComponent("opd-1.csv"), atomically: true,
                    encoding: .utf8)
            }
        }
        return (now.path, before.path, shipped.count)
    }

    static func run(_ arguments: [String], spec: String) -> Outcome {
        let extra = BuiltinInstruments.ids.contains(spec) ? [] : ["--instrumen", spec]
        return CommandLineTests.run(arguments + extra)
    }

    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test(arguments: instruments)
    func compareWithABaselineInEveryFormat(spec: String) throws {
        let (now, before, shipped) = try Self.folders(spec)
        for format in Self.formats {
            let outcome = Self.run(
                ["compare", now, "--baseline", before, "--format", format], spec: spec)
            #expect(outcome.code == .success, "\(spec) \(format): \(outcome.stderr)")
            #expect(outcome.stderr == "", "\(spec) \(format)")
            #expect(!outcome.stdout.isEmpty)
        }
        let json = try Self.json(
            Self.run(["compare", now, "--baseline", before, "--format", "json"], spec: spec)
                .stdout)
        // Three generated units and every shipped worksheet; the three generated units are
        // found last year (one of them through a shipped worksheet).
        #expect((json["units"] as? [Any])?.count == 3 + shipped)
        let baseline = try #require(json["baseline"] as? [String: Any])
        #expect((baseline["newUnits"] as? [Any])?.count == shipped)
        let plain = Self.run(["compare", now], spec: spec)
        #expect(plain.code == .success, "\(spec): \(plain.stderr)")
    }

    @Test(arguments: instruments)
    func diffOfAShippedAndAGeneratedWorksheetInEveryFormat(spec: String) throws {
        let (now, _, shipped) = try Self.folders(spec)
        let first = now + "/opd-1.csv"
        let second = shipped > 0 ? now + "/contoh-0.csv" : now + "/opd-2.csv"
        for format in Self.formats {
            let outcome = Self.run(["diff", first, second, "--format", format], spec: spec)
            #expect(outcome.code == .success, "\(spec) \(format): \(outcome.stderr)")
            #expect(!outcome.stdout.isEmpty)
        }
        // The sum of the item differences is the change of the total, whatever entries each
        // worksheet shows.
        let json = try Self.json(
            Self.run(["diff", first, second, "--format", "json"], spec: spec).stdout)
        let items = try #require(json["items"] as? [[String: Any]])
        let sum = items.compactMap { $0["change"] as? Double }.reduce(0, +)
        let change = try #require(json["totalChange"] as? Double)
        #expect(abs(sum - change) < 0.001 * Double(max(1, items.count)))
    }

    @Test(arguments: instruments)
    func aggregateEveryFormatOrARefusalNamingTheRule(spec: String) throws {
        let (now, _, _) = try Self.folders(spec)
        let instrument = try Self.instrument(spec)
        for format in Self.formats {
            let outcome = Self.run(
                ["aggregate", "--pemda", now + "/opd-1.csv", now + "/opd-2.csv",
                    now + "/opd-3.csv", "--format", format], spec: spec)
            if instrument.combination != nil {
                #expect(outcome.code == .success, "\(spec) \(format): \(outcome.stderr)")
                #expect(!outcome.stdout.isEmpty)
            } else {
                #expect(outcome.code == .dataError, "\(spec) \(format)")
                #expect(outcome.stdout == "")
                #expect(outcome.stderr.contains("tidak memiliki aturan"), "\(outcome.stderr)")
            }
        }
    }
}

/// `--kosong` and `--predikat` on `score` and `compare`.
@Suite struct ScoringFlagTests {
    static let best = CommandLineTests.root
        .appendingPathComponent("worksheets/contoh-lampiran-iii-zi-2021.csv").path

    static func run(_ arguments: [String]) -> CommandLineTests.Outcome {
        CommandLineTests.run(arguments)
    }

    /// The official example meets every value criterion; WBBM is met only with a declared
    /// Menuju WBK.
    @Test func predikatDeclaresTheHeldPredicate() {
        let plain = Self.run(["score", Self.best])
        #expect(plain.code == .success)
        #expect(plain.stdout.contains("WBBM: kriteria nilai terpenuhi; predikat Menuju WBK belum dinyatakan"))
        let declared = Self.run(["score", Self.best, "--predikat", "WBK:2025"])
        #expect(declared.stdout.contains("WBBM: TERPENUHI"))
        #expect(declared.stdout.contains("Predikat yang sudah diraih: WBK 2025"))
        let compared = Self.run(["compare", Self.best, "--predikat", "WBK:2025", "-f", "csv"])
        #expect(compared.stdout.contains(",ya,ya,0.00,nol,WBK 2025,"))
        let wrong = Self.run(["score", Self.best, "--predikat", "WBKX"])
        #expect(wrong.code == .usage)
        #expect(wrong.stderr.contains("opsi '--predikat': predikat 'WBKX' bukan predikat instrumen ini (WBK, WBBM)"))
    }

    /// The Diskominfo example leaves 3 items empty: 'abaikan' leaves them out of their
    /// sub-indicators' means, so its total is at least the 'nol' total (77,65).
    @Test func kosongChoosesThePolicyAndTheReportSaysIt() {
        let example = CommandLineTests.example
        let zero = Self.run(["score", example])
        #expect(zero.stdout.contains("Butir kosong: dihitung 0 (--kosong nol)"))
        let ignored = Self.run(["score", example, "--kosong", "abaikan"])
        #expect(ignored.code == .success)
        #expect(ignored.stdout.contains("(--kosong abaikan)"))
        #expect(!ignored.stdout.contains("Nilai TOTAL: 77,65"))
        let bad = Self.run(["score", example, "--kosong", "kosong"])
        #expect(bad.code == .usage)
    }

    @Test func templateAsksWhichPredicateTheUnitHolds() {
        let zi = Self.run(["template", "zi-2021"])
        #expect(zi.stdout.contains("\r\n#predikat,Predikat yang sudah diraih (mis. WBK 2025),,,,,,\r\n"))
        // An RB instrument has no predicate that needs another.
        let rb = Self.run(["template", "rb-2014"])
        #expect(!rb.stdout.contains("#predikat"))
    }
}
