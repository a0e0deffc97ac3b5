import Foundation
import Testing

@testable import PMPRBKit

/// The order of the data rows does not matter: a worksheet is read by code, so sorting or
/// shuffling its rows in a spreadsheet changes no score.
@Suite struct RowOrderPropertyTests {
    @Test(arguments: PropertySeeds.standard)
    func shufflingDataRowsChangesNoScore(seed: UInt64) throws {
        let (instrument, sample, card) = try RandomWorksheet.scored(seed: seed)
        let rows = try sample.rows()
        var random = PropertyRandom(seed: seed ^ 0x7368_7566)
        let kept = Self.keptRows(rows)
        let data = rows.indices.filter { !kept.contains($0) }
        let order = random.shuffled(data)
        #expect(order != data, "seed \(seed): the shuffle kept the order")
        var shuffled = rows
        for (slot, source) in zip(data, order) {
            shuffled[slot] = rows[source]
        }
        let text = RandomWorksheet.text(shuffled, delimiter: .comma, lineEnding: "\n")
        let other = instrument.score(try RandomWorksheet.worksheet(Data(text.utf8), instrument))
        #expect(other == card, "seed \(seed)")
    }

    /// The header and the `#` metadata rows, which stay where they are.
    static func keptRows(_ rows: [[String]]) -> Set<Int> {
        var kept: Set<Int> = [0]
        for (index, row) in rows.enumerated() where row.first?.hasPrefix("#") == true {
            kept.insert(index)
        }
        return kept
    }
}
