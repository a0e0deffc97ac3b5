import Foundation
import PMPRBKit

/// Helpers shared by the CSV tests.
enum CSVTestSupport {
    /// Reads `text`, encoded as UTF-8.
    static func read(
        _ text: String, requiredColumns: [String] = [], delimiter: CSVDelimiter? = nil
    ) throws(CSVError) -> CSVTable {
        try CSVReader(delimiter: delimiter, requiredColumns: requiredColumns)
            .read(Data(text.utf8))
    }

    /// Reads raw bytes.
    static func read(
        bytes: [UInt8], requiredColumns: [String] = [], delimiter: CSVDelimiter? = nil
    ) throws(CSVError) -> CSVTable {
        try CSVReader(delimiter: delimiter, requiredColumns: requiredColumns).read(Data(bytes))
    }

    /// The values of every data row.
    static func values(_ table: CSVTable) -> [[String]] {
        table.rows.map { $0.fields.map(\.value) }
    }

    /// `text` as UTF-16 with a byte-order mark.
    static func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
        var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
        for unit in text.utf16 {
            let high = UInt8(unit >> 8)
            let low = UInt8(unit & 0xFF)
            bytes += bigEndian ? [high, low] : [low, high]
        }
        return bytes
    }
}
