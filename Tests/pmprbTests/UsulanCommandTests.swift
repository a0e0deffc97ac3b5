import Foundation
import PMPRBTestSupport
import Testing

@testable import pmprb

/// `pmprb usulan`: one small case per outcome, and inconsistent input refused at its cell.
@Suite(.temporaryFolders) struct UsulanCommandTests {
    static let root = CommandLineTests.root
    static func shipped(_ name: String) -> String {
        root.appendingPathComponent("worksheets/" + name).path
    }
    /// Every item at its best: ZI total 100, meets WBK and WBBM (Tabel 6).
    static let best = shipped("contoh-lampiran-iii-zi-2021.csv")
    /// Provinsi example: WTP, Nilai SAKIP 85, Maturitas SPIP 4, Indeks RB 108,02.
    static let provinsi = shipped("contoh-provinsi-rb-2023-provinsi.csv")
    /// Kabupaten example: WDP, Nilai SAKIP 62, Maturitas SPIP 2, Indeks RB 64,24.
    static let kabupaten = shipped("contoh-kabupaten-rb-2023-kabkota.csv")

    static let header = "unit,lke,layanan_inti,tlhp,lhkpn,lhkasn,tahun_zi,sakip_internal,afirmasi,wbk_sejak"

    static func run(_ lines: [String], format: String = "json") throws
        -> (CommandLineTests.Outcome, String)
    {
        let folder = try CoordinatorCommandTests.folder([
            ("usulan.csv", ([header] + lines).joined(separator: "\n") + "\n")
        ])
        let file = folder + "/usulan.csv"
        return (CoordinatorCommandTests.run(["usulan", file, "--format", format]), file)
    }

    static func outcomes(_ outcome: CommandLineTests.Outcome) throws -> [String: String] {
        let json = try CoordinatorCommandTests.json(outcome.stdout)
        let units = try #require(json["units"] as? [[String: Any]])
        return Dictionary(uniqueKeysWithValues: units.compactMap {
            guard let unit = $0["unit"] as? String, let outcome = $0["outcome"] as? String
            else { return nil }
            return (unit, outcome)
        })
    }

    @Test func wbkAndWbbmWhenEveryPrerequisiteHolds() throws {
        let (outcome, _) = try Self.run([
            "#instansi,Provinsi Uji", "#tahun,2024", "#rb,\(Self.provinsi)",
            // Not yet Menuju WBK → checked for WBK: Indeks RB 108,02 > 50, SAKIP 85 > 60.
            "Dinas A,\(Self.best),ya,100%,100,100,1,B,,",
            // Menuju WBK since 2023 → checked for WBBM: SAKIP 85 > 70, internal BB ≥ BB.
            "Dinas B,\(Self.best),ya,100,100,100,1,BB,,2023",
        ])
        #expect(outcome.code == .success, "\(outcome.stderr)")
        #expect(try Self.outcomes(outcome) == ["Dinas A": "wbk", "Dinas B": "wbbm"])
    }

    @Test func afirmasiWhenOnlyTheInstansiMissesAPrerequisite() throws {
        let (outcome, _) = try Self.run([
            "#instansi,Kabupaten Uji", "#tahun,2024", "#rb,\(Self.kabupaten)",
            // The instansi has WDP (not WTP) and Maturitas SPIP 2 (< 3): only an afirmasi unit
            // (RSUD) may be proposed; Dinas D may not.
            "RSUD,\(Self.best),ya,100,100,100,1,B,rsud,",
            "Dinas D,\(Self.best),ya,100,100,100,1,B,,",
        ])
        #expect(outcome.code == .success, "\(outcome.stderr)")
        #expect(try Self.outcomes(outcome) == ["RSUD": "afirmasi", "Dinas D": "none"])
    }

    @Test func notWhenAUnitPrerequisiteOrTheLKEFails() throws {
        let (outcome, _) = try Self.run([
            "#instansi,Provinsi Uji", "#tahun,2024", "#rb,\(Self.provinsi)",
            // TLHP 92,5% < 100%.
            "Dinas E,\(Self.best),ya,\"92,5\",100,100,1,B,,",
            // The Diskominfo example (77,65) misses WBK.3 and WBK.5 of Tabel 6.
            "Dinas F,\(Self.shipped("contoh-diskominfo-zi-2026.csv")),ya,100,100,100,2,B,,",
        ], format: "text")
        #expect(outcome.code == .success, "\(outcome.stderr)")
        #expect(outcome.stdout.contains("Dinas E\n-------\nBELUM DAPAT DIUSULKAN menuju WBK"))
        #expect(outcome.stdout.contains("Syarat Tabel 6 yang belum terpenuhi: WBK.3, WBK.5"))
    }

    @Test func figuresGivenWithoutAWorksheetAreUsed() throws {
        let (outcome, _) = try Self.run([
            "#instansi,Kementerian Uji", "#jenis,kl", "#opini_bpk,WTP", "#nilai_sakip,\"70,5\"",
            // K/L: WBK needs Indeks RB > 60; 60 is not above it.
            "#indeks_rb,60", "#maturitas_spip,3",
            "Direktorat G,\(Self.best),ya,100,100,100,1,B,,",
        ])
        #expect(try Self.outcomes(outcome) == ["Direktorat G": "none"])
    }

