import Foundation
import Testing

@testable import PMPRBKit

/// The written workbook, checked through the library's own reader: formulas, cached values,
/// validations, protection and the package parts.
@Suite struct WorkbookTemplateTests {
    /// The small instrument's layout: a blank row after the category (7), one predicate (`OK`,
    /// row 9) with two criteria (rows 10 and 11), a blank row, the area table's heading on row
    /// 13 and its one area on row 14, a blank row, the header on row 16 and the twelve nodes on
    /// rows 17 to 28 (`A` 17 … `B.a` 28).
    @Test func layoutOfTheSmallInstrument() throws {
        let layout = SheetLayout(instrument: try SmallInstrument.instrument())
        #expect(layout.predicateRows.map(\.row) == [9])
        #expect(layout.criterionRows == [10, 11])
        #expect(layout.firstAreaRow == 14)
        #expect(layout.headerRow == 16)
        #expect(layout.row(of: "A") == 17)
        #expect(layout.row(of: "B.a") == 28)
    }

    /// Every kind of formula of the small instrument, written out by hand.
    @Test func formulasOfTheSmallInstrument() throws {
        let formulas = SheetFormulas(layout: SheetLayout(instrument: try SmallInstrument.instrument()))
        let instrument = formulas.instrument
        func offset(_ code: String) throws -> Int { try #require(instrument.index(of: code)) }
        #expect(
            formulas.itemValue(try offset("A.1.i.a"))
                == #"IF(F20="","",(IF(F20="A",1,IF(F20="B",0.67,IF(F20="C",0.33,IF(F20="D",0,""))))))"#)
        // Gated by A.1.i.a: its value times the prerequisite's.
        #expect(
            formulas.itemValue(try offset("A.1.i.b"))
                == #"IF(F21="","",(IF(F21="Ya",1,IF(F21="Tidak",0,"")))*N(H20))"#)
        // A.1.i.c.2 / A.1.i.c.1, 1 when the denominator is 0, capped to 0..1.
        #expect(
            formulas.itemValue(try offset("A.1.i.c"))
                == #"IF(OR(F24="",F23=""),"",IF((F23)=0,1,MIN(1,MAX(0,(F24)/(F23)))))"#)
        #expect(formulas.points(try offset("A.1.i.a")) == "N(H20)*C19/3")
        #expect(formulas.points(try offset("A.1.i")) == "SUM(G20,G21,G22)")
        #expect(
            formulas.points(try offset("A.1"))
                == #"IF(F18="",SUM(G19,G25),C18*MIN(1,MAX(0,F18/10)))"#)
        #expect(formulas.points(try offset("B.a")) == "N(H28)*C28")
        #expect(formulas.points(try offset("A.1.i.c.1")) == nil)
        #expect(formulas.total == "SUM(G17,G27)")
        #expect(
            formulas.category
                == #"IF(ROUND($C$6,2)>5,"T (Tinggi)",IF(ROUND($C$6,2)>=0,"R (Rendah)",""))"#)
        #expect(
            formulas.criterionVerdict(1)
                == #"IF(AND(ROUND(E14*100,2)>=50),"Memenuhi","Tidak memenuhi")"#)
    }

    /// A filled small workbook caches what the scoring computes:
    /// A.1.i.a = B (0,67); A.1.i.b = Ya gated by it: 1 x 0,67; A.1.i.c = 3/4 = 0,75;
    /// A.1.i = 4 x (0,67 + 0,67 + 0,75) / 3 = 2,786667 (each item 4/3 of its value: G20 =
    /// 0,893333); A.1.ii = 2 x 2/3 = 1,333333; A.1 = A = 4,12; B.a = 4 x 8/10 = 3,2;
    /// total 7,32 > 5: T (Tinggi); area X 4,12/6 = 68,67% >= 50%: both criteria met.
    @Test func cachedValuesOfAFilledWorkbook() throws {
        let instrument = try SmallInstrument.instrument()
        let worksheet = Worksheet(
            instrumentID: "uji",
            answers: [
                "A.1.i.a": .option("B"), "A.1.i.b": .option("Ya"), "A.1.i.c.1": .number(4),
                "A.1.i.c.2": .number(3), "A.1.ii.a": .option("WDP"), "B.a": .number(8),
            ])
        let data = WorkbookTemplate(instrument: instrument, worksheet: worksheet).data()
        let table = try Worksheet.table(csv: data, file: "uji.xlsx")
        let snapshot = try #require(table.workbook)
        func cached(_ cell: String) throws -> Double {
            let reference = try #require(CellReference(cell))
            return try #require(Double(snapshot.cachedValue(reference) ?? ""))
        }
        #expect(abs(try cached("G20") - 0.893333) < 1e-6)
        #expect(abs(try cached("G21") - 0.893333) < 1e-6)
        #expect(abs(try cached("G19") - 2.786667) < 1e-6)
        #expect(abs(try cached("G25") - 1.333333) < 1e-6)
        #expect(abs(try cached("G17") - 4.12) < 1e-9)
        #expect(abs(try cached("G28") - 3.2) < 1e-9)
        #expect(abs(try cached("C6") - 7.32) < 1e-9)
        #expect(abs(try cached("E14") - 4.12 / 6) < 1e-9)
        #expect(snapshot.cachedValue(try #require(CellReference("C7"))) == "T (Tinggi)")
        #expect(snapshot.cachedValue(try #require(CellReference("E9"))) == "Memenuhi")
        // The read-back worksheet has the same answers, and the audit finds nothing.
        let readBack = try Worksheet(parsing: table, file: "uji.xlsx", instrument: instrument)
        #expect(readBack.entries.compactMapValues(\.answer) == worksheet.entries.compactMapValues(\.answer))
        #expect(readBack.warnings.isEmpty, "\(readBack.warnings)")
    }

    /// Workbooks are written for every built-in instrument, the two-part indices included.
    @Test func everyBuiltinInstrumentHasAWorkbook() throws {
        #expect(WorkbookTestSupport.instrumentIDs == BuiltinInstruments.ids)
        #expect(WorkbookTestSupport.instrumentIDs.contains("rb-2023-kabkota"))
    }

    /// For every built-in instrument and generated answers, every cached value equals the
    /// scoring's.
    @Test(arguments: WorkbookTestSupport.instrumentIDs)
    func cachedValuesEqualTheScoring(_ id: String) throws {
        let instrument = try #require(BuiltinInstruments.instrument(id))
        for index in 1...8 {
            let worksheet = try WorkbookTestSupport.worksheet(instrument, index)
            let data = WorkbookTemplate(instrument: instrument, worksheet: worksheet).data()
            let table = try Worksheet.table(csv: data, file: "w.xlsx")
            let result = try WorkbookTestSupport.differences(
                table, instrument: instrument, worksheet: worksheet)
            #expect(result.lines.isEmpty, "\(result.lines.prefix(5))")
            #expect(result.compared > instrument.score(worksheet).items.count)
            // Read back, the workbook has the same answers and scores as its CSV twin; the
            // audit finds nothing.
            let readBack = try Worksheet(parsing: table, file: "w.xlsx", instrument: instrument)
            #expect(readBack.entries.compactMapValues(\.answer) == worksheet.entries.compactMapValues(\.answer))
            #expect(readBack.warnings.isEmpty, "\(readBack.warnings.prefix(3))")
            let twin = instrument.score(worksheet), read = instrument.score(readBack)
            #expect(read.total == twin.total && read.band == twin.band && read.items == twin.items)
        }
    }

    /// Protection, validations, recalculation on load, named cells and print setup.
    @Test(arguments: WorkbookTestSupport.instrumentIDs)
    func workbookStructure(_ id: String) throws {
        let instrument = try #require(BuiltinInstruments.instrument(id))
        let data = WorkbookTemplate(instrument: instrument, unit: "Dinas X", year: 2026).data()
        let workbook = try WorkbookPackageEditing.part(data, "xl/workbook.xml")
        #expect(workbook.contains(#"fullCalcOnLoad="1""#))
        for name in ["Instrumen", "Unit", "Tahun", "Total", "Kategori", "_xlnm.Print_Titles"] {
            #expect(workbook.contains("<definedName name=\"\(name)\""), "\(name)")
        }
        let sheet = try XMLElement.parse(
            Array(try WorkbookPackageEditing.part(data, "xl/worksheets/sheet1.xml").utf8),
            limits: WorkbookLimits())
        let protection = try #require(sheet.child("sheetProtection"))
        #expect(protection.attributes["sheet"] == "1")
        #expect(protection.attributes["password"] == nil)
        #expect(sheet.child("pageSetup")?.attributes["paperSize"] == "9")
        #expect(sheet.child("sheetViews")?.child("sheetView")?.child("pane")?.attributes["state"] == "frozen")
        let layout = SheetLayout(instrument: instrument)
        let validations = sheet.child("dataValidations")?.children("dataValidation") ?? []
        var ruleOfCell: [String: XMLElement] = [:]
        for validation in validations {
            for cell in (validation.attributes["sqref"] ?? "").split(separator: " ") {
                ruleOfCell[String(cell)] = validation
            }
        }
        let styles = try XMLElement.parse(
            Array(try WorkbookPackageEditing.part(data, "xl/styles.xml").utf8), limits: WorkbookLimits())
        let formats = styles.child("cellXfs")?.children("xf") ?? []
        let cells = try SheetCells(
            name: "LKE", xml: Array(try WorkbookPackageEditing.part(data, "xl/worksheets/sheet1.xml").utf8),
            sharedStrings: [], limits: WorkbookLimits())
        let rows = Dictionary(grouping: sheet.child("sheetData")?.children("row") ?? []) { $0.attributes["r"] ?? "" }
        func isLocked(_ reference: String) -> Bool {
            let row = rows[String(reference.drop { $0.isLetter })]?.first
            let cell = row?.children("c").first { $0.attributes["r"] == reference }
            let style = Int(cell?.attributes["s"] ?? "0") ?? 0
            return formats[style].child("protection")?.attributes["locked"] != "0"
        }
        for (offset, node) in instrument.nodes.enumerated() {
            let row = layout.row(ofNode: offset)
            let type = instrument.answerType(of: node) ?? instrument.directType(of: node)
            // A line that may be marked `TB` takes it besides its answers.
            let mark = node.allowsNotApplicable ? ["TB"] : []
            switch type?.conversion {
            case .options(let options)?:
                let rule = try #require(ruleOfCell["F\(row)"], "\(node.code)")
                #expect(rule.attributes["type"] == "list")
                #expect(rule.child("formula1")?.text == "\"" + (options.map(\.label) + mark).joined(separator: ",") + "\"")
                #expect(!isLocked("F\(row)"))
            case .scale(let minimum, let maximum)? where !mark.isEmpty:
                // A custom rule: the mark, or a number in the range.
                let rule = try #require(ruleOfCell["F\(row)"], "\(node.code)")
                #expect(rule.attributes["type"] == "custom")
                let low = SheetFormulas.number(minimum), high = SheetFormulas.number(maximum)
                #expect(rule.child("formula1")?.text == "OR(UPPER(TRIM(F\(row)))=\"TB\","
                    + "AND(ISNUMBER(F\(row)),F\(row)>=\(low),F\(row)<=\(high)))")
                #expect(formats[Int(rowsStyle(rows, "F\(row)")) ?? 0].attributes["numFmtId"] == "2")
            case .scale(let minimum, let maximum)?:
                let rule = try #require(ruleOfCell["F\(row)"], "\(node.code)")
                #expect(rule.attributes["type"] == "decimal")
                #expect(Double(rule.child("formula1")?.text ?? "") == minimum)
                #expect(Double(rule.child("formula2")?.text ?? "") == maximum)
                #expect(formats[Int(rowsStyle(rows, "F\(row)")) ?? 0].attributes["numFmtId"] == "2")
            case .count?:
                #expect(ruleOfCell["F\(row)"]?.attributes["type"] == "whole")
            case .percent?, nil:
                #expect(ruleOfCell["F\(row)"] == nil)
                #expect(isLocked("F\(row)"))
            }
            #expect(isLocked("A\(row)") && isLocked("C\(row)") && isLocked("G\(row)"))
            #expect(!isLocked("I\(row)") && !isLocked("J\(row)"))
            if node.kind != .masukan {
                #expect(cells.cell(CellReference(row: row, column: 7))?.formula != nil, "\(node.code)")
            }
        }
        #expect(!isLocked("B3") && !isLocked("B4") && isLocked("C6"))
    }

    private func rowsStyle(_ rows: [String: [XMLElement]], _ reference: String) -> String {
        let row = rows[String(reference.drop { $0.isLetter })]?.first
        return row?.children("c").first { $0.attributes["r"] == reference }?.attributes["s"] ?? "0"
    }

    /// The same instrument and answers give the same bytes.
    @Test func outputIsDeterministic() throws {
        let instrument = try TestWorksheets.zi()
        #expect(WorkbookTemplate(instrument: instrument).data() == WorkbookTemplate(instrument: instrument).data())
    }
}
