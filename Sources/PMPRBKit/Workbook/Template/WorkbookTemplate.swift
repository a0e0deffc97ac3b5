import PMPRBPlatform

/// A worksheet as an Excel workbook (`.xlsx`) that scores itself: answers chosen from drop-down
/// lists, every *nilai*, sub-indicator, area, component and the total computed by formulas as
/// ``Instrument/score(_:)`` computes them, and a result block with the category and every
/// WBK/WBBM criterion (`docs/worksheet-format.md`, "Workbook").
///
/// ```swift
/// let instrument = try #require(BuiltinInstruments.instrument("zi-2021"))
/// let bytes = WorkbookTemplate(instrument: instrument, unit: "Dinas Kesehatan").data()
/// try bytes.write(to: URL(fileURLWithPath: "lke.xlsx"))
/// ```
///
/// The workbook is generated from the instrument tree, so it fits every instrument. Cells other
/// than the answers, the evidence, the notes, the unit and the year are locked (sheet protection
/// without a password).
public struct WorkbookTemplate: Sendable {
    /// The instrument.
    public var instrument: Instrument
    /// The unit, written in the named cell `Unit`.
    public var unit: String
    /// The year, written in the named cell `Tahun`.
    public var year: Int?
    /// Answers to fill in, for a filled copy; `nil` for a blank template.
    public var worksheet: Worksheet?
    /// Whether the formulas' results are written too (computed by the scoring), so that a
    /// program reading the file without recalculating sees them. The workbook asks to be
    /// recalculated on load either way.
    public var cachesValues: Bool

    /// Creates a template.
    public init(
        instrument: Instrument, unit: String = "", year: Int? = nil, worksheet: Worksheet? = nil,
        cachesValues: Bool = true
    ) {
        self.instrument = instrument
        self.unit = unit
        self.year = year
        self.worksheet = worksheet
        self.cachesValues = cachesValues
    }

    /// The bytes of the `.xlsx` file.
    public func data() -> Data {
        var builder = SheetBuilder(
            instrument: instrument, unit: unit, year: year, worksheet: worksheet,
            cachesValues: cachesValues)
        builder.build()
        var zip = ZIPWriter()
        zip.add("[Content_Types].xml", Array(WorkbookParts.contentTypes.utf8))
        zip.add("_rels/.rels", Array(WorkbookParts.rootRelationships.utf8))
        zip.add("xl/workbook.xml", Array(WorkbookParts.workbook(builder.layout).utf8))
        zip.add("xl/_rels/workbook.xml.rels", Array(WorkbookParts.workbookRelationships.utf8))
        zip.add("xl/styles.xml", Array(WorkbookParts.styles.utf8))
        zip.add("xl/worksheets/sheet1.xml", Array(SheetXML(builder: builder).rendered().utf8))
        return Data(zip.finished())
    }
}
