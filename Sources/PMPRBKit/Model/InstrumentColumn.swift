import PMPRBPlatform

/// The columns of an instrument file that ``InstrumentBuilder`` reads
/// (`docs/instrument-format.md`).
enum InstrumentColumn: Int, CaseIterable {
    case kode, jenis, uraian, bobot, tipeJawaban, rumus, penyebutNol, ambang, area, sumber
    case status, catatan, gerbang, langsung, maksPenyebut, tingkat, penjelasan, bagian, target
    case bolehTB

    /// The column's name in the file's header, as messages name it.
    var name: String {
        switch self {
        case .kode: "kode"
        case .jenis: "jenis"
        case .uraian: "uraian"
        case .bobot: "bobot"
        case .tipeJawaban: "tipe_jawaban"
        case .rumus: "rumus"
        case .penyebutNol: "penyebut_nol"
        case .ambang: "ambang"
        case .area: "area"
        case .sumber: "sumber"
        case .status: "status"
        case .catatan: "catatan"
        case .gerbang: "gerbang"
        case .langsung: "langsung"
        case .maksPenyebut: "maks_penyebut"
        case .tingkat: "tingkat"
        case .penjelasan: "penjelasan"
        case .bagian: "bagian"
        case .target: "target"
        case .bolehTB: "boleh_tb"
        }
    }

    /// Where each column is in one table: found once, when the builder starts, rather than by
    /// name for every cell.
    struct Indexes {
        private let indexes: [Int?]

        /// Finds every column as ``CSVTable/columnIndex(_:)`` does: the first column whose
        /// normalised name is the column's name.
        init(_ table: CSVTable) {
            indexes = InstrumentColumn.allCases.map { table.columnIndex($0.name) }
        }

        /// The 0-based index of a column, or `nil` when the table has no such column.
        subscript(_ column: InstrumentColumn) -> Int? {
            indexes[column.rawValue]
        }
    }
}
