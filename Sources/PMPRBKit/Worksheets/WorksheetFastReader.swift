import PMPRBPlatform

/// Reads a plain worksheet straight from its bytes: the answers, unit, year and held
/// predicates that a summary needs, with only the cells it keeps turned into strings.
///
/// It is the fast path of ``UnitSummary/reading(csv:file:instrument:delimiter:options:)``
/// (decision 0021). It accepts only a worksheet that ``CSVReader`` and ``WorksheetReader``
/// would read without a single diagnostic, and gives up (returns `nil`) at the first thing
/// that could call for one, or that it does not judge itself: a byte-order mark other than
/// UTF-8's, text that is not UTF-8, a NUL, a header that is not the first line or holds a
/// quote or two kinds of delimiter, a record wider than the header, a quoted line break, an
/// unknown, repeated or missing code, an answer or weight that does not read, a metadata row
/// that is unknown, repeated or wrong, a breakdown or count check that speaks. The caller then
/// reads the file the plain way, which finds the same answers and says what is wrong.
/// Every decision that could differ is made by the plain code's own functions
/// (``String/trimmed``, ``LocaleNumber/parse(_:)``, ``AnswerReading``, ``HeldPredicate``).
struct WorksheetFastReader {
    /// What a summary needs from a worksheet.
    struct Reading {
        var unit = ""
        var year: Int?
        var heldPredicates: [HeldPredicate] = []
        /// The answer of each node, in the order of the instrument's nodes.
        var answerOfNode: [Worksheet.Answer?]
    }

    /// Reads a worksheet's bytes, or returns `nil` when the plain reader must.
    static func read(
        _ bytes: UnsafeBufferPointer<UInt8>, instrument: Instrument, delimiter: CSVDelimiter?
    ) -> Reading? {
        guard let base = bytes.baseAddress, bytes.count <= CSVReader.defaultByteLimit,
            !WorkbookPackage.isWorkbook(bytes), !bytes.starts(with: [0xFF, 0xFE]),
            !bytes.starts(with: [0xFE, 0xFF]), memchr(base, 0, bytes.count) == nil
        else { return nil }
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let body = UnsafeBufferPointer(rebasing: bytes[start...])
        guard CSVByte.isASCII(body) || String(validating: body, as: UTF8.self) != nil,
            let header = Header(bytes, from: start, delimiter: delimiter)
        else { return nil }
        var reader = WorksheetFastReader(instrument: instrument, header: header)
        var scanner = CSVByteScanner(bytes, from: header.end, delimiter: header.delimiter)
        // A record has at most the header's width of fields.
        var fields = Array(repeating: CSVByteField(start: 0, end: 0), count: header.width)
        var records = 1
        while true {
            switch scanner.next(into: &fields) {
            case .giveUp: return nil
            case .end: return reader.finish(in: instrument)
            case .record(let count):
                records += 1
                guard records < CSVLimits.records else { return nil }
                // The record read in place: a slice of the array would retain it, every row.
                let taken = fields.withUnsafeBufferPointer { all in
                    reader.take(
                        UnsafeBufferPointer(rebasing: all[..<count]), of: scanner, in: instrument)
                }
                guard taken else { return nil }
            }
        }
    }

    /// The header: the first line, holding every required column once.
    struct Header {
        var delimiter: UInt8
        /// The number of columns, without empty trailing names.
        var width: Int
        var kode: Int
        var bobot: Int?
        var jawaban: Int
        /// The offset of the first byte after the header's line end.
        var end: Int

        /// The required columns' names in normal form, made once.
        static let requiredColumns = CSVReader(requiredColumns: WorksheetColumns.required)
            .normalisedRequiredColumns

