import Foundation
import Synchronization
import Testing

@testable import PMPRBKit

/// A filled ZI 2021 worksheet generated from a seed, as text a person could have typed.
///
/// Every answerable row gets a random allowed answer or, with the sample's empty share, none:
/// an option (sometimes in lower case or followed by `.`, which the reader accepts), a survey
/// score from 0 to 4 with two decimals written with a decimal comma or a point, or a small
/// count. Counts keep each capped numerator at or below its denominator, so that every sample
/// is a worksheet the reader accepts. A complete sample answers every item and gives every
/// denominator at least 1, so that every percentage can be computed.
struct RandomWorksheet: Equatable {
    /// The seed the sample was made from.
    var seed: UInt64
    /// Whether the sample answers every item.
    var isComplete: Bool
    /// The unit in the `#unit` row.
    var unit: String
    /// The year in the `#tahun` row, if any.
    var year: Int?
    /// The text typed in the `jawaban` column, by code; a missing code is an empty cell.
    var answers: [String: String]

    /// The instrument of every sample, parsed once.
    static let zi: Instrument? = BuiltinInstruments.instrument("zi-2021")

    /// Units with quotes, delimiters, accents and CJK, to exercise quoting and encodings.
    static let units = [
        "Dinas Komunikasi dan Informatika Kabupaten Contoh", "Kantor Imigrasi Kelas I; Bandara",
        "Unit \"Kutip\", Koma", "Puskesmas Kecamatan Cémpaka", "Badan Pendapatan — UPT 3", "",
        "RSUD 東京 Kota",
    ]

    /// The share of items left empty, drawn per sample.
    static let emptyShares = [0, 0.05, 0.15, 0.3, 0.6, 1]

    /// The built-in ZI 2021 instrument, or a test failure.
    static func instrument() throws -> Instrument {
        try #require(zi)
    }

    /// The random instrument (``instrument()``), the sample of `seed` on it and the sample's
    /// score card: where most properties start.
    static func scored(seed: UInt64) throws
        -> (instrument: Instrument, sample: RandomWorksheet, card: ScoreCard)
    {
        let instrument = try instrument()
        let sample = RandomWorksheet(seed: seed, instrument: instrument)
        return (instrument, sample, try sample.score(instrument))
    }

    /// Generates a sample.
    ///
    /// - Parameters:
    ///   - seed: The seed; the same seed always gives the same sample.
    ///   - instrument: The instrument whose rows are answered.
    ///   - complete: Whether every item is answered and every denominator is positive.
    init(seed: UInt64, instrument: Instrument, complete: Bool = false) {
        var random = PropertyRandom(seed: seed)
        self.seed = seed
        isComplete = complete
        unit = Self.units[random.index(below: Self.units.count)]
        year = random.chance(0.8) ? random.int(in: 2019...2030) : nil
        let emptyShare =
            complete ? 0 : Self.emptyShares[random.index(below: Self.emptyShares.count)]
        var answers: [String: String] = [:]
        for node in instrument.nodes where node.kind == .butir {
            guard let type = instrument.answerType(of: node), !random.chance(emptyShare) else {
                continue
            }
            switch type.conversion {
            case .options(let options):
                let label = options[random.index(below: options.count)].label
                answers[node.code] = Self.spelled(label, random: &random)
            case .scale(let minimum, let maximum):
                let hundredths = random.int(in: Int(minimum * 100)...Int(maximum * 100))
                answers[node.code] = LocaleNumber.format(
                    Double(hundredths) / 100, decimals: 2, decimalComma: random.chance(0.5))
            case .percent, .count:
                break
            }
        }
        for (code, count) in Self.counts(
            instrument, emptyShare: emptyShare, complete: complete,
            random: &random)
        {
            answers[code] = String(count)
        }
        self.answers = answers
    }

    /// An option label as a person might type it: as printed, in lower case, or with a `.`.
    private static func spelled(_ label: String, random: inout PropertyRandom) -> String {
        switch random.int(in: 0...9) {
        case 0: label.lowercased()
        case 1: label + "."
        default: label
        }
    }

    /// Random counts for the input rows: each formula's denominator first, then its numerator
    /// codes, kept at or below the denominator where the instrument caps them.
    private static func counts(
        _ instrument: Instrument, emptyShare: Double, complete: Bool,
        random: inout PropertyRandom
    ) -> [String: Int] {
        var counts: [String: Int] = [:]
        for node in instrument.nodes where node.kind == .masukan {
            guard !random.chance(emptyShare) else { continue }
            counts[node.code] = random.int(in: complete ? 1...20 : 0...20)
        }
        // A total broken down into rows is their sum; with the total empty, so are its rows
        // (the reader would fill it in, with a note).
        for node in instrument.nodes where !node.breakdown.isEmpty {
            if counts[node.code] != nil {
                counts[node.code] = node.breakdown.compactMap { counts[$0] }.reduce(0, +)
            } else {
                for code in node.breakdown { counts[code] = nil }
            }
        }
        for node in instrument.nodes {
            guard let formula = node.formula else { continue }
            let denominator = formula.denominator.filter { !$0.isNegative }.compactMap(\.code)
            if complete {
                for code in denominator { counts[code] = max(1, counts[code] ?? 1) }
            }
            guard node.numeratorCapped else { continue }
            let limit = formula.denominator.reduce(0) { sum, term in
                let value = term.code.flatMap { counts[$0] }.map(Double.init) ?? term.constant
                return sum + (term.isNegative ? -value : value)
            }
            var left = max(0, Int(limit))
            for term in formula.numerator where !term.isNegative {
                guard let code = term.code, !denominator.contains(code), counts[code] != nil else {
                    continue
                }
                let count = random.int(in: 0...left)
                counts[code] = count
                left -= count
            }
        }
        return counts
    }

