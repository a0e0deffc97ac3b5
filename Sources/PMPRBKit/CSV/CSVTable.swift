/// A parsed CSV file: its header, its data rows and facts about how it was read.
///
/// Every row in ``rows`` has exactly as many fields as ``header``: ``CSVReader`` pads short rows
/// with empty fields and drops empty trailing fields, and blank records are left out.
public struct CSVTable: Sendable {
    /// The header row, without empty trailing fields.
    public var header: CSVRow
    /// The header's names normalised for lookup: trimmed, lowercased, and each run of inner
    /// whitespace replaced by `_` (`" Nilai  Akhir "` becomes `nilai_akhir`).
    public var columnNames: [String]
    /// The data rows in file order, blank records removed.
    public var rows: [CSVRow]
    /// The delimiter the file was read with, given or detected.
    public var delimiter: CSVDelimiter
    /// The encoding the file was read in.
    public var encoding: TextEncoding
    /// Warnings about the file that did not stop it from being read.
    ///
    /// For example, a fallback to Windows-1252. They name no file; add one with
    /// ``Diagnostic/inFile(_:)``.
    public var warnings: [Diagnostic]
    /// The decoded text, for ``sourceLine(_:)``.
    let source: CSVSourceText
    /// For a table read from an `.xlsx` workbook, what the audit of its cached results needs.
    var workbook: WorkbookSnapshot? = nil

    /// Returns the index of a column, or `nil` when the header has no such column.
    ///
    /// - Parameter name: A column name; it is normalised as ``columnNames`` are, so `"Kode"` and
    ///   `" kode "` both find `kode`.
    /// - Returns: The 0-based index of the first column with that name.
    public func columnIndex(_ name: String) -> Int? {
        // A name already in normal form, as the library's own lookups are, finds its column
        // without being normalised again.
        if let index = columnNames.firstIndex(of: name), !name.isEmpty { return index }
        let normalised = CSVText.normalisedColumnName(name)
        guard !normalised.isEmpty else { return nil }
        return columnNames.firstIndex(of: normalised)
    }

    /// Where the header row is, for a message about the whole worksheet: its line, or for a
    /// table read from a workbook its first cell (`LKE!A35`).
    public var headerPosition: SourcePosition {
        guard workbook != nil, let first = header.fields.first else {
            return SourcePosition(line: header.line)
        }
        return first.position
    }

    /// Returns the text of a physical line, without its line ending, to draw a caret under a
    /// column in a ``Diagnostic``.
    ///
    /// - Parameter line: A 1-based physical line number, such as ``SourcePosition/line``.
    /// - Returns: The line's text, or `nil` when the file has no such line.
    public func sourceLine(_ line: Int) -> String? {
        source.line(line)
    }

    /// A row's field under a named column; an empty field at the row's line when the table
    /// has no such column (``CSVRow/cell(_:)``).
    func cell(_ row: CSVRow, _ column: String) -> CSVField {
        row.cell(columnIndex(column))
    }
}