    /// Each broken line, and the error expected at it: the column counts the characters
    /// before the cell plus one ("Dinas,LKE,ya," is 13 characters, so tlhp is column 14).
    @Test(arguments: [
        (["#jenis,kl", "Dinas,LKE,ya,100,100,100,1,B,rsud,"], 3, 30,
            "afirmasi berlaku untuk unit pemerintah daerah; '#jenis' adalah 'kl'"),
        (["#jenis,pemda", "#tahun,2024", "Dinas,LKE,ya,100,100,100,1,B,,2025"], 4, 31,
            "wbk_sejak 2025 sesudah tahun usulan (2024)"),
        (["#jenis,pemda", "#tahun,2024", "Dinas,LKE,ya,100,100,100,3,BB,,2023"], 4, 26,
            "tahun_zi 3 lebih dari 1 tahun sejak Menuju WBK (2023)"),
        (["#jenis,pemda", "#indeks,70", "Dinas,LKE,ya,100,100,100,1,B,,"], 3, 1,
            "kunci '#indeks' tidak dikenal"),
        (["#jenis,pemda", "Dinas,LKE,ya,100,100,100,1,Baik,,"], 3, 28,
            "sakip_internal 'Baik' bukan predikat SAKIP"),
        (["#jenis,pemda", "Dinas,LKE,ya,101,100,100,1,B,,"], 3, 14, "'101' di luar 0..100"),
    ])
    func inconsistentInputIsRefusedAtItsCell(
        lines: [String], line: Int, column: Int, message: String
    ) throws {
        let (outcome, file) = try Self.run(lines, format: "text")
        #expect(outcome.code == .dataError)
        #expect(outcome.stdout.isEmpty)
        #expect(
            outcome.stderr.contains("\(file):\(line):\(column): error: \(message)"),
            "\(outcome.stderr)")
    }

    @Test func aFigureThatDisagreesWithTheWorksheetIsRefused() throws {
        let (outcome, file) = try Self.run([
            "#rb,\(Self.kabupaten)", "#indeks_rb,\"64,00\"", "Dinas,\(Self.best),ya,100,100,100,1,B,,",
        ], format: "text")
        #expect(outcome.code == .dataError)
        #expect(outcome.stderr.contains(
            "\(file):3:12: error: '#indeks_rb' (64,00) berbeda dari nilai di lembar kerja (64,24)"))
        let english = CoordinatorCommandTests.run(["usulan", file, "--format", "text", "--lang", "en"])
        #expect(english.stderr.contains(
            "\(file):3:12: error: '#indeks_rb' (64,00) differs from the worksheet's (64,24)"))
    }

    @Test func aMissingWorksheetIsAnErrorAtItsCell() throws {
        let (outcome, file) = try Self.run(["#jenis,pemda", "Dinas,tidak-ada.csv,ya,100,100,100,1,B,,"])
        #expect(outcome.code == .noInput)
        #expect(outcome.stderr.contains("\(file):3:7: error: tidak dapat membaca 'tidak-ada.csv'"))
    }

    @Test func theShippedExampleRuns() throws {
        let example = Self.root.appendingPathComponent("docs/examples/contoh-usulan-provinsi.csv").path
        let outcome = CoordinatorCommandTests.run(["usulan", example, "--format", "json"])
        #expect(outcome.code == .success, "\(outcome.stderr)")
        #expect(try Self.outcomes(outcome) == [
            "Dinas Komunikasi dan Informatika": "none",
            "Badan Pendapatan Daerah (Samsat)": "wbbm", "Biro Umum": "none",
        ])
    }
}

/// `usulan` refuses worksheets of the wrong instrument at their cells.
@Suite(.temporaryFolders) struct UsulanWorksheetTests {
    @Test func anLKEThatIsNotAZIWorksheetIsRefusedAtItsCell() throws {
        let (outcome, file) = try UsulanCommandTests.run([
            "#jenis,pemda", "Dinas,\(UsulanCommandTests.kabupaten),ya,100,100,100,1,B,,",
        ])
        #expect(outcome.code == .dataError)
        #expect(outcome.stderr.contains(
            "\(file):3:7: error: '\(UsulanCommandTests.kabupaten)' adalah lembar kerja 'rb-2023-kabkota', bukan zi-2021"))
    }

    @Test func anRBWorksheetThatIsNotAnIndexIsRefusedAtItsCell() throws {
        let (outcome, file) = try UsulanCommandTests.run([
            "#rb,\(UsulanCommandTests.best)", "Dinas,\(UsulanCommandTests.best),ya,100,100,100,1,B,,",
        ])
        #expect(outcome.code == .dataError)
        #expect(outcome.stderr.contains("\(file):2:5: error: '\(UsulanCommandTests.best)' adalah lembar kerja 'zi-2021', bukan instrumen Indeks RB"))
    }

    @Test func theReportIsInEnglishWithLangEn() throws {
        let folder = try CoordinatorCommandTests.folder([
            ("u.csv", UsulanCommandTests.header + "\n#jenis,kl\n#opini_bpk,WTP\n#nilai_sakip,75\n"
                + "#indeks_rb,75\n#maturitas_spip,3\nDit,\(UsulanCommandTests.best),ya,100,100,100,1,BB,,2020\n")
        ])
        let outcome = CoordinatorCommandTests.run(["usulan", folder + "/u.csv", "--lang", "en"])
        // Holds Menuju WBK → WBBM: SAKIP 75 > 70, Indeks RB 75 > 70 (K/L), internal BB.
        #expect(outcome.stdout.contains("Dit\n---\nMAY BE PROPOSED for Menuju WBBM\n"))
    }
}
