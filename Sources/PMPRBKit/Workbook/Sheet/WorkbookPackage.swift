/// An `.xlsx` package opened for reading: its sheets in workbook order, its defined names and
/// its shared strings (ECMA-376 Part 1, 18.2 `workbook`, 18.4 `sst`).
struct WorkbookPackage {
    /// Why a file is not read as a workbook.
    enum Refusal: Error, Hashable, Sendable {
        /// An OLE compound file: an Excel 97-2003 `.xls`, or an encrypted `.xlsx`.
        case compoundFile
        /// A workbook with a VBA project.
        case macros
        /// A ZIP archive that is not a spreadsheet package.
        case notAWorkbook
        /// An OpenDocument spreadsheet (`.ods`).
        case openDocument
        case zip(ZIPError)
        case xml(part: String, XMLError)
        case sheet(part: String, SheetCellsError)
    }

    struct Sheet: Sendable {
        var name: String
        var part: String
    }

    let archive: ZIPArchive
    let limits: WorkbookLimits
    private(set) var sheets: [Sheet] = []
    /// Each defined name with its sheet and cell; names over ranges are left out.
    private(set) var definedNames: [String: (sheet: String, cell: CellReference)] = [:]
    private(set) var sharedStrings: SharedStrings = []
    /// The bytes inflated so far, against ``WorkbookLimits/totalSize``.
    private var inflated = 0

