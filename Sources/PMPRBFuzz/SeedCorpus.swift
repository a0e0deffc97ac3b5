import Foundation
import PMPRBKit

/// The hand-made starting inputs of the fuzzer and its dictionary of tokens.
///
/// The seeds cover what the reader and the worksheet checks distinguish: the blank template in
/// each delimiter, a filled worksheet in every encoding the reader supports, worksheets with
/// each kind of semantic error, and small broken CSV files. `docs/fuzzing.md` adds the shipped
/// worksheets under `worksheets/`.
enum SeedCorpus {
    /// The seeds, each with a file name.
    static func seeds() -> [(name: String, data: Data)] {
        let instrument = FuzzTarget.instrument
        var seeds: [(name: String, data: Data)] = []
        for delimiter in CSVDelimiter.allCases {
            let template = WorksheetTemplate(
                instrument: instrument, unit: "Unit Contoh", year: 2026, delimiter: delimiter)
            seeds.append(("template-\(name(of: delimiter)).csv", Data(template.rendered().utf8)))
        }
        let filled = filledRows(instrument, unit: "Dinas Pendidikan Kabupatén Contoh")
        seeds.append(("filled-utf8.csv", Data(text(filled, .comma, "\n").utf8)))
        seeds.append(("filled-semicolon-crlf.csv", Data(text(filled, .semicolon, "\r\n").utf8)))
        seeds.append(("filled-cr.csv", Data(text(filled, .comma, "\r").utf8)))
        seeds.append(
            (
                "filled-utf8-bom.csv",
                Data([0xEF, 0xBB, 0xBF]) + Data(text(filled, .comma, "\n").utf8)
            ))
        seeds.append(("filled-utf16le.txt", utf16(text(filled, .tab, "\r\n"), bigEndian: false)))
        seeds.append(("filled-utf16be.txt", utf16(text(filled, .tab, "\r\n"), bigEndian: true)))
        if let windows = text(filled, .semicolon, "\r\n").data(using: .windowsCP1252) {
            seeds.append(("filled-windows1252.csv", windows))
        }
        for (name, edit) in semanticErrors {
            var rows = filled
            edit(&rows)
            seeds.append(("error-\(name).csv", Data(text(rows, .comma, "\n").utf8)))
        }
        for (index, broken) in brokenCSV.enumerated() {
            seeds.append(("broken-\(index + 1).csv", Data(broken.utf8)))
        }
        seeds.append(("binary.csv", Data([0x6B, 0x6F, 0x00, 0x64, 0x65])))
        return seeds + coordinatorSeeds(filled)
    }

    /// Inputs of two or three worksheets joined by ``CoordinatorTarget/separator`` lines, for
    /// `PMPRB_FUZZ_TARGET=coordinator`: two units, one unit twice, a unit beside a worksheet of
    /// another instrument, and a unit beside a broken file.
    static func coordinatorSeeds(_ filled: [[String]]) -> [(name: String, data: Data)] {
        var other = filled
        other[2][4] = "Dinas Kesehatan"
        other[5][4] = "Tidak"
        var foreign = filled
        foreign[1][4] = "rb-2014"
        let separator = String(decoding: CoordinatorTarget.separator, as: UTF8.self)
        let join = { (parts: [String]) in Data(parts.joined(separator: separator).utf8) }
        let first = text(filled, .comma, "\n")
        return [
            ("coordinator-two-units.csv", join([first, text(other, .semicolon, "\r\n")])),
            ("coordinator-same-unit.csv", join([first, first])),
            (
                "coordinator-three.csv",
                join([first, text(other, .comma, "\n"), text(foreign, .comma, "\n")])
            ),
            ("coordinator-broken.csv", join([first, brokenCSV[3]])),
        ]
    }

    /// Tokens that the fuzzer splices into inputs, in libFuzzer's dictionary format.
    static func dictionary() -> String {
        let tokens =
            WorksheetColumns.required + [
                WorksheetColumns.instrumentKey, WorksheetColumns.unitKey, WorksheetColumns.yearKey,
                "zi-2021", "Ya", "Tidak", "A", "B", "C", "D", "E", "a.", "B)", "3,25", "4.00",
                "1.234,5", "75%", "-0", "2026", "\r\n", "\"\"", ",,", ";;",
                "A.I.1.i.a", "A.I.1.i", "A.II.1.i.a", "A.II.1.i.a.1", "A.II.1.i.a.2",
                "A.II.3.iii.a.1", "A.II.3.iii.a.2", "A.II.5.iii.i.a.5", "B.I.a", "B.I.b", "B.II.a",
                "=====\n", "\u{200B}", "\u{00A0}", "rb-2014", "rb-2020", "Dinas Kesehatan",
            ]
        var lines = tokens.map { "\"" + escaped($0) + "\"" }
        lines += ["\"\\xEF\\xBB\\xBF\"", "\"\\xFF\\xFE\"", "\"\\xFE\\xFF\"", "\"\\x00\""]
        return lines.joined(separator: "\n") + "\n"
    }

