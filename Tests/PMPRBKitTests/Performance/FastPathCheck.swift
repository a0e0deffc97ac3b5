import Foundation
import Testing

@testable import PMPRBKit

/// The one check of a summary's fast path (decision 0021), for CSV worksheets and workbooks
/// alike: the plain reader, ``UnitSummary/reading(csv:file:instrument:delimiter:options:)``
/// and the fast path alone give the same summary, warnings and refusal, or the fast path gives
/// up.
enum FastPathCheck {
    /// The outcome of reading, comparable.
    enum Outcome: Equatable {
        case read(UnitSummary, [Diagnostic])
        case refused(WorksheetRefusal)
    }

    /// The plain reader's outcome.
    static func plain(
        _ data: Data, file: String, instrument: Instrument, delimiter: CSVDelimiter? = nil
    ) -> Outcome {
        do {
            let (summary, warnings) = try UnitSummary.plainReading(
                csv: data, file: file, instrument: instrument, delimiter: delimiter,
                options: ScoringOptions())
            return .read(summary, warnings)
        } catch {
            return .refused(error)
        }
    }

    /// The outcome of the reading `compare` does: the fast path, then the plain reader.
    static func through(
        _ data: Data, file: String, instrument: Instrument, delimiter: CSVDelimiter? = nil
    ) -> Outcome {
        do {
            let (summary, warnings) = try UnitSummary.reading(
                csv: data, file: file, instrument: instrument, delimiter: delimiter)
            return .read(summary, warnings)
        } catch {
            return .refused(error)
        }
    }

    /// The outcome of the reading `compare` does on a file read into an array, which a
    /// workbook's archive keeps without a copy.
    static func throughArray(
        _ data: Data, file: String, instrument: Instrument, delimiter: CSVDelimiter? = nil
    ) -> Outcome {
        do {
            let (summary, warnings) = try UnitSummary.reading(
                contentsOf: [UInt8](data), file: file, instrument: instrument,
                delimiter: delimiter)
            return .read(summary, warnings)
        } catch {
            return .refused(error)
        }
    }

    /// Checks that the ways agree, and returns whether the fast path took the file.
    @discardableResult
    static func expectSame(
        _ data: Data, file: String, instrument: Instrument, delimiter: CSVDelimiter? = nil,
        sourceLocation: SourceLocation = #_sourceLocation
    ) -> Bool {
        let plain = plain(data, file: file, instrument: instrument, delimiter: delimiter)
        #expect(
            through(data, file: file, instrument: instrument, delimiter: delimiter) == plain,
            sourceLocation: sourceLocation)
        #expect(
            throughArray(data, file: file, instrument: instrument, delimiter: delimiter) == plain,
            sourceLocation: sourceLocation)
        let fast = data.withUnsafeBytes { bytes in
            UnitSummary.fastReading(
                bytes, file: file, instrument: instrument, delimiter: delimiter,
                options: ScoringOptions())
        }
        if let fast {
            #expect(plain == .read(fast, []), sourceLocation: sourceLocation)
        }
        return fast != nil
    }
}