    /// The first bytes of an OLE compound file (`.xls`, or an encrypted `.xlsx`).
    static let compoundSignature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    /// Whether bytes look like a workbook rather than text: a ZIP archive or a compound file.
    static func isWorkbook(_ bytes: some Collection<UInt8>) -> Bool {
        bytes.starts(with: compoundSignature) || bytes.starts(with: [0x50, 0x4B, 0x03, 0x04])
            || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06])
    }

    /// Opens a package; `last` keeps what the last opening derived from the small parts.
    init(
        _ bytes: [UInt8], limits: WorkbookLimits = WorkbookLimits(),
        remembering last: LastOpening = WorkbookPackage.lastOpening
    ) throws(Refusal) {
        guard !bytes.starts(with: Self.compoundSignature) else { throw .compoundFile }
        do {
            archive = try ZIPArchive(bytes, limits: limits)
        } catch {
            throw .zip(error)
        }
        self.limits = limits
        if archive.entries["xl/vbaproject.bin"] != nil { throw .macros }
        if archive.entries["mimetype"] != nil && archive.entries["content.xml"] != nil {
            throw .openDocument
        }
        let types = try part("[Content_Types].xml")
        if let types, Self.contains(types, "macroenabled") { throw .macros }
        let rootBytes = try part("_rels/.rels")
        // A package whose parts are those of the last one opened takes what was derived from
        // them; the parts are read all the same (`Opening`).
        let known = last.value.flatMap {
            $0.limits == limits && $0.root == rootBytes ? $0 : nil
        }
        var workbookPart = "xl/workbook.xml"
        if let known {
            workbookPart = known.workbookPart
        } else if let office = try relationships(rootBytes, part: "_rels/.rels", base: "").first(
            where: { $0.type.hasSuffix("/officeDocument") })
        {
            workbookPart = office.target
        }
        guard let workbookBytes = try part(workbookPart) else { throw .notAWorkbook }
        let sameWorkbook = known.map { $0.workbook == workbookBytes } ?? false
        let parsedWorkbook = sameWorkbook ? nil : try element(workbookBytes, part: workbookPart)
        let folder = Self.folder(of: workbookPart)
        let relationsPart =
            folder + "_rels/" + String(workbookPart.split(separator: "/").last ?? "") + ".rels"
        let relationsBytes = try part(relationsPart)
        let stringsPart: String
        if let known, sameWorkbook, known.relations == relationsBytes {
            (sheets, definedNames, stringsPart) = (known.sheets, known.definedNames, known.stringsPart)
        } else {
            let workbook: XMLElement
            if let parsedWorkbook {
                workbook = parsedWorkbook
            } else {
                workbook = try element(workbookBytes, part: workbookPart)
            }
            let relations = try relationships(relationsBytes, part: relationsPart, base: folder)
            for sheet in workbook.child("sheets")?.children("sheet") ?? [] {
                guard let name = sheet.attributes["name"], let id = sheet.attributes["id"],
                    let target = relations.first(where: { $0.id == id })?.target
                else { continue }
                sheets.append(Sheet(name: name, part: target))
            }
            for defined in workbook.child("definedNames")?.children("definedName") ?? []
            where defined.attributes["localSheetId"] == nil {
                guard let name = defined.attributes["name"],
                    let target = Self.cellTarget(defined.text)
                else { continue }
                definedNames[name.lowercased()] = target
            }
            stringsPart =
                relations.first { $0.type.hasSuffix("/sharedStrings") }?.target
                ?? folder + "sharedStrings.xml"
            last.value = Opening(
                limits: limits, root: rootBytes, workbookPart: workbookPart,
                workbook: workbookBytes, relations: relationsBytes, sheets: sheets,
                definedNames: definedNames, stringsPart: stringsPart)
        }
        if let strings = try slice(stringsPart) {
            do {
                sharedStrings = try SheetScanner.sharedStrings(strings, limits: limits)
            } catch let error as XMLError {
                throw .xml(part: stringsPart, error)
            } catch {
                throw .sheet(part: stringsPart, error as? SheetCellsError ?? .unexpected("\(error)"))
            }
        }
    }

    /// The bytes of a part, or `nil` when the package has none.
    mutating func part(_ name: String) throws(Refusal) -> [UInt8]? {
        try slice(name).map(Array.init)
    }

    /// The bytes of a part, without a copy when it is stored, or `nil` when the package has
    /// none.
    private mutating func slice(_ name: String) throws(Refusal) -> ArraySlice<UInt8>? {
        do {
            return try archive.contents(of: name, total: &inflated)
        } catch {
            throw .zip(error)
        }
    }

    private func element(_ bytes: [UInt8], part: String) throws(Refusal) -> XMLElement {
        do {
            return try XMLElement.parse(bytes, limits: limits)
        } catch {
            throw .xml(part: part, error)
        }
    }

    /// The relationships of a part's bytes, or none when the package has no such part.
    private func relationships(
        _ bytes: [UInt8]?, part name: String, base: String
    ) throws(Refusal) -> [(id: String, type: String, target: String)] {
        guard let bytes else { return [] }
        return try element(bytes, part: name).children("Relationship").compactMap { relation in
            guard let id = relation.attributes["Id"], let target = relation.attributes["Target"]
            else { return nil }
            let resolved = target.hasPrefix("/") ? String(target.dropFirst()) : base + target
            return (id, relation.attributes["Type"] ?? "", resolved)
        }
    }

    /// Whether bytes hold an ASCII word, letters in any case.
    static func contains(_ bytes: [UInt8], _ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard count > 0, bytes.count >= count else { return count == 0 }
        let first = word.utf8Start[0] | 0x20
        return bytes.withUnsafeBufferPointer { bytes in
            // Only where the first letter matches is the rest compared.
            (0...bytes.count - count).contains { start in
                bytes[start] | 0x20 == first
                    && (1..<count).allSatisfy {
                        bytes[start + $0] | 0x20 == word.utf8Start[$0] | 0x20
                    }
            }
        }
    }

    private static func folder(of part: String) -> String {
        guard let slash = part.lastIndex(of: "/") else { return "" }
        return String(part[...slash])
    }

    /// The sheet and cell of a defined name such as `LKE!$B$2` or `'Unit A'!$B$2`.
    static func cellTarget(_ text: String) -> (sheet: String, cell: CellReference)? {
        guard let bang = text.lastIndex(of: "!") else { return nil }
        var sheet = String(text[..<bang])
        if sheet.hasPrefix("'") && sheet.hasSuffix("'") && sheet.count >= 2 {
            sheet = String(sheet.dropFirst().dropLast()).split(separator: "''", omittingEmptySubsequences: false)
                .joined(separator: "'")
        }
        guard let cell = CellReference(text[text.index(after: bang)...]) else { return nil }
        return (sheet, cell)
    }

    /// Reads the cells of a sheet.
    mutating func cells(of sheet: Sheet) throws(Refusal) -> SheetCells {
        guard let bytes = try slice(sheet.part) else {
            throw .sheet(part: sheet.part, .missingPart)
        }
        do {
            return try SheetCells(
                name: sheet.name, xml: bytes, sharedStrings: sharedStrings, limits: limits)
        } catch let error as XMLError {
            throw .xml(part: sheet.part, error)
        } catch let error as SheetCellsError {
            throw .sheet(part: sheet.part, error)
        } catch {
            throw .sheet(part: sheet.part, .unexpected("\(error)"))
        }
    }
}