    /// The rows (header first) of a filled worksheet: every option in turn, surveys with a
    /// decimal comma, small counts (each denominator 6, every other count 0 to 5, so that no
    /// numerator exceeds its denominator).
    static func filledRows(_ instrument: Instrument, unit: String) -> [[String]] {
        let denominators = Set(
            instrument.nodes.flatMap { $0.formula?.denominator ?? [] }
                .compactMap(\.code))
        let template = WorksheetTemplate(instrument: instrument, unit: unit, year: 2026)
        let reader = CSVReader(requiredColumns: WorksheetColumns.required)
        guard let table = try? reader.read(Data(template.rendered().utf8)),
            let kode = table.columnIndex("kode"), let jawaban = table.columnIndex("jawaban")
        else { preconditionFailure("the template of 'zi-2021' must read back") }
        var rows = [table.header.fields.map(\.value)]
        for (index, row) in table.rows.enumerated() {
            var values = row.fields.map(\.value)
            if let node = instrument.node(values[kode]), let type = instrument.answerType(of: node)
            {
                switch type.conversion {
                case .options(let options): values[jawaban] = options[index % options.count].label
                case .scale: values[jawaban] = ["3,25", "4", "0.5", "2,00"][index % 4]
                case .count:
                    values[jawaban] = denominators.contains(node.code) ? "6" : String(index % 6)
                case .percent: break
                }
            }
            rows.append(values)
        }
        return rows
    }

    /// Edits of a filled worksheet that each make one kind of semantic error.
    private static let semanticErrors: [(String, @Sendable (inout [[String]]) -> Void)] = [
        ("unknown-code", { $0.append(["A.I.1.i.z", "", "", "", "Ya", "", ""]) }),
        ("duplicate-code", { rows in rows.append(rows[rows.count - 1]) }),
        ("missing-rows", { rows in rows.removeLast(20) }),
        (
            "bad-answers",
            { rows in
                for index in rows.indices.dropFirst() where index % 9 == 0 {
                    rows[index][4] = "Mungkin"
                }
            }
        ),
        ("bad-weight", { rows in rows[5][2] = "99" }),
        ("bad-year", { rows in rows[3][4] = "20266" }),
        ("other-instrument", { rows in rows[1][4] = "rb-2014" }),
        ("heading-answered", { rows in rows[4][4] = "Ya" }),
        ("no-metadata", { rows in rows.removeSubrange(1...3) }),
        ("empty-code", { $0.append(["", "x", "", "", "Ya", "", ""]) }),
    ]

    /// Small CSV files that the reader must refuse or read in an unusual way.
    private static let brokenCSV = [
        "",
        "\n\n  \n",
        "kode,jawaban\n",
        "kode,penilaian,bobot,pilihan_jawaban,jawaban,bukti_dukung,catatan\n\"A.I.1.i.a,Ya\n",
        "kode,penilaian,bobot,pilihan_jawaban,jawaban,bukti_dukung,catatan\n\"A\"x,Ya\n",
        "kode,penilaian,bobot,pilihan_jawaban,jawaban,bukti_dukung,catatan\nA,,,,,,,,extra\n",
        "kode,kode,penilaian,bobot,pilihan_jawaban,jawaban,bukti_dukung,catatan\n",
        "kode;penilaian;bobot;pilihan_jawaban;jawaban;bukti_dukung;catatan\r#tahun;;;;2026;;\r",
        "\"kode\",\"penilaian\",\"bobot\",\"pilihan_jawaban\",\"jawaban\",\"bukti_dukung\",\"catatan\"  \n",
        "kode,penilaian,bobot,pilihan_jawaban,jawaban,bukti_dukung,catatan\nA.I.1.i.a,\"a\nb\",,,Ya,,\n",
        "\u{FEFF}\u{FEFF}kode,penilaian,bobot,pilihan_jawaban,jawaban,bukti_dukung,catatan\n",
        "kode,penilaian,bobot,pilihan_jawaban,jawaban,bukti_dukung,catatan\n#unit,,,,A,,\n#unit,,,,B,,\n",
        "kode,penilaian,bobot,pilihan_jawaban,jawaban,bukti_dukung,catatan\n"
            + "A.I.1.i.a,\"x,,,Ya,,\nA.I.1.i.b,y\",,,Ya,,\n",
        "kode,jawaban\n#tahun,2026\nA.I.1.i.a,123456789012345678901\n",
    ]

    private static func name(of delimiter: CSVDelimiter) -> String {
        switch delimiter {
        case .comma: "comma"
        case .semicolon: "semicolon"
        case .tab: "tab"
        }
    }

    private static func text(_ rows: [[String]], _ delimiter: CSVDelimiter, _ end: String) -> String
    {
        let writer = CSVWriter(delimiter: delimiter, lineEnding: end)
        return rows.map(writer.row).joined()
    }

    private static func utf16(_ text: String, bigEndian: Bool) -> Data {
        var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
        for unit in text.utf16 {
            let high = UInt8(unit >> 8)
            let low = UInt8(unit & 0xFF)
            bytes += bigEndian ? [high, low] : [low, high]
        }
        return Data(bytes)
    }

    private static func escaped(_ token: String) -> String {
        var result = ""
        for byte in token.utf8 {
            switch byte {
            case UInt8(ascii: "\""): result += "\\\""
            case UInt8(ascii: "\\"): result += "\\\\"
            case 0x20...0x7E: result.append(Character(Unicode.Scalar(byte)))
            default: result += String(format: "\\x%02X", byte)
            }
        }
        return result
    }
}
