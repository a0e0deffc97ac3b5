import Foundation
import PMPRBKit
import PMPRBTestSupport
import Testing

@testable import pmprb

/// `diff` and `aggregate` in process, the progress line, and the built binary's streams
/// (``CoordinatorCommandTests``, whose helpers these tests share).
extension CoordinatorCommandTests {
    // MARK: - diff

    @Test func diffListsEveryDifferingItem() throws {
        let folder = try Self.folder([
            ("penilai-1.csv", try Self.worksheet(Self.best, unit: "Dinas B")),
            ("penilai-2.csv", try Self.worksheet(Self.example, unit: "Dinas B")),
        ])
        let outcome = Self.run(["diff", folder + "/penilai-1.csv", folder + "/penilai-2.csv"])
        #expect(outcome.code == .success)
        #expect(outcome.stderr.isEmpty)
        #expect(outcome.stdout.contains("Butir yang jawabannya berbeda (56)"))
        #expect(
            outcome.stdout.contains(
                "TOTAL                                          100,00  100,00  77,65   -22,35"))
        let json = try Self.json(
            Self.run(["diff", folder + "/penilai-1.csv", folder + "/penilai-2.csv", "-f", "json"])
                .stdout)
        let items = try #require(json["items"] as? [[String: Any]])
        let changes = items.compactMap { $0["change"] as? Double }
        #expect(changes.count == 56)
        #expect(changes.map(abs) == changes.map(abs).sorted(by: >))
        #expect(items.first?["code"] as? String == "B.II.a")
        #expect(json["sameUnit"] as? Bool == true)
    }

    @Test func diffWarnsWhenTheUnitsDiffer() throws {
        let outcome = Self.run(["diff", Self.best, Self.example])
        #expect(outcome.code == .success)
        #expect(
            outcome.stderr
                == "\(Self.example): warning: kedua lembar kerja menyebut unit yang berbeda: "
                + "'Contoh Lampiran III PermenPANRB 90/2021' dan "
                + "'Dinas Komunikasi dan Informatika Kabupaten Contoh'\n")
        #expect(
            outcome.stdout.contains("!! PERHATIAN: kedua lembar kerja menyebut unit yang berbeda"))
    }

    @Test func diffRefusals() throws {
        let other = try Self.folder([
            (
                "x.csv",
                try Self.worksheet(Self.example, unit: "Dinas B")
                    .replacingOccurrences(of: ",zi-2021,", with: ",rb-2099,")
            )
        ])
        let unknown = Self.run(["diff", Self.best, other + "/x.csv"])
        #expect(unknown.code == .wrongInstrument)
        #expect(unknown.stdout.isEmpty)
        #expect(unknown.stderr.hasPrefix("pmprb: error: instrumen 'rb-2099' tidak dikenal\n"))
        let one = Self.run(["diff", Self.best])
        #expect(one.code == .usage)
        #expect(one.stderr.hasPrefix("pmprb: error: argumen '<b>' belum diberikan\n"))
        let both = Self.run(["diff", "tidak-ada-1.csv", "tidak-ada-2.csv"])
        #expect(both.code == .noInput)
        #expect(
            both.stderr == "pmprb: error: tidak dapat membaca 'tidak-ada-1.csv': berkas tidak ada\n"
                + "pmprb: error: tidak dapat membaca 'tidak-ada-2.csv': berkas tidak ada\n")
    }

    // MARK: - aggregate

    /// Worksheets of `rb-2014`, the instrument that declares the Pemda + OPD rule: the shipped
    /// example as the Pemda and as Dinas A, and a generated one as Dinas B.
    static func rbUnits() throws -> [(String, String)] {
        let shipped = root.appendingPathComponent("worksheets/contoh-kabupaten-rb-2014.csv").path
        let instrument = try #require(BuiltinInstruments.instrument("rb-2014"))
        let generated = WorksheetGenerator(instrument: instrument, seed: 5).csv(1)
            .replacingOccurrences(of: "OPD Sintetis 00001", with: "Dinas B")
        return [
            ("a.csv", try worksheet(shipped, unit: "Dinas A")), ("b.csv", generated),
            ("pemda.csv", try worksheet(shipped, unit: "Pemerintah Kabupaten Uji")),
        ]
    }

    /// Pemda p, OPD A (a) and B (b): the result is 0,5 x p + 0,5 x (a + b) / 2.
    @Test func aggregateIsHalfPemdaHalfTheMeanOfTheOPD() throws {
        let folder = try Self.folder(try Self.rbUnits())
        let outcome = Self.run([
            "aggregate", "--pemda", folder + "/pemda.csv", "--opd", folder + "/a.csv",
            folder + "/b.csv", "--format", "json",
        ])
        #expect(outcome.code == .success)
        #expect(outcome.stderr.isEmpty)
        let json = try Self.json(outcome.stdout)
        let opd = try #require(json["opd"] as? [String: Any])
        let units = try #require(opd["units"] as? [[String: Any]])
        func opdTotal(_ unit: String) throws -> Double {
            try #require(units.first { $0["unit"] as? String == unit }?["total"] as? Double)
        }
        let pemda = try #require((json["pemda"] as? [String: Any])?["total"] as? Double)
        let total = try #require(json["total"] as? Double)
        #expect(abs(total - (0.5 * pemda + 0.5 * (try opdTotal("Dinas A") + opdTotal("Dinas B")) / 2)) < 1e-3)
        #expect(json["pemdaWeight"] as? Double == 0.5)
        #expect(json["average"] as? String == "mean")
        #expect(opd["count"] as? Int == 2)
        // The same with the folder of OPD: the Pemda's own file in it is not counted twice.
        let text = Self.run(["aggregate", "--pemda", folder + "/pemda.csv", folder])
        #expect(text.code == .success)
        #expect(text.stdout.contains("Perangkat Daerah (rata-rata 2 OPD)"))
    }

    /// A ZI worksheet assesses one unit; no rule makes a regency's value out of its units' ZI
    /// values, so `zi-2021` worksheets are refused, naming the missing rule.
    @Test func aggregateRefusesAnInstrumentWithoutAPemdaAndOPDRule() throws {
        let folder = try Self.folder(
            try Self.twoUnits() + [
                ("pemda.csv", try Self.worksheet(Self.best, unit: "Pemerintah Kabupaten Uji"))
            ])
        let outcome = Self.run(["aggregate", "--pemda", folder + "/pemda.csv", folder])
        #expect(outcome.code == .dataError)
        #expect(outcome.stdout.isEmpty)
        #expect(
            outcome.stderr.hasPrefix(
                "pmprb: error: instrumen 'zi-2021' tidak memiliki aturan untuk menggabungkan "
                    + "hasil Pemda dengan hasil OPD-nya\n"))
    }

    @Test func aggregateRefusals() throws {
        let folder = try Self.folder(try Self.rbUnits())
        let none = Self.run(["aggregate", folder])
        #expect(none.code == .usage)
        #expect(none.stderr.hasPrefix("pmprb: error: opsi '--pemda <file>' wajib diberikan\n"))
        let median = Self.run([
            "aggregate", "--pemda", folder + "/a.csv", folder, "--opd-average", "modus",
        ])
        #expect(median.code == .usage)
        // The Pemda's worksheet copied among the OPD is the same unit and year.
        let shipped = Self.root.appendingPathComponent("worksheets/contoh-kabupaten-rb-2014.csv")
        let copy = try Self.folder(
            try Self.rbUnits() + [("pemda.csv", try Self.worksheet(shipped.path, unit: "Dinas A"))])
        let twice = Self.run(["aggregate", "--pemda", copy + "/pemda.csv", copy])
        #expect(twice.code == .dataError)
        #expect(twice.stdout.isEmpty)
        #expect(twice.stderr.contains("error: lembar kerja ini untuk unit 'Dinas A' dan tahun 2026"))
    }

    // MARK: - progress

    @Test func progressWaitsAMomentThenDrawsAndErases() {
        final class Recorder: @unchecked Sendable {
            var now = ContinuousClock.now
            var written: [String] = []
        }
        let recorder = Recorder()
        var progress = ProgressLine(
            isEnabled: true, clock: { recorder.now }, write: { recorder.written.append($0) })
        progress.update(done: 0, total: 2000, file: "lke/a.csv")
        recorder.now += .milliseconds(500)
        progress.update(done: 1, total: 2000, file: "lke/b.csv")
        #expect(recorder.written.isEmpty)
        recorder.now += .milliseconds(600)
        progress.update(done: 200, total: 2000, file: "lke/c.csv")
        #expect(recorder.written == ["\r\u{1B}[Kpmprb: 200/2000 (10%) lke/c.csv"])
        recorder.now += .milliseconds(10)
        progress.update(done: 201, total: 2000, file: "lke/d.csv")
        #expect(recorder.written.count == 1)
        progress.finish()
        #expect(recorder.written.last == "\r\u{1B}[K")

        var disabled = ProgressLine(isEnabled: false) { recorder.written.append($0) }
        recorder.written = []
        disabled.update(done: 0, total: 2, file: "a")
        recorder.now += .seconds(5)
        disabled.update(done: 1, total: 2, file: "b")
        disabled.finish()
        #expect(recorder.written.isEmpty)
    }

    // MARK: - the binary

    @Test func theBuiltToolKeepsItsStreamsApart() throws {
        let binary = Bundle.main.bundleURL.appendingPathComponent("pmprb")
        guard FileManager.default.isExecutableFile(atPath: binary.path) else {
            Issue.record("no built pmprb at \(binary.path)")
            return
        }
        var files = try Self.twoUnits()
        files[1].1 = files[1].1.replacingOccurrences(of: ",zi-2021,", with: ",rb-2099,")
        let folder = try Self.folder(files)
        for (arguments, code, hasOutput) in [
            (["compare", folder + "/a.csv", "-f", "json"], Int32(0), true),
            (["compare", folder], Int32(67), false),
        ] {
            let outcome = try BinaryTests.launch(
                binary, arguments, in: URL(fileURLWithPath: folder))
            #expect(outcome.status == code)
            #expect(outcome.stdout.isEmpty == !hasOutput)
            #expect(outcome.stderr.isEmpty == hasOutput)
        }
    }
}
