import Foundation
import PMPRBTestSupport
import Testing

@testable import PMPRBKit
@testable import pmprb

/// The workbook route on the command line: `template -o lke.xlsx`, and `.xlsx` worksheets in
/// score, validate and compare, mixed with CSV.
@Suite(.temporaryFolders) struct WorkbookCommandTests {
    typealias CLI = CommandLineTests

    @Test func templateWritesAWorkbookByExtensionOrFormat() throws {
        let path = try CLI.temporaryFile("lke.xlsx")
        let written = CLI.run("template", "zi-2021", "-o", path, "--unit", "Dinas X")
        #expect(written.code == .success && written.stdout.isEmpty && written.stderr.isEmpty)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]))
        let other = try CLI.temporaryFile("lke.bin")
        #expect(CLI.run("template", "rb-2014", "--format", "xlsx", "-o", other).code == .success)
        #expect(try Data(contentsOf: URL(fileURLWithPath: other)).starts(with: [0x50, 0x4B]))
        let missing = CLI.run("template", "zi-2021", "--format", "xlsx")
        #expect(missing.code == .usage)
        #expect(missing.stderr.contains("buku kerja .xlsx ditulis ke berkas; tambahkan --output lke.xlsx"))
        // A two-part index has its workbook too.
        let index = try CLI.temporaryFile("rb.xlsx")
        let written2023 = CLI.run("template", "rb-2023-kl", "-o", index)
        #expect(written2023.code == .success && written2023.stderr.isEmpty)
        #expect(try Data(contentsOf: URL(fileURLWithPath: index)).starts(with: [0x50, 0x4B]))
        // The blank workbook scores: every item unanswered, unit as written.
        let scored = CLI.run("score", path, "--format", "json")
        #expect(scored.code == .success)
        #expect(scored.stdout.contains("\"unit\" : \"Dinas X\""))
        #expect(scored.stderr == "\(path): warning: 113 dari 113 butir belum dijawab; nilai ini adalah batas bawah\n")
    }

    /// A two-part index's worksheet moved into a workbook scores as the CSV, its parts and
    /// category included.
    @Test(arguments: ["rb-2023-kl", "rb-2023-provinsi", "rb-2023-kabkota"])
    func twoPartIndexWorkbookScoresAsItsCSV(_ id: String) throws {
        let folder = URL(fileURLWithPath: try CLI.temporaryFile("x")).deletingLastPathComponent()
            .appendingPathComponent("two-part-\(id)")
        #expect(CLI.run("generate", id, "-n", "1", "-o", folder.path).code == .success)
        let csv = folder.appendingPathComponent("opd-00001.csv").path
        let xlsx = folder.appendingPathComponent("opd-00001.xlsx").path
        #expect(CLI.run("template", id, "--from", csv, "-o", xlsx).code == .success)
        let fromCSV = CLI.run("score", csv, "--format", "json")
        let fromXLSX = CLI.run("score", xlsx, "--format", "json")
        #expect(fromXLSX.code == .success && fromXLSX.stderr == fromCSV.stderr.replacingOccurrences(of: csv, with: xlsx))
        #expect(fromXLSX.stdout == fromCSV.stdout)
        #expect(fromXLSX.stdout.contains("\"index\""))
    }

