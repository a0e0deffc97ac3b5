/// The cells of one sheet as stored: each cell's value as text (a number in its shortest
/// decimal form, a shared or inline string, `TRUE`/`FALSE`, an error code) and its formula.
///
/// Stored values are read, never the displayed text: a survey score typed as `3,56` and shown
/// as `3,6` reads as `3.56`.
struct SheetCells: Sendable {
    struct Cell: Sendable {
        var value: String
        var formula: String?
    }

    /// The sheet's name.
    var name: String
    /// The cells of each row, by row number, then column.
    var rows: [Int: [Int: Cell]] = [:]
    /// The number of cells read.
    var count = 0

    /// The cell at a reference, if it holds anything.
    func cell(_ reference: CellReference) -> Cell? { rows[reference.row]?[reference.column] }

    /// Reads a worksheet part.
    ///
    /// - Throws: ``XMLError`` for malformed XML, ``SheetCellsError`` for a bad cell or too many.
    init(name: String, xml: [UInt8], sharedStrings: [String], limits: WorkbookLimits) throws {
        self.name = name
        var reader = XMLReader(xml, maxDepth: limits.xmlDepth)
        var row = 0
        var column = 0
        var reference: CellReference?
        var type = "n"
        var value = ""
        var formula: String?
        var inline = ""
        /// The element whose text is being collected: `v`, `f`, or `t` inside `is` (not
        /// inside a phonetic run `rPh`).
        var collecting: String?
        var inPhonetic = false
        var inInline = false
        while let event = try reader.next() {
            switch event {
            case .start(let element, let attributes):
                switch element {
                case "row":
                    row = attributes["r"].flatMap { Int($0) } ?? row + 1
                    column = 0
                case "c":
                    if let text = attributes["r"] {
                        guard let parsed = CellReference(text) else {
                            throw SheetCellsError.badReference(text)
                        }
                        reference = parsed
                    } else {
                        reference = CellReference(row: max(row, 1), column: column + 1)
                    }
                    column = reference?.column ?? column + 1
                    row = reference?.row ?? row
                    type = attributes["t"] ?? "n"
                    value = ""
                    formula = nil
                    inline = ""
                case "v": collecting = "v"
                case "f":
                    collecting = "f"
                    formula = formula ?? ""
                case "is": inInline = true
                case "rPh": inPhonetic = true
                case "t" where inInline && !inPhonetic: collecting = "t"
                default: break
                }
            case .text(let text):
                switch collecting {
                case "v"?: value += text
                case "f"?: formula? += text
                case "t"?: inline += text
                default: break
                }
            case .end(let element):
                switch element {
                case "v", "f", "t": collecting = nil
                case "is": inInline = false
                case "rPh": inPhonetic = false
                case "c":
                    guard let place = reference else { break }
                    let text = try Self.value(
                        type: type, raw: value, inline: inline, sharedStrings: sharedStrings,
                        at: place)
                    if !text.isEmpty || formula != nil {
                        count += 1
                        guard count <= limits.cellCount else {
                            throw SheetCellsError.tooManyCells(limits.cellCount)
                        }
                        rows[place.row, default: [:]][place.column] = Cell(
                            value: text, formula: formula)
                    }
                    reference = nil
                default: break
                }
            }
        }
    }

    private static func value(
        type: String, raw: String, inline: String, sharedStrings: [String], at place: CellReference
    ) throws -> String {
        switch type {
        case "s":
            guard let index = Int(raw.trimmed), sharedStrings.indices.contains(index) else {
                throw SheetCellsError.badSharedString(place)
            }
            return sharedStrings[index]
        case "inlineStr": return inline
        case "b": return raw.trimmed == "1" ? "TRUE" : raw.trimmed == "0" ? "FALSE" : raw
        case "n": return raw.isEmpty ? "" : number(raw)
        default: return raw
        }
    }

    /// A stored number in its shortest decimal form, with a decimal point: `3.5600000000000001`
    /// reads as `3.56`, `1E+3` as `1000`.
    static func number(_ raw: String) -> String {
        guard let value = Double(raw.trimmed), value.isFinite else { return raw }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        let text = String(value)
        return text.contains("e") ? raw.trimmed : text
    }
}

/// A cell that cannot be read.
enum SheetCellsError: Error, Hashable, Sendable {
    case badReference(String)
    case badSharedString(CellReference)
    case tooManyCells(Int)

    var reason: String {
        switch self {
        case .badReference(let text): "cell reference '\(text)' is not valid"
        case .badSharedString(let cell): "cell \(cell) names a shared string that does not exist"
        case .tooManyCells(let limit): "a sheet holds more than \(limit) cells"
        }
    }
}