        init?(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, delimiter: CSVDelimiter?) {
            var lineEnd = start
            while lineEnd < bytes.count, bytes[lineEnd] != CSVByte.lf,
                bytes[lineEnd] != CSVByte.cr
            {
                lineEnd += 1
            }
            let line = bytes[start..<lineEnd]
            guard !line.contains(CSVByte.dquote) else { return nil }
            // Detected, the delimiter is the one candidate the line holds: under any other the
            // line is one field, which cannot hold every required column (`locateHeader`).
            let found = CSVDelimiter.allCases.filter { line.contains($0.byte) }
            guard let chosen = delimiter ?? (found.count == 1 ? found[0] : nil) else {
                return nil
            }
            self.delimiter = chosen.byte
            var names = line.split(separator: chosen.byte, omittingEmptySubsequences: false)
                .map { String(decoding: $0, as: UTF8.self) }
            while names.count > 1, let last = names.last, CSVText.isBlank(last) {
                names.removeLast()
            }
            guard !names.allSatisfy(CSVText.isBlank) else { return nil }
            let normalised = names.map(CSVText.normalisedColumnName)
            let named = normalised.filter { !$0.isEmpty }
            guard Set(named).count == named.count,
                Self.requiredColumns.allSatisfy(normalised.contains),
                let kode = normalised.firstIndex(of: "kode"),
                let jawaban = normalised.firstIndex(of: "jawaban")
            else { return nil }
            width = names.count
            self.kode = kode
            self.jawaban = jawaban
            bobot = normalised.firstIndex(of: "bobot")
            end = lineEnd
            if end < bytes.count {
                if bytes[end] == CSVByte.cr, end + 1 < bytes.count, bytes[end + 1] == CSVByte.lf {
                    end += 1
                }
                end += 1
            }
        }
    }

    // The instrument is passed to each call rather than kept: a copy of it would retain every
    // array and string it holds, for every file.
    let header: Header
    var reading: Reading
    /// Whether each node's row has been read.
    var seen: [Bool]
    /// Whether each node has an entry, as `WorksheetReader.entryOfNode` would.
    var hasEntry: [Bool]
    /// The metadata keys read, a handful: a list, which needs no hashing.
    var metadataSeen: [String] = []
    /// The `#instrumen` row's answer.
    var instrumentID: String?
    /// The node after the last one read, tried before the lookup by code.
    var nextOffset = 0

    init(instrument: Instrument, header: Header) {
        self.header = header
        reading = Reading(answerOfNode: Array(repeating: nil, count: instrument.nodes.count))
        seen = Array(repeating: false, count: instrument.nodes.count)
        hasEntry = Array(repeating: false, count: instrument.nodes.count)
    }

    /// Takes one record as `WorksheetReader.read` takes a row; `false` to give up.
    mutating func take(
        _ fields: UnsafeBufferPointer<CSVByteField>, of scanner: CSVByteScanner,
        in instrument: Instrument
    ) -> Bool {
        func text(_ column: Int?) -> String { Self.cell(fields, column, of: scanner) }
        // Rows usually follow the instrument's order: the next node's code is compared on the
        // bytes, and a string is made only for any other code.
        if nextOffset < instrument.nodes.count, header.kode < fields.count,
            scanner.trimmedEquals(fields[header.kode], instrument.nodes[nextOffset].code.utf8)
                == true
        {
            return take(fields, of: scanner, node: nextOffset, in: instrument)
        }
        let code = text(header.kode)
        if code.isEmpty {
            // A blank record is skipped; a row with content but no code is an error.
            return fields.allSatisfy(scanner.isBlank)
        }
        if code.hasPrefix("#") {
            return takeMetadata(code: code, value: text(header.jawaban), in: instrument)
        }
        guard let offset = instrument.index(of: code, tryingFirst: nextOffset) else { return false }
        return take(fields, of: scanner, node: offset, in: instrument)
    }

    /// The trimmed text of a cell; empty when the record is too short to have it.
    static func cell(
        _ fields: UnsafeBufferPointer<CSVByteField>, _ column: Int?, of scanner: CSVByteScanner
    ) -> String {
        guard let column, column < fields.count else { return "" }
        return scanner.trimmedString(fields[column])
    }