    /// A CSV worksheet moved into a workbook with `--from` scores as the CSV, and a folder of
    /// both kinds compares as one.
    @Test func workbookFromCSVScoresTheSameAndMixesInCompare() throws {
        let folder = URL(fileURLWithPath: try CLI.temporaryFile("x")).deletingLastPathComponent()
        let csv = CLI.example
        let xlsx = folder.appendingPathComponent("diskominfo.xlsx").path
        #expect(CLI.run("template", "zi-2021", "--from", csv, "-o", xlsx).code == .success)
        let fromCSV = CLI.run("score", csv, "--format", "csv")
        let fromXLSX = CLI.run("score", xlsx, "--format", "csv")
        #expect(fromXLSX.code == .success)
        #expect(fromXLSX.stdout == fromCSV.stdout)
        let units = folder.appendingPathComponent("units").path
        #expect(CLI.run("generate", "zi-2021", "-n", "3", "-o", units).code == .success)
        let moved = units + "/opd-00002.csv"
        let csvOnly = CLI.run("compare", units, "--format", "csv")
        #expect(
            CLI.run("template", "zi-2021", "--from", moved, "-o", units + "/opd-00002.xlsx").code
                == .success)
        try FileManager.default.removeItem(atPath: moved)
        let mixed = CLI.run("compare", units, "--format", "csv")
        #expect(mixed.code == .success, "\(mixed.stderr)")
        // The same three units and scores, one of them now read from the workbook.
        #expect(mixed.stdout == csvOnly.stdout.replacingOccurrences(of: "opd-00002.csv", with: "opd-00002.xlsx"))
        #expect(mixed.stdout.contains("opd-00002.xlsx"))
    }

    @Test func validateMakesAStaleWorkbookAnError() throws {
        let path = try CLI.temporaryFile("lke.xlsx")
        #expect(CLI.run("template", "zi-2021", "--from", CLI.example, "-o", path).code == .success)
        let clean = CLI.run("validate", path)
        #expect(clean.code == .success)
        // The total cell (C6) made stale.
        var data = try Data(contentsOf: URL(fileURLWithPath: path))
        data = try staleTotal(data)
        try data.write(to: URL(fileURLWithPath: path))
        let validated = CLI.run("validate", path)
        #expect(validated.code == .dataError)
        #expect(validated.stdout.contains("\(path):LKE!C6: error: total tersimpan '1' berbeda dari hasil hitung 77.65"))
        #expect(validated.stdout.contains("note: rumus atau bobot telah diubah, atau buku kerja disimpan tanpa hitung ulang;"))
        let english = CLI.run("validate", path, "--lang", "en")
        #expect(english.code == .dataError)
        #expect(english.stdout.contains("\(path):LKE!C6: error: cached total '1' differs from the computed 77.65"))
        #expect(english.stdout.contains("note: a formula or a weight was edited, or the workbook was saved without recalculating;"))
        let scored = CLI.run("score", path)
        #expect(scored.code == .success)
        #expect(scored.stderr.contains("\(path):LKE!C6: warning: total tersimpan '1' berbeda dari hasil hitung 77.65"))
        let scoredInEnglish = CLI.run("score", path, "--lang", "en")
        #expect(scoredInEnglish.stderr.contains("\(path):LKE!C6: warning: cached total '1' differs from the computed 77.65"))
    }

    /// An Excel 97-2003 file (an OLE compound file) is refused with what to do, in the chosen
    /// language, and nothing is scored.
    @Test func anXLSFileIsRefusedInTheChosenLanguage() throws {
        let path = try CLI.temporaryFile("lke.xlsx")
        // The eight bytes that open every OLE compound file, then padding.
        let compound: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
        try Data(compound + [UInt8](repeating: 0, count: 504)).write(to: URL(fileURLWithPath: path))
        let refused = CLI.run("score", path)
        #expect(refused.code == .dataError)
        #expect(refused.stdout.isEmpty)
        #expect(
            refused.stderr == "\(path): error: berkas ini buku kerja Excel 97-2003 (.xls) atau buku kerja "
                + "berkata sandi, yang tidak dapat dibaca\nnote: buka di Excel atau LibreOffice Calc lalu "
                + "simpan sebagai 'Excel Workbook (.xlsx)' tanpa kata sandi, atau simpan lembar LKE sebagai CSV\n")
        let english = CLI.run("score", path, "--lang", "en")
        #expect(english.code == .dataError)
        #expect(
            english.stderr == "\(path): error: the file is an Excel 97-2003 workbook (.xls) or a "
                + "password-protected workbook, which cannot be read\nnote: open it in Excel or LibreOffice "
                + "Calc and save it as 'Excel Workbook (.xlsx)' without a password, or save the LKE sheet as CSV\n")
    }

    /// The workbook with the cached value of C6 replaced by 1.
    private func staleTotal(_ data: Data) throws -> Data {
        let archive = try ZIPArchive([UInt8](data))
        var writer = ZIPWriter()
        var total = 0
        for name in archive.names {
            var text = String(decoding: try archive.contents(of: name, total: &total) ?? [], as: UTF8.self)
            if name == "xl/worksheets/sheet1.xml", let start = text.range(of: "<c r=\"C6\""),
                let value = text.range(of: "<v>", range: start.upperBound..<text.endIndex),
                let end = text.range(of: "</v>", range: value.upperBound..<text.endIndex)
            {
                text.replaceSubrange(value.upperBound..<end.lowerBound, with: "1")
            }
            writer.add(name, Array(text.utf8))
        }
        return Data(writer.finished())
    }
}
