import PMPRBPlatform

/// A regional RB road map (*peta jalan*) as data: indicators with a baseline, targets per year,
/// the responsible OPD and where each realisation comes from (`docs/roadmap-format.md`).
///
/// The only way to get one is ``init(csv:file:)`` (or ``init(parsing:file:)``), which refuses
/// every cell it cannot read and warns about targets a coordinator should question.
public struct RoadMap: Hashable, Sendable {
    /// Where an indicator's realisation comes from.
    public enum Link: Hashable, Sendable {
        /// Entered in a realisation file (`isian`).
        case entered
        /// A score `pmprb` computes from a worksheet of an instrument: `TOTAL`, an area id or a
        /// node code (`rb-2020:TOTAL`, `rb-2020:A.I`).
        case score(instrument: String, code: String)
        /// The number of follow-up actions (RATL) done in the year, from a RATL file (`ratl`).
        case ratl

        /// The link as `realisasi_dari` writes it: `isian`, `ratl` or `instrument:code`.
        public var text: String {
            switch self {
            case .entered: "isian"
            case .ratl: "ratl"
            case .score(let instrument, let code): instrument + ":" + code
            }
        }
    }

    /// A target for one year.
    public struct Target: Hashable, Sendable {
        /// The year.
        public var year: Int
        /// The target as written.
        public var value: RoadMapValue
    }

    /// One indicator of the road map.
    public struct Indicator: Hashable, Sendable {
        /// The code, unique in the road map.
        public var code: String
        /// The indicator's name.
        public var name: String
        /// The change area (*area perubahan*) or target group; may be empty.
        public var area: String
        /// The unit of measure (`satuan`); may be empty.
        public var unit: String
        /// How values are read.
        public var kind: IndicatorKind
        /// Which way the indicator should move.
        public var direction: Direction
        /// The categories that check labels and turn numbers into categories, if any.
        public var scale: CategoryScale?
        /// The year of the baseline, if given.
        public var baselineYear: Int?
        /// The baseline, if given.
        public var baseline: RoadMapValue?
        /// The targets, in year order; years without a target are left out.
        public var targets: [Target]
        /// The responsible OPD (*PD pengampu*); may be empty.
        public var responsible: String
        /// Where the realisation comes from.
        public var link: Link
        /// Where the figures were taken from (`sumber`), e.g. a seed file and line.
        public var citation: String
        /// The line of the indicator's row.
        public var line: Int

        /// The target for a year, if any.
        public func target(_ year: Int) -> Target? { targets.first { $0.year == year } }
    }

    /// The title (`#judul` row); empty when not given.
    public var title: String
    /// The government the road map belongs to (`#instansi` row); empty when not given.
    public var agency: String
    /// The file as the user named it.
    public var file: String?
    /// The years of the road map's year columns, ascending.
    public var years: [Int]
    /// The indicators in file order.
    public var indicators: [Indicator]
    /// Warnings about the road map: labels that disagree with their scale, targets that move
    /// the wrong way, links that cannot be checked.
    public var warnings: [Diagnostic]

    /// The indicator with a code, if any.
    public func indicator(_ code: String) -> Indicator? { indicators.first { $0.code == code } }

    /// Reads a road map's CSV bytes.
    ///
    /// - Parameters:
    ///   - data: The file's bytes, in any encoding and delimiter ``CSVReader`` reads.
    ///   - file: The path as the user typed it, used in diagnostics.
    /// - Throws: ``DiagnosticError`` with every error found.
    public init(csv data: Data, file: String?) throws(DiagnosticError) {
        let table = try CSVTable.roadMapFile(
            data, file: file, requiring: RoadMapColumns.required)
        try self.init(parsing: table, file: file)
    }

    /// Reads a parsed road-map table; see ``init(csv:file:)``.
    public init(parsing table: CSVTable, file: String?) throws(DiagnosticError) {
        var reader = RoadMapReader(table: table, file: file)
        reader.read()
        guard !reader.diagnostics.contains(where: { $0.severity == .error }) else {
            throw DiagnosticError(reader.diagnostics)
        }
        title = reader.title
        agency = reader.agency
        self.file = file
        years = reader.years.map(\.year)
        indicators = reader.indicators
        warnings = reader.diagnostics
    }
}

/// The columns and metadata rows of a road map and of its realisation file.
public enum RoadMapColumns {
    /// The columns a road map must have; with them `validate` recognises one.
    public static let required = ["kode", "indikator", "jenis", "arah", "realisasi_dari"]
    /// The optional columns of a road map, in the order the examples write them.
    public static let optional = [
        "area", "satuan", "skala", "baseline_tahun", "baseline", "pd_pengampu", "sumber",
        "catatan",
    ]
    /// The columns a realisation file must have.
    public static let realisation = ["kode", "tahun", "realisasi"]
    /// The columns a RATL file with statuses must have (the `gaps` CSV plus `status`).
    public static let ratl = ["kode", "status"]
    /// The metadata row naming the road map.
    public static let titleKey = "#judul"
    /// The metadata row naming the government.
    public static let agencyKey = "#instansi"

    /// Whether a header (normalised names) is a road map's.
    public static func isRoadMap(_ names: [String]) -> Bool {
        Set(required).isSubset(of: Set(names))
    }

    /// Whether a header (normalised names) is a realisation file's.
    public static func isRealisation(_ names: [String]) -> Bool {
        Set(realisation).isSubset(of: Set(names)) && !isRoadMap(names)
    }

    /// Whether a header (normalised names) is a RATL file's with statuses.
    public static func isRATL(_ names: [String]) -> Bool {
        Set(ratl + ["jawaban_target"]).isSubset(of: Set(names))
    }
}
