/// Where everything sits on the `LKE` sheet of a workbook template: the named cells, the
/// result block and one row per node under the header (`docs/worksheet-format.md`, "Workbook").
struct SheetLayout: Sendable {
    /// The columns of the node rows, in the official order of the LKE.
    enum Column: Int, CaseIterable {
        case kode = 1, penilaian, bobot, penjelasan, pilihanJawaban, jawaban, nilai, persen
        case buktiDukung, catatan

        /// The header text.
        var title: String {
            switch self {
            case .kode: "Kode"
            case .penilaian: "Penilaian"
            case .bobot: "Bobot"
            case .penjelasan: "Penjelasan"
            case .pilihanJawaban: "Pilihan Jawaban"
            case .jawaban: "Jawaban"
            case .nilai: "Nilai"
            case .persen: "%"
            case .buktiDukung: "Bukti dukung"
            case .catatan: "Catatan"
            }
        }

        /// The column width in characters.
        var width: Double {
            switch self {
            case .kode: 16
            case .penilaian: 60
            case .bobot: 9
            case .penjelasan: 56
            case .pilihanJawaban: 22
            case .jawaban: 14
            case .nilai: 10
            case .persen: 10
            case .buktiDukung: 32
            case .catatan: 26
            }
        }

        /// The column's letter.
        var letter: String { CellReference.columnName(rawValue) }
    }

    /// The name of the sheet.
    static let sheetName = "LKE"
    /// The defined names of the metadata and result cells.
    enum Name {
        static let instrument = "Instrumen"
        static let unit = "Unit"
        static let year = "Tahun"
        static let total = "Total"
        static let category = "Kategori"
        static let predicate = "Predikat"
    }

    let instrument: Instrument
    /// The row of the instrument id; the unit and the year follow.
    let instrumentRow = 2
    let unitRow = 3
    let yearRow = 4
    /// The cell where a unit declares the predicates it already holds (`#predikat` of a CSV
    /// worksheet), right of its label on the year's row; only for an instrument with a
    /// predicate that needs another (WBBM needs WBK).
    var predicateCell: CellReference? {
        let asks = instrument.criteria.contains {
            if case .predicate = $0.target { return true }
            return false
        }
        return asks ? CellReference(row: yearRow, column: 5) : nil
    }
    /// The row of the total; the category follows.
    let totalRow = 6
    let categoryRow = 7
    /// The rows of the parts of a two-part index, right under the category, in the order of
    /// ``IndexPartRow``; empty for other instruments.
    let indexPartRows: [Int]
    /// The row of each predicate's verdict, in the instrument's order.
    let predicateRows: [(name: String, row: Int)]
    /// The row of each criterion, in the instrument's order.
    let criterionRows: [Int]
    /// The first row of the area table, one row per area group.
    let firstAreaRow: Int
    /// The header row.
    let headerRow: Int

    init(instrument: Instrument) {
        self.instrument = instrument
        let parts = instrument.isTwoPartIndex ? IndexPartRow.allCases.count : 0
        let first = categoryRow + 1
        indexPartRows = (0..<parts).map { first + $0 }
        var row = first + parts
        var predicates: [(String, Int)] = []
        var criteria = [Int](repeating: 0, count: instrument.criteria.count)
        for name in instrument.predicates {
            row += 1
            predicates.append((name, row))
            for (index, criterion) in instrument.criteria.enumerated()
            where criterion.predicate == name {
                row += 1
                criteria[index] = row
            }
        }
        predicateRows = predicates
        criterionRows = criteria
        firstAreaRow = row + (instrument.areaGroupList.isEmpty ? 1 : 3)
        headerRow = firstAreaRow + instrument.areaGroupList.count + 1
    }

    /// The row of a part of a two-part index.
    func row(of part: IndexPartRow) -> Int { indexPartRows[part.rawValue] }

    /// The row of the node at an index of the instrument's nodes.
    func row(ofNode offset: Int) -> Int { headerRow + 1 + offset }

    /// The row of the node with a code.
    func row(of code: String) -> Int? { instrument.index(of: code).map(row(ofNode:)) }

    /// The row of the area group at an index of the instrument's area groups.
    func row(ofAreaGroup index: Int) -> Int { firstAreaRow + index }

    /// The last row used.
    var lastRow: Int { headerRow + instrument.nodes.count }

    /// A cell of a node row, such as `G44`.
    func cell(_ column: Column, _ row: Int) -> String { column.letter + String(row) }
}

/// The parts of a two-part index in the result block of a workbook, in their order
/// (``IndexParts``, `docs/methodology.md`, section 11).
enum IndexPartRow: Int, CaseIterable {
    case general, coefficient, applicable, adjusted, thematic, missedTargets

    /// The label in column B.
    var label: String {
        switch self {
        case .general: "RB General: jumlah nilai komponen (poin)"
        case .coefficient: "Koefisien evaluator"
        case .applicable: "Bobot RB General yang berlaku (tanpa baris TB)"
        case .adjusted: "RB General disesuaikan: (general + koefisien) / bobot berlaku x 100, 0-100"
        case .thematic: "RB Tematik"
        case .missedTargets: "Jumlah baris di bawah target"
        }
    }
}
