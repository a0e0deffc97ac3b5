/// A small XML element tree, for the short parts of a package (relationships, the workbook);
/// sheets and shared strings are read by ``SheetScanner`` instead.
struct XMLElement {
    var name: String
    var attributes: [String: String]
    var children: [XMLElement] = []
    /// The text directly inside the element, concatenated.
    var text = ""

    /// Parses a document into its root element.
    ///
    /// - Throws: ``XMLError`` for a malformed document, or one without a root element.
    static func parse(_ bytes: [UInt8], limits: WorkbookLimits) throws(XMLError) -> XMLElement {
        var reader = XMLReader(bytes, maxDepth: limits.xmlDepth)
        var stack: [XMLElement] = []
        var root: XMLElement?
        while let event = try reader.next() {
            switch event {
            case .start(let name, let attributes):
                stack.append(XMLElement(name: name, attributes: attributes))
            case .text(let text):
                if !stack.isEmpty { stack[stack.count - 1].text += text }
            case .end:
                guard let element = stack.popLast() else { throw .unexpectedEnd }
                if stack.isEmpty {
                    root = root ?? element
                } else {
                    stack[stack.count - 1].children.append(element)
                }
            }
        }
        guard let root else { throw .unexpectedEnd }
        return root
    }

    /// The children with a name.
    func children(_ name: String) -> [XMLElement] { children.filter { $0.name == name } }

    /// The first child with a name.
    func child(_ name: String) -> XMLElement? { children.first { $0.name == name } }
}
