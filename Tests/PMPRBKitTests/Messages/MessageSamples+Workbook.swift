@testable import PMPRBKit

extension MessageSamples {
    static let workbook: [WorkbookMessage] =
        [
            .noWorksheetHeader,
            .headerRow,
            .compoundFile,
            .saveWithoutPassword,
            .macros,
            .saveWithoutMacros,
            .openDocument,
            .saveOpenDocumentAs,
            .notAWorkbook,
            .workbookOrCSV,
            .saveAgainOrCSV,
            .saveAgain,
            .unreadable("Error 5"),
            .cachedDiffers(.column("nilai"), cached: "3", code: "A.1", computed: "2.50"),
            .cachedDiffers(.column("%"), cached: "40", code: "A.1", computed: "25.00"),
            .cachedDiffers(.total, cached: "70", code: nil, computed: "65.25"),
            .cachedDiffers(.category, cached: "BB", code: nil, computed: "'B'"),
            .cachedDiffers(.category, cached: "BB", code: nil, computed: nil),
            .cachedDiffers(.verdict("K.1"), cached: "", code: nil, computed: "'Terpenuhi'"),
            .cachedDiffers(.indexPart("RB Tematik"), cached: "12", code: nil, computed: "12.50"),
            .recalculate,
            .formulaDiffers(column: "nilai", code: "A.1"),
            .expectedFormula("IF(E5=\"Ya\",1,0)", found: "1"),
            .expectedFormula("IF(E5=\"Ya\",1,0)", found: nil),
        ]
        + zip.map(WorkbookMessage.zip)
        + xml.map { .xml(part: "xl/worksheets/sheet1.xml", $0) }
        + sheet.map { .sheet(part: "xl/worksheets/sheet1.xml", $0) }

    static let zip: [ZIPError] =
        [
            .notAnArchive, .damaged, .zip64, .tooManyEntries(70000), .encrypted("xl/workbook.xml"),
            .unsupportedMethod("xl/workbook.xml", 12), .tooLarge("xl/sharedStrings.xml", limit: 1000),
            .compressionRatio("xl/worksheets/sheet1.xml"), .checksum("xl/styles.xml"),
        ] + inflate.map { .inflate("xl/worksheets/sheet1.xml", $0) }

    static let inflate: [InflateError] = [
        .truncated, .reservedBlockType, .storedLengthMismatch, .invalidCode, .invalidSymbol,
        .distanceTooFar, .outputLimit(1000),
    ]

    static let xml: [XMLError] = [.malformed(offset: 120), .tooDeep(limit: 64), .doctype, .unexpectedEnd]

    static let sheet: [SheetCellsError] = [
        .badReference("A0"), .badSharedString(CellReference(row: 2, column: 3)),
        .tooManyCells(1000), .missingPart, .unexpected("Error 5"),
    ]
}