    /// Takes the row of a node: its weight and answer.
    private mutating func take(
        _ fields: UnsafeBufferPointer<CSVByteField>, of scanner: CSVByteScanner, node offset: Int,
        in instrument: Instrument
    ) -> Bool {
        // Cells whose trimmed bytes are their trimmed text are read on the bytes.
        func bytes(_ column: Int?) -> UnsafeBufferPointer<UInt8>? {
            guard let column else { return UnsafeBufferPointer(start: nil, count: 0) }
            return column < fields.count ? scanner.trimmedBytes(fields[column]) : nil
        }
        let (bobot, jawaban) = (header.bobot, header.jawaban)
        return take(
            node: offset, weight: bytes(bobot), answer: bytes(jawaban), in: instrument
        ) { isWeight in Self.cell(fields, isWeight ? bobot : jawaban, of: scanner) }
    }

    /// Takes the row of a node from its weight's and answer's trimmed bytes, each `nil` when
    /// its bytes are not its trimmed text, which `text` then gives (`true` for the weight).
    mutating func take(
        node offset: Int, weight: UnsafeBufferPointer<UInt8>?,
        answer: UnsafeBufferPointer<UInt8>?, in instrument: Instrument,
        text: (_ isWeight: Bool) -> String
    ) -> Bool {
        guard !seen[offset] else { return false }
        seen[offset] = true
        nextOffset = offset + 1
        if let weight {
            guard weight.isEmpty
                || Self.agrees(LocaleNumber.parse(trimmed: weight), node: offset, in: instrument)
            else { return false }
        } else {
            let weight = text(true)
            guard weight.isEmpty
                || Self.agrees(LocaleNumber.parse(weight), node: offset, in: instrument)
            else { return false }
        }
        if let answer, let read = Self.answer(answer, node: offset, in: instrument) {
            record(read, node: offset, in: instrument)
            return true
        }
        return takeAnswer(text(false), node: offset, in: instrument)
    }

    /// Reads a metadata row (its code starts with `#`) as `WorksheetReader.readMetadata` does,
    /// when that reports nothing: a key given twice is left to it.
    mutating func takeMetadata(
        code: String, value: String, in instrument: Instrument
    ) -> Bool {
        let key = code.lowercased()
        guard !metadataSeen.contains(key) else { return false }
        metadataSeen.append(key)
        switch key {
        case WorksheetColumns.instrumentKey:
            instrumentID = value
            return value.isEmpty || value == instrument.id
        case WorksheetColumns.unitKey:
            reading.unit = value
        case WorksheetColumns.yearKey:
            if value.isEmpty { return true }
            guard let number = Int(value), (2000...2100).contains(number) else { return false }
            reading.year = number
        case WorksheetColumns.predicateKey:
            guard case .success(let held) = HeldPredicate.parse(value, predicates: instrument.predicates)
            else { return false }
            reading.heldPredicates = held
        default:
            return false
        }
        return true
    }

    /// The reading, when the checks after the last row find nothing to say.
    func finish(in instrument: Instrument) -> Reading? {
        // No `#instrumen` row, or an empty one, is a warning.
        guard let id = instrumentID, !id.isEmpty else { return nil }
        for offset in instrument.nodes.indices
        where !seen[offset] && instrument.nodes[offset].kind.isAnswerable {
            return nil
        }
        // The breakdown and count checks decide as the plain reader's do, with its functions;
        // whatever they would say sends the file to the plain reader.
        let answers = reading.answerOfNode
        for offset in instrument.nodes.indices {
            if !instrument.nodes[offset].breakdown.isEmpty, hasEntry[offset],
                WorksheetReader.breakdownVerdict(
                    instrument.nodes[offset], total: answers[offset], in: instrument,
                    answer: { answers[$0] }) != nil
            {
                return nil
            }
            if instrument.nodes[offset].numeratorCapped, let formula = instrument.nodes[offset].formula,
                WorksheetReader.exceedingParts(
                    formula, answer: { code in instrument.index(of: code).flatMap { answers[$0] } })
                    != nil
            {
                return nil
            }
        }
        return reading
    }
}
