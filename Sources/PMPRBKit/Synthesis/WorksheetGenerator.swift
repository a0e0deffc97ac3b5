/// Realistic filled worksheets for any instrument, generated from a seed: the same seed and
/// index always give the same worksheet, whatever order or thread they are made in.
///
/// Each unit gets a maturity between 0,15 and 1; the better it is, the more of its items are
/// at their best answer, the higher its survey scores and the more of its counts are done.
/// About 2% of items are left empty. Maturities are spread so that a batch has a few units in
/// every category. Used by `pmprb generate`, the benchmark and the property tests.
public struct WorksheetGenerator: Sendable {
    /// The instrument the worksheets belong to.
    public var instrument: Instrument
    /// The seed.
    public var seed: UInt64
    /// The year written in each worksheet.
    public var year: Int
    /// The share of items left empty, from 0 to 1.
    public var emptyShare: Double

    /// Creates a generator.
    public init(instrument: Instrument, seed: UInt64, year: Int = 2026, emptyShare: Double = 0.02) {
        self.instrument = instrument
        self.seed = seed
        self.year = year
        self.emptyShare = emptyShare
    }

    /// The unit name of worksheet `index`.
    public func unit(_ index: Int) -> String {
        "OPD Sintetis \(String(repeating: "0", count: max(0, 5 - String(index).count)))\(index)"
    }

    /// The answers of worksheet `index`, by code, as a person would type them.
    public func answers(_ index: Int) -> [String: String] {
        var random = SplitMix64(seed: seed ^ (UInt64(index) &* 0xD1B5_4A32_D192_ED03))
        let maturity = 0.15 + 0.85 * random.unit().squareRoot()
        var answers: [String: String] = [:]
        var counts: [String: Int] = [:]
        var bases: [String: Int] = [:]
        for node in instrument.nodes where node.isAnswerable {
            guard let type = instrument.answerType(of: node) else { continue }
            // An empty item; for a percentage item, its input rows are left empty instead.
            let isEmpty = node.kind == .butir && random.unit() < emptyShare
            if isEmpty && type.conversion != .percent { continue }
            switch type.conversion {
            case .options(let options):
                let ranked = options.sorted { $0.value > $1.value }
                var pick = 0
                while pick < ranked.count - 1 && random.unit() > maturity { pick += 1 }
                answers[node.code] = ranked[pick].label
            case .scale(let minimum, let maximum):
                let share = min(1, max(0, maturity * 0.9 + 0.1 * random.unit()))
                let value = minimum + (maximum - minimum) * share
                answers[node.code] = LocaleNumber.format(value, decimalComma: random.unit() < 0.5)
            case .percent:
                // The base count of the item's input rows: the things to do.
                bases[node.code] = isEmpty ? 0 : 1 + Int(random.unit() * 40)
            case .count:
                let base = node.parentCode.flatMap { bases[$0] } ?? 1 + Int(random.unit() * 40)
                if base == 0 { continue }
                let isBase = node.code.split(separator: ".").last == "1"
                let done = Double(base) * min(1, maturity + 0.1 * random.unit())
                counts[node.code] = isBase ? base : Int(done.rounded())
            }
        }
        for offset in instrument.nodes.indices where instrument.nodes[offset].formula != nil {
            Self.makePlausible(&counts, item: instrument.nodes[offset], in: instrument)
        }
        for (code, count) in counts { answers[code] = String(count) }
        return answers
    }

    /// Makes the counts of a percentage item's input rows plausible without another random
    /// draw (so that every other answer stays as it was): a row the formula does not read
    /// (complaints still in process, violations sanctioned) is at most what the formula's rows
    /// leave (to follow up minus resolved; this year's violations), and rows that break a
    /// total down (the LHKPN and LHKASN obliged, by position) share that total in proportion
    /// to their drawn counts (`docs/methodology.md`, section 3.2).
    static func makePlausible(_ counts: inout [String: Int], item: Node, in instrument: Instrument) {
        guard let formula = item.formula else { return }
        let rows = item.children.map { instrument.nodes[$0] }
        let denominator = Set(formula.denominator.compactMap(\.code))
        guard let base = denominator.compactMap({ counts[$0] }).first else { return }
        let parts = Set(rows.flatMap(\.breakdown))
        let read = Set(formula.codes)
        let added = formula.numerator.filter { !$0.isNegative }.compactMap(\.code)
            .filter { !denominator.contains($0) }.compactMap { counts[$0] }.reduce(0, +)
        let subtracted = formula.numerator.filter(\.isNegative).compactMap(\.code)
            .compactMap { counts[$0] }
        let room = max(0, min(base - added, subtracted.min() ?? base))
        for row in rows where !read.contains(row.code) && !parts.contains(row.code) {
            if let count = counts[row.code] { counts[row.code] = min(count, room) }
        }
        for row in rows where !row.breakdown.isEmpty {
            guard let total = counts[row.code] else { continue }
            let drawn = row.breakdown.map { counts[$0] ?? 0 }
            let sum = drawn.reduce(0, +)
            var left = total
            for (position, code) in row.breakdown.enumerated() {
                let share =
                    position == row.breakdown.count - 1 || sum == 0
                    ? (position == row.breakdown.count - 1 ? left : 0)
                    : Int(Double(total) * Double(drawn[position]) / Double(sum))
                counts[code] = share
                left -= share
            }
        }
    }

    /// Worksheet `index` as CSV text, in the template's layout.
    public func csv(_ index: Int) -> String {
        let answers = self.answers(index)
        let template = WorksheetTemplate(instrument: instrument, unit: unit(index), year: year)
        let writer = CSVWriter(lineEnding: "\r\n")
        var text = writer.row(WorksheetColumns.required)
        for row in template.rows() {
            var cells = row
            if let answer = answers[cells[0]] { cells[4] = answer }
            text += writer.row(cells)
        }
        return text
    }
}
