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
        for offset in instrument.nodes.indices where instrument.nodes[offset].kind == .butir {
            let node = instrument.nodes[offset]
            guard let type = instrument.answerType(of: node) else { continue }
            // An empty item; for a percentage item, its input rows are left empty instead.
            if random.unit() < emptyShare { continue }
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
                let done = min(1, maturity + 0.1 * random.unit())
                for (code, count) in counts(of: offset, done: done, random: &random) {
                    answers[code] = String(count)
                }
            case .count:
                break
            }
        }
        return answers
    }

    /// Plausible counts for the input rows of a percentage item (`docs/methodology.md`,
    /// section 3.2): the denominator's rows are the things to do (1 to 40); the numerator
    /// reaches `done` of them (through a subtracted row when the numerator is a difference);
    /// a row the formula does not read (complaints still in process, violations sanctioned)
    /// is at most what the others leave, so that resolved + in process never exceeds the
    /// things to follow up; and rows that break a total down add up to it.
    func counts(of offset: Int, done: Double, random: inout SplitMix64) -> [(String, Int)] {
        let node = instrument.nodes[offset]
        guard let formula = node.formula else { return [] }
        let rows = node.children.map { instrument.nodes[$0] }
        let parts = Set(rows.flatMap(\.breakdown))
        var values: [String: Int] = [:]
        let base = 1 + Int(random.unit() * 40)
        let denominator = formula.denominator.compactMap(\.code)
        for code in denominator { values[code] = base }
        let reached = Int((Double(base) * done).rounded())
        for term in formula.numerator {
            guard let code = term.code, values[code] == nil else { continue }
            // A subtracted row takes what keeps the numerator at `done` of the base.
            values[code] = term.isNegative ? base - reached : reached
        }
        let drawn = values.filter { !denominator.contains($0.key) }.map(\.value)
        for row in rows where values[row.code] == nil && !parts.contains(row.code) {
            let room = max(0, min(base - drawn.reduce(0, +), drawn.max() ?? base))
            values[row.code] = Int(random.unit() * Double(room + 1))
        }
        for row in rows where !row.breakdown.isEmpty {
            var left = values[row.code] ?? base
            for (position, code) in row.breakdown.enumerated() {
                let share = position == row.breakdown.count - 1
                    ? left : Int(random.unit() * Double(left + 1))
                values[code] = share
                left -= share
            }
        }
        return rows.compactMap { row in values[row.code].map { (row.code, $0) } }
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
