extension CSVReader {
    /// The header record, the delimiter it was read with, and a tokenizer positioned after it.
    struct LocatedHeader {
        /// The delimiter, given or detected.
        var delimiter: CSVDelimiter
        /// Whether ``delimiter`` was detected rather than given.
        var wasDetected: Bool
        /// The first non-blank record.
        var header: CSVRecord
        /// A tokenizer positioned just after the header.
        var tokenizer: CSVTokenizer
    }

    /// Finds the header and the delimiter.
    ///
    /// With a given delimiter, the header is the first non-blank record. Otherwise each
    /// candidate delimiter reads the header on its own; a candidate whose header cannot be
    /// tokenized is out. The winner holds the most required columns, then the most non-empty
    /// names, then comes first in ``CSVDelimiter/allCases``. Data rows are never looked at.
    ///
    /// - Throws: ``CSVError/empty`` when, under any candidate, there is no non-blank record.
    ///   Otherwise the first candidate's tokenizing error when no candidate can read the
    ///   header, or when some candidate cannot and none of the others finds a required column
    ///   (an unterminated quote in a comma header reads "fine" as one semicolon field; the
    ///   quote is the real problem).
    func locateHeader(in bytes: [UInt8]) throws(CSVError) -> LocatedHeader {
        if let delimiter {
            var tokenizer = CSVTokenizer(bytes, delimiter: delimiter)
            guard let header = try tokenizer.firstNonBlankRecord() else { throw .empty }
            return LocatedHeader(
                delimiter: delimiter, wasDetected: false, header: header, tokenizer: tokenizer)
        }
        let required = Set(normalisedRequiredColumns)
        var best: (located: LocatedHeader, score: (matches: Int, names: Int))?
        var firstError: CSVError?
        for candidate in CSVDelimiter.allCases {
            var tokenizer = CSVTokenizer(bytes, delimiter: candidate)
            let found: CSVRecord?
            do throws(CSVError) {
                found = try tokenizer.firstNonBlankRecord()
            } catch {
                if firstError == nil { firstError = error }
                continue
            }
            // Every record blank under one delimiter: the file holds nothing but delimiters,
            // quotes and whitespace, whatever another delimiter makes of it.
            guard let header = found else { throw .empty }
            let names = Set(header.fields.map { CSVText.normalisedColumnName($0.value) })
            let score = (
                matches: names.intersection(required).count,
                names: names.subtracting([""]).count
            )
            if let current = best?.score, score <= current { continue }
            best = (
                LocatedHeader(
                    delimiter: candidate, wasDetected: true, header: header, tokenizer: tokenizer),
                score
            )
            // Every required column found, and no other candidate's byte up to the end of the
            // header: under another candidate each record so far is one field, which can find at
            // most one required column and never more names, so this candidate wins. Reading
            // the header twice more is skipped (worksheets are read by the thousand).
            if score.matches == required.count, !required.isEmpty,
                !bytes[..<tokenizer.offset].contains(where: { byte in
                    CSVDelimiter.allCases.contains { $0 != candidate && $0.byte == byte }
                })
            {
                break
            }
        }
        guard let best else { throw firstError ?? .empty }
        // A header that no delimiter reads with a required column, while some delimiter cannot
        // read it at all, is broken rather than missing columns: report why.
        if let firstError, best.score.matches == 0, !required.isEmpty { throw firstError }
        return best.located
    }
}
