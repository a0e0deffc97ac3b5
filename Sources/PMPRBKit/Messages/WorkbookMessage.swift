/// The messages of the workbook layer: refused files, unreadable parts and the audit of cached
/// values and formulas.
///
/// Each case carries its values; the catalogue (`pesan.tsv`) holds its text in Indonesian and
/// English. Part names, cell values and formulas are the file's own and are never translated.
public enum WorkbookMessage: Hashable, Sendable {
    /// What the audit compares: a column of an item's row, the total, the category or the
    /// verdict of a criterion.
    public enum Audited: Hashable, Sendable {
        /// A column of the item's row, by its name as written in the header (`nilai`, `%`).
        case column(String)
        /// The total of the result block.
        case total
        /// The category (predikat) of the result block.
        case category
        /// The verdict of a criterion, by its code.
        case verdict(String)
        /// A part of a two-part index in the result block, by its label.
        case indexPart(String)
    }

    /// A workbook none of whose sheets has the worksheet header.
    case noWorksheetHeader
    /// Note: what the header row holds.
    case headerRow
    /// An `.xls` or a password-protected workbook (an OLE compound file).
    case compoundFile
    /// Note: save as `.xlsx` without a password or as CSV.
    case saveWithoutPassword
    /// A workbook with macros.
    case macros
    /// Note: save as `.xlsx`, which keeps no macros.
    case saveWithoutMacros
    /// An OpenDocument spreadsheet.
    case openDocument
    /// Note: how LibreOffice saves as `.xlsx` or CSV.
    case saveOpenDocumentAs
    /// A ZIP archive that is not an Excel workbook.
    case notAWorkbook
    /// Note: what a worksheet is.
    case workbookOrCSV
    /// A workbook whose ZIP container cannot be read.
    case zip(ZIPError)
    /// Note: save the workbook again or as CSV.
    case saveAgainOrCSV
    /// A part of the workbook whose XML cannot be read.
    case xml(part: String, XMLError)
    /// Note: save the workbook again.
    case saveAgain
    /// A sheet or the shared strings whose cells cannot be read.
    case sheet(part: String, SheetCellsError)
    /// A workbook that cannot be read for another reason, as the system describes it.
    case unreadable(String)
    /// A cached value that differs from the value computed from the answers; the computed value
    /// as shown (a number, or a quoted text), `nil` when empty.
    case cachedDiffers(Audited, cached: String, code: String?, computed: String?)
    /// Note: why a cached value differs and how to recalculate.
    case recalculate
    /// A formula of a column of an item's row that differs from the template's.
    case formulaDiffers(column: String, code: String)
    /// Note: the template's formula and the one found, if any.
    case expectedFormula(String, found: String?)
}