    /// The rows of the blank template (header first), read once.
    static let templateRows: [[String]] = {
        guard let instrument = zi else { return [] }
        let template = WorksheetTemplate(instrument: instrument, unit: "", year: nil).rendered()
        let reader = CSVReader(requiredColumns: WorksheetColumns.required)
        guard let table = try? reader.read(Data(template.utf8)) else { return [] }
        return [table.header.fields.map(\.value)] + table.rows.map { $0.fields.map(\.value) }
    }()

    /// The rows of the worksheet, header first: the template with the unit, the year and the
    /// answers filled in.
    func rows() throws -> [[String]] {
        var rows = Self.templateRows
        let header = try #require(rows.first)
        let kode = try #require(header.firstIndex(of: "kode"))
        let jawaban = try #require(header.firstIndex(of: "jawaban"))
        for index in rows.indices.dropFirst() {
            switch rows[index][kode] {
            case WorksheetColumns.unitKey: rows[index][jawaban] = unit
            case WorksheetColumns.yearKey: rows[index][jawaban] = year.map(String.init) ?? ""
            case let code: rows[index][jawaban] = answers[code] ?? rows[index][jawaban]
            }
        }
        return rows
    }

    /// The worksheet as CSV text.
    func csv(delimiter: CSVDelimiter = .comma, lineEnding: String = "\n") throws -> String {
        Self.text(try rows(), delimiter: delimiter, lineEnding: lineEnding)
    }

    /// Rows written with a delimiter and a line ending.
    static func text(_ rows: [[String]], delimiter: CSVDelimiter, lineEnding: String) -> String {
        let writer = CSVWriter(delimiter: delimiter, lineEnding: lineEnding)
        return rows.map(writer.row).joined()
    }

    /// The worksheet checked against the instrument.
    ///
    /// Unchanged samples are read once per test run and shared by every property.
    func worksheet(_ instrument: Instrument) throws -> Worksheet {
        let key = CacheKey(seed: seed, complete: isComplete, instrumentID: instrument.id)
        let isUnchanged =
            self
            == RandomWorksheet(
                seed: seed, instrument: instrument, complete: isComplete)
        if isUnchanged, let cached = Self.cache.withLock({ $0[key] }) { return cached }
        let worksheet = try Self.worksheet(Data(try csv().utf8), instrument)
        if isUnchanged { Self.cache.withLock { $0[key] = worksheet } }
        return worksheet
    }

    /// The score card of the worksheet.
    func score(_ instrument: Instrument) throws -> ScoreCard {
        instrument.score(try worksheet(instrument))
    }

    /// What identifies an unchanged sample.
    private struct CacheKey: Hashable {
        var seed: UInt64
        var complete: Bool
        var instrumentID: String
    }

    /// The worksheets of unchanged samples, by seed.
    private static let cache = Mutex<[CacheKey: Worksheet]>([:])

    /// Bytes checked against an instrument; a refusal fails the test with its diagnostics.
    static func worksheet(_ data: Data, _ instrument: Instrument) throws -> Worksheet {
        try accepted { () throws(DiagnosticError) in
            try Worksheet(csv: data, file: "acak.csv", instrument: instrument)
        }
    }

    /// A table checked against an instrument; a refusal fails the test with its diagnostics.
    static func worksheet(_ table: CSVTable, _ instrument: Instrument) throws -> Worksheet {
        try accepted { () throws(DiagnosticError) in
            try Worksheet(parsing: table, file: "acak.csv", instrument: instrument)
        }
    }

    /// The worksheet `read` gives; a refusal fails the test with its diagnostics.
    private static func accepted(
        _ read: () throws(DiagnosticError) -> Worksheet
    ) throws(DiagnosticError) -> Worksheet {
        do {
            return try read()
        } catch {
            Issue.record("refused:\n\(error.description)")
            throw error
        }
    }

    /// UTF-16 bytes with a byte-order mark.
    static func utf16(_ text: String, bigEndian: Bool) -> Data {
        Data(CSVTestSupport.utf16(text, bigEndian: bigEndian))
    }
}

/// Score bounds checked with a tolerance far below what reports show.
let propertyTolerance = 1e-9
