import PMPRBPlatform

/// Renders the `LKE` sheet as SpreadsheetML (ECMA-376 Part 1, 18.3 `worksheet`), its elements
/// in the order the schema requires.
struct SheetXML {
    let builder: SheetBuilder
    var layout: SheetLayout { builder.layout }

    func rendered() -> String {
        var xml = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        xml += #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" "#
            + #"xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#
        xml += #"<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>"#
        xml += "<dimension ref=\"A1:J\(layout.lastRow)\"/>"
        let top = layout.headerRow + 1
        xml += #"<sheetViews><sheetView workbookViewId="0">"#
            + "<pane ySplit=\"\(layout.headerRow)\" topLeftCell=\"A\(top)\" "
            + #"activePane="bottomLeft" state="frozen"/>"#
            + "<selection pane=\"bottomLeft\" activeCell=\"F\(top)\" sqref=\"F\(top)\"/>"
            + "</sheetView></sheetViews>"
        xml += #"<sheetFormatPr defaultRowHeight="15"/><cols>"#
        for column in SheetLayout.Column.allCases {
            xml += "<col min=\"\(column.rawValue)\" max=\"\(column.rawValue)\" "
                + "width=\"\(column.width)\" customWidth=\"1\"/>"
        }
        xml += "</cols><sheetData>"
        for row in builder.rows.keys.sorted() {
            let cells = builder.rows[row] ?? [:]
            let lines = lineCount(cells)
            xml += lines > 1
                ? "<row r=\"\(row)\" ht=\"\(15 * lines)\" customHeight=\"1\">" : "<row r=\"\(row)\">"
            for column in cells.keys.sorted() {
                if let cell = cells[column] {
                    xml += render(cell, at: CellReference(row: row, column: column))
                }
            }
            xml += "</row>"
        }
        xml += "</sheetData>"
        // Locked cells cannot be changed; there is no password, so anyone may lift the
        // protection on purpose (Review > Unprotect Sheet).
        xml += #"<sheetProtection sheet="1" objects="1" scenarios="1" formatColumns="0" "#
            + #"formatRows="0"/>"#
        xml += "<mergeCells count=\"1\"><mergeCell ref=\"A1:J1\"/></mergeCells>"
        xml += validationsXML()
        xml += #"<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" "#
            + #"footer="0.3"/>"#
        xml += #"<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" "#
            + #"fitToHeight="0"/>"#
        xml += "<headerFooter><oddFooter>&amp;L" + XMLText.escaped(layout.instrument.id)
            + "&amp;RHalaman &amp;P dari &amp;N</oddFooter></headerFooter>"
        xml += "</worksheet>"
        return xml
    }

    /// The lines the longest wrapped text of a row takes in its column, estimated from the
    /// column width in characters, so that the row is tall enough in every program (neither
    /// Excel nor LibreOffice fits row heights to wrapped text of a file it opens).
    private func lineCount(_ cells: [Int: SheetCell]) -> Int {
        var lines = 1
        for (column, cell) in cells {
            guard case .text(let text) = cell.content, column > 1,
                let width = SheetLayout.Column(rawValue: column)?.width,
                row(spans: column, cells: cells)
            else { continue }
            var needed = 0
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                needed += max(1, Int((Double(line.count) * 1.1 / width).rounded(.up)))
            }
            lines = max(lines, needed)
        }
        return min(lines, 24)
    }

    /// Whether a text cell wraps in its column rather than overflowing into the next one:
    /// every cell of a node row wraps; above the header, only text with a cell to its right.
    private func row(spans column: Int, cells: [Int: SheetCell]) -> Bool {
        cells.count > 6 || cells[column + 1] != nil
    }

    private func render(_ cell: SheetCell, at reference: CellReference) -> String {
        let head = "<c r=\"\(reference)\" s=\"\(cell.style.rawValue)\""
        switch cell.content {
        case .text(let text):
            if text.isEmpty { return head + "/>" }
            // Spaces at either end are kept only when the text says so.
            let edges = text.first?.isWhitespace == true || text.last?.isWhitespace == true
            return head + " t=\"inlineStr\"><is><t" + (edges ? " xml:space=\"preserve\">" : ">")
                + XMLText.escaped(text, inAttribute: false) + "</t></is></c>"
        case .number(let number):
            return head + "><v>" + SheetFormulas.number(number) + "</v></c>"
        case .formula(let formula, let cached):
            let body = "<f>" + XMLText.escaped(formula, inAttribute: false) + "</f>"
            switch cached {
            case .number(let number)?:
                return head + ">" + body + "<v>" + SheetFormulas.number(number) + "</v></c>"
            case .text(let text)?:
                return head + " t=\"str\">" + body + "<v>" + XMLText.escaped(text, inAttribute: false)
                    + "</v></c>"
            case nil:
                return head + ">" + body + "</c>"
            }
        }
    }

    private func validationsXML() -> String {
        guard !builder.validations.isEmpty else { return "" }
        var xml = "<dataValidations count=\"\(builder.validations.count)\">"
        for validation in builder.validations {
            let cells = validation.cells.joined(separator: " ")
            let common = "allowBlank=\"1\" showInputMessage=\"1\" showErrorMessage=\"1\" "
                + "errorTitle=\"Jawaban tidak sah\" sqref=\"\(cells)\""
            switch validation.rule {
            case .list(let options):
                let list = options.joined(separator: ",")
                    .replacingOccurrences(ofASCII: "\"", with: "\"\"")
                let message = "Pilih salah satu: " + options.joined(separator: "/")
                xml += "<dataValidation type=\"list\" \(common) error=\""
                    + XMLText.escaped(message) + "\"><formula1>"
                    + XMLText.escaped("\"" + list + "\"", inAttribute: false)
                    + "</formula1></dataValidation>"
            case .decimal(let minimum, let maximum):
                let message = "Isi angka dari \(SheetFormulas.number(minimum)) sampai "
                    + "\(SheetFormulas.number(maximum))"
                xml += "<dataValidation type=\"decimal\" operator=\"between\" \(common) error=\""
                    + XMLText.escaped(message) + "\"><formula1>\(SheetFormulas.number(minimum))"
                    + "</formula1><formula2>\(SheetFormulas.number(maximum))</formula2>"
                    + "</dataValidation>"
            case .decimalOrMark(let minimum, let maximum, let cell):
                let low = SheetFormulas.number(minimum), high = SheetFormulas.number(maximum)
                let message = "Isi angka dari \(low) sampai \(high), atau \(NotApplicable.label)"
                let formula = "OR(UPPER(TRIM(\(cell)))=\"\(NotApplicable.label)\","
                    + "AND(ISNUMBER(\(cell)),\(cell)>=\(low),\(cell)<=\(high)))"
                xml += "<dataValidation type=\"custom\" \(common) error=\""
                    + XMLText.escaped(message) + "\"><formula1>"
                    + XMLText.escaped(formula, inAttribute: false) + "</formula1></dataValidation>"
            case .whole(let minimum, let maximum?):
                xml += "<dataValidation type=\"whole\" operator=\"between\" \(common) "
                    + "error=\"Isi bilangan bulat dari \(minimum) sampai \(maximum)\">"
                    + "<formula1>\(minimum)</formula1><formula2>\(maximum)</formula2>"
                    + "</dataValidation>"
            case .whole(let minimum, nil):
                xml += "<dataValidation type=\"whole\" operator=\"greaterThanOrEqual\" \(common) "
                    + "error=\"Isi bilangan bulat \(minimum) atau lebih\">"
                    + "<formula1>\(minimum)</formula1></dataValidation>"
            }
        }
        return xml + "</dataValidations>"
    }
}
