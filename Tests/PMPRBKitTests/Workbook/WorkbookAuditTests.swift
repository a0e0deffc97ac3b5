import Foundation
import Testing

@testable import PMPRBKit

/// A filled workbook's own results, checked against the scoring: a stale cached value, an
/// edited formula and an edited weight are each reported at their cell.
@Suite struct WorkbookAuditTests {
    /// `A.I.1.i` on row 39 (weight 0,5, two items), its first item `A.I.1.i.a` on row 40
    /// (see ``WorkbookReadingTests``).
    private func edited(_ cell: String, _ element: String) throws -> Data {
        let instrument = try TestWorksheets.zi()
        let worksheet = Worksheet(instrumentID: instrument.id, answers: ["A.I.1.i.a": .option("Ya")])
        return try WorkbookPackageEditing.edited(
            WorkbookTemplate(instrument: instrument, worksheet: worksheet).data()
        ) { name, text in
            name.hasSuffix("sheet1.xml") ? WorkbookPackageEditing.replacingCell(text, cell, with: element) : text
        }
    }

    private func findings(_ data: Data, severity: Diagnostic.Severity = .warning) throws -> [Diagnostic] {
        let table = try Worksheet.table(csv: data, file: "lke.xlsx")
        return try Worksheet(
            parsing: table, file: "lke.xlsx", instrument: try TestWorksheets.zi(), auditSeverity: severity
        ).warnings
    }

    /// `A.I.1.i.a` = Ya is worth 1 x 0,5 / 2 = 0,25 points; a cached 0,5 is stale.
    @Test func staleCachedValueIsReportedAtItsCell() throws {
        let data = try edited("G40", #"<c r="G40" s="8"><f>N(H40)*C39/2</f><v>0.5</v></c>"#)
        let found = try findings(data)
        #expect(found.map(\.description) == [
            "lke.xlsx:LKE!G40: warning: cached nilai '0.5' of 'A.I.1.i.a' differs from the computed 0.25"
        ])
        #expect(try findings(data, severity: .error).map(\.severity) == [.error])
    }

    /// A cached value agrees within half a hundredth, the precision values are published with:
    /// |0,254 − 0,25| = 0,004 ≤ 0,005 passes; |0,256 − 0,25| = 0,006 > 0,005 is reported.
    @Test func cachedValueWithinHalfAHundredthAgrees() throws {
        let close = try edited("G40", #"<c r="G40" s="8"><f>N(H40)*C39/2</f><v>0.254</v></c>"#)
        #expect(try findings(close).isEmpty)
        let far = try edited("G40", #"<c r="G40" s="8"><f>N(H40)*C39/2</f><v>0.256</v></c>"#)
        #expect(try findings(far).map(\.description) == [
            "lke.xlsx:LKE!G40: warning: cached nilai '0.256' of 'A.I.1.i.a' differs from the computed 0.25"
        ])
    }

    @Test func editedFormulaIsReportedAtItsCell() throws {
        // The value happens to be right; the formula is not the template's.
        let data = try edited("G40", #"<c r="G40" s="8"><f>1/4</f><v>0.25</v></c>"#)
        let found = try findings(data)
        #expect(found.map(\.description) == [
            "lke.xlsx:LKE!G40: warning: the formula of nilai of 'A.I.1.i.a' differs from the template's"
        ])
        #expect(found.first?.notes == ["expected =N(H40)*C39/2, found =1/4"])
    }

    @Test func editedWeightIsAnErrorAtItsCell() throws {
        let data = try edited("C39", #"<c r="C39" s="9"><v>0.75</v></c>"#)
        let error = #expect(throws: DiagnosticError.self) { try findings(data) }
        #expect(error?.diagnostics.first?.description
            == "lke.xlsx:LKE!C39: error: bobot '0.75' of 'A.I.1.i' differs from the instrument's (0.50)")
    }

    @Test func formulasAsLibreOfficeWritesThemCompareEqual() {
        #expect(WorkbookAudit.normalised("=N($H$40) * C39/3") == WorkbookAudit.normalised("N(H40)*C39/3"))
        #expect(WorkbookAudit.normalised("IF(F2=\"a b\",0.833333333333333)")
            == WorkbookAudit.normalised("IF(F2=\"a b\",0.8333333333333334)"))
        #expect(WorkbookAudit.normalised("IF(F2=\"a b\",1)") != WorkbookAudit.normalised("IF(F2=\"ab\",1)"))
        #expect(WorkbookAudit.normalised("N(H40)*C39/3") != WorkbookAudit.normalised("N(H40)*C39/2"))
    }
}
