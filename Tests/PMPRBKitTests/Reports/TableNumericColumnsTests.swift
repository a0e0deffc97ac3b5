import Testing

@testable import PMPRBKit

/// A table's numeric columns are kept as a sorted list without repeats, so that a report makes
/// no `Set<Int>`; listed or given as a set, they are the same columns.
@Suite struct TableNumericColumnsTests {
    @Test func listedColumnsAreTheColumnsOfTheSet() {
        let listed = ReportDocument.Table(columns: ["a", "b", "c", "d"], numeric: [3, 1, 3, 2])
        let set = ReportDocument.Table(columns: ["a", "b", "c", "d"], numeric: Set([1, 2, 3]))
        // 3, 1, 3, 2 sorted is 1, 2, 3, 3; the repeated 3 is dropped.
        #expect(listed.numericColumns == [1, 2, 3])
        #expect(listed == set)
        #expect(listed.hashValue == set.hashValue)
        #expect(listed.numeric == [1, 2, 3])
        #expect((0..<4).map(listed.isNumeric) == [false, true, true, true])
        #expect(ReportDocument.Table(columns: ["a"]).numericColumns.isEmpty)
    }

    @Test func settingTheSetSortsItsColumns() {
        var table = ReportDocument.Table(columns: ["a", "b", "c"], numeric: [0])
        table.numeric = [2, 1]
        #expect(table.numericColumns == [1, 2])
        #expect(table == ReportDocument.Table(columns: ["a", "b", "c"], numeric: [1, 2]))
        #expect(!table.isNumeric(0))
    }
}
