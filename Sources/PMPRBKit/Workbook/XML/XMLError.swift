/// Why an XML part of a workbook could not be read.
enum XMLError: Error, Hashable, Sendable {
    /// Not well-formed at a byte offset.
    case malformed(offset: Int)
    /// Elements nested deeper than the limit.
    case tooDeep(limit: Int)
    /// A document type declaration, which SpreadsheetML never uses and entity expansion abuses.
    case doctype
    /// The document ended inside an element.
    case unexpectedEnd

    /// The reason, for a diagnostic.
    var reason: String {
        switch self {
        case .malformed(let offset): "its XML is not well-formed at byte \(offset)"
        case .tooDeep(let limit): "its XML nests deeper than \(limit) elements"
        case .doctype: "its XML has a document type declaration, which a workbook never needs"
        case .unexpectedEnd: "its XML ends inside an element"
        }
    }
}
