/// Why an XML part of a workbook could not be read.
public enum XMLError: Error, Hashable, Sendable {
    /// Not well-formed at a byte offset.
    case malformed(offset: Int)
    /// Elements nested deeper than the limit.
    case tooDeep(limit: Int)
    /// A document type declaration, which SpreadsheetML never uses and entity expansion abuses.
    case doctype
    /// The document ended inside an element.
    case unexpectedEnd
}
