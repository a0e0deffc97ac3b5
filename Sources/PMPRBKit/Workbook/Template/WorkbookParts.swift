/// The fixed parts of a workbook package (ECMA-376 Part 2, Open Packaging Conventions): the
/// content types, the relationships, the workbook with its defined names and the styles.
enum WorkbookParts {
    static let declaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipNamespace =
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    static let contentTypes = declaration
        + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
        + #"<Default Extension="rels" "#
        + #"ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
        + #"<Default Extension="xml" ContentType="application/xml"/>"#
        + #"<Override PartName="/xl/workbook.xml" ContentType="application/"#
        + #"vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#
        + #"<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/"#
        + #"vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#
        + #"<Override PartName="/xl/styles.xml" ContentType="application/"#
        + #"vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>"#
        + "</Types>"

    static let rootRelationships = declaration
        + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        + #"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/"#
        + #"2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#

    static let workbookRelationships = declaration
        + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        + #"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/"#
        + #"2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>"#
        + #"<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/"#
        + #"2006/relationships/styles" Target="styles.xml"/></Relationships>"#

    /// The workbook: one sheet, its defined names, and recalculation on load.
    static func workbook(_ layout: SheetLayout) -> String {
        let sheet = SheetLayout.sheetName
        func name(_ name: String, _ row: Int, _ column: Int) -> String {
            "<definedName name=\"\(name)\">\(sheet)!"
                + CellReference(row: row, column: column).absolute + "</definedName>"
        }
        return declaration
            + "<workbook xmlns=\"\(mainNamespace)\" xmlns:r=\"\(relationshipNamespace)\">"
            + "<bookViews><workbookView/></bookViews>"
            + "<sheets><sheet name=\"\(sheet)\" sheetId=\"1\" r:id=\"rId1\"/></sheets>"
            + "<definedNames>"
            + "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">\(sheet)!$"
            + "\(layout.headerRow):$\(layout.headerRow)</definedName>"
            + name(SheetLayout.Name.instrument, layout.instrumentRow, 2)
            + name(SheetLayout.Name.category, layout.categoryRow, 3)
            + (layout.predicateCell.map { name(SheetLayout.Name.predicate, $0.row, $0.column) } ?? "")
            + name(SheetLayout.Name.year, layout.yearRow, 2)
            + name(SheetLayout.Name.total, layout.totalRow, 3)
            + name(SheetLayout.Name.unit, layout.unitRow, 2)
            + "</definedNames>"
            + #"<calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>"#
    }

    /// The cell formats, one per ``SheetCell/Style`` in the same order.
    static let styles: String = {
        // Fonts: 0 regular, 1 bold, 2 bold and larger. Fills: 0 and 1 are required; 2 grey for
        // the header, 3 pale yellow for cells to fill. Number formats: 2 is `0.00`, 10 `0.00%`.
        func xf(
            font: Int = 0, fill: Int = 0, border: Int = 0, format: Int = 0, wrap: Bool = false,
            locked: Bool = true
        ) -> String {
            "<xf numFmtId=\"\(format)\" fontId=\"\(font)\" fillId=\"\(fill)\" borderId=\"\(border)\" "
                + "xfId=\"0\" applyFont=\"1\" applyFill=\"1\" applyBorder=\"1\" "
                + "applyNumberFormat=\"1\" applyAlignment=\"1\" applyProtection=\"1\">"
                + "<alignment vertical=\"top\"\(wrap ? " wrapText=\"1\"" : "")/>"
                + "<protection locked=\"\(locked ? 1 : 0)\"/></xf>"
        }
        let formats: [SheetCell.Style: String] = [
            .plain: xf(),
            .header: xf(font: 1, fill: 2, border: 1, wrap: true),
            .title: xf(font: 2),
            .label: xf(font: 1),
            .heading: xf(font: 1, border: 1, wrap: true),
            .text: xf(border: 1, wrap: true),
            .input: xf(fill: 3, border: 1, wrap: true, locked: false),
            .inputNumber: xf(fill: 3, border: 1, format: 2, locked: false),
            .number: xf(border: 1, format: 2),
            .headingNumber: xf(font: 1, border: 1, format: 2),
            .percent: xf(border: 1, format: 10),
            .headingPercent: xf(font: 1, border: 1, format: 10),
        ]
        let cellFormats = SheetCell.Style.allCases.map { formats[$0] ?? xf() }.joined()
        return declaration + "<styleSheet xmlns=\"\(mainNamespace)\">"
            + "<fonts count=\"3\">"
            + #"<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>"#
            + #"<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>"#
            + #"<font><b/><sz val="14"/><name val="Calibri"/><family val="2"/></font></fonts>"#
            + #"<fills count="4"><fill><patternFill patternType="none"/></fill>"#
            + #"<fill><patternFill patternType="gray125"/></fill>"#
            + #"<fill><patternFill patternType="solid"><fgColor rgb="FFD9D9D9"/>"#
            + #"<bgColor indexed="64"/></patternFill></fill>"#
            + #"<fill><patternFill patternType="solid"><fgColor rgb="FFFFF2CC"/>"#
            + #"<bgColor indexed="64"/></patternFill></fill></fills>"#
            + #"<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>"#
            + #"<border><left style="thin"><color indexed="64"/></left><right style="thin">"#
            + #"<color indexed="64"/></right><top style="thin"><color indexed="64"/></top>"#
            + #"<bottom style="thin"><color indexed="64"/></bottom><diagonal/></border></borders>"#
            + #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>"#
            + "</cellStyleXfs><cellXfs count=\"\(SheetCell.Style.allCases.count)\">"
            + cellFormats + "</cellXfs>"
            + #"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/>"#
            + "</cellStyles></styleSheet>"
    }()
}
