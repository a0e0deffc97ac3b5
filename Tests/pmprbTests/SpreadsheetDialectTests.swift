import Foundation
import PMPRBKit
import PMPRBTestSupport
import Testing

@testable import pmprb

/// Files written for a spreadsheet open intact in LibreOffice's default import, which splits
/// at comma, semicolon and tab at once, and a filled semicolon template reads back.
@Suite(.temporaryFolders) struct SpreadsheetDialectTests {
    /// The cells of each row as a spreadsheet whose import splits at `,`, `;` and tab reads
    /// them: quotes group, `""` is one quote, CR, LF and CRLF end a row.
    static func spreadsheetImport(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var cell = ""
        var quoted = false
        var scalars = text.unicodeScalars.drop { $0 == "\u{FEFF}" }[...]
        while let scalar = scalars.popFirst() {
            if quoted {
                if scalar == "\"" {
                    if scalars.first == "\"" {
                        cell.unicodeScalars.append(scalars.removeFirst())
                    } else {
                        quoted = false
                    }
                } else {
                    cell.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"": quoted = true
            case ",", ";", "\t":
                row.append(cell)
                cell = ""
            case "\r", "\n":
                if scalar == "\r", scalars.first == "\n" { scalars.removeFirst() }
                row.append(cell)
                rows.append(row)
                row = []
                cell = ""
            default: cell.unicodeScalars.append(scalar)
            }
        }
        if !cell.isEmpty || !row.isEmpty { rows.append(row + [cell]) }
        return rows
    }

    /// The cells as the file's own delimiter splits them.
    static func cells(_ text: String, delimiter: CSVDelimiter) throws -> [[String]] {
        let table = try CSVReader(delimiter: delimiter, requiredColumns: [])
            .read(Data(text.utf8))
        return [table.header.fields.map(\.value)] + table.rows.map { $0.fields.map(\.value) }
    }

    @Test(arguments: ["zi-2021", "rb-2014", "rb-2020"])
    func aSemicolonTemplateOpensIntactAndReadsBackFilled(id: String) throws {
        let outcome = OutputSafetyTests.run(["template", id, "--delimiter", "semicolon"])
        #expect(outcome.code == .success)
        let imported = Self.spreadsheetImport(outcome.stdout)
        #expect(imported == (try Self.cells(outcome.stdout, delimiter: .semicolon)))
        // Filled in the spreadsheet (every answer left blank but the unit) and saved again
        // with semicolons, as the spreadsheet saves: a valid worksheet.
        let writer = CSVWriter(delimiter: .semicolon, lineEnding: "\r\n")
        let saved = imported.map { row in
            guard row.first == "#unit" else { return writer.row(row) }
            return writer.row(Array(row.prefix(4)) + ["Dinas Uji"] + row.dropFirst(5))
        }.joined()
        let path = try CommandLineTests.temporaryFile("isi.csv", contents: saved)
        let validated = OutputSafetyTests.run(["validate", path])
        #expect(validated.code == .success, "\(validated.stdout)")
        #expect(!validated.stdout.contains("bobot"))
    }

    @Test(arguments: [
        ["score", CommandLineTests.example, "--format", "csv", "--excel-id"],
        ["gaps", CommandLineTests.example, "--excel-id"],
        ["diff", CommandLineTests.example, CoordinatorCommandTests.best, "-f", "csv", "--excel-id"],
    ])
    func excelOutputsOpenIntact(arguments: [String]) throws {
        let outcome = OutputSafetyTests.run(arguments)
        #expect(outcome.code == .success)
        #expect(outcome.stdout.contains(",") )
        #expect(
            Self.spreadsheetImport(outcome.stdout)
                == (try Self.cells(outcome.stdout, delimiter: .semicolon)))
    }
}
