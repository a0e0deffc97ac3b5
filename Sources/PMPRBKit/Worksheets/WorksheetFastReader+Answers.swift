/// The answers ``WorksheetFastReader`` takes: each read on its bytes where that is safe, else
/// as ``WorksheetReader`` reads it, and kept as it keeps an entry.
extension WorksheetFastReader {
    /// Whether a weight that reads is the node's.
    static func agrees(
        _ typed: (value: Double, isPercent: Bool)?, node offset: Int, in instrument: Instrument
    ) -> Bool {
        guard let typed, !typed.isPercent, let expected = instrument.nodes[offset].weight else {
            return false
        }
        return Rounding.agrees(typed.value, expected)
    }

    /// The answer that ``takeAnswer(_:node:in:)`` would read from an answer cell's trimmed bytes,
    /// read on the bytes: an option spelled exactly as the instrument spells it and not ending in
    /// `.` or `)` (`AnswerReading` matches an exact label first), or a number that reads
    /// without a problem; never the not-applicable mark. `nil` for that function to decide.
    ///
    /// Static, with the instrument passed in: as a method of the reader, called from the
    /// mutating `take` on every row, it cost about 7 K more instructions a worksheet.
    static func answer(
        _ bytes: UnsafeBufferPointer<UInt8>, node offset: Int, in instrument: Instrument
    ) -> Worksheet.Answer? {
        guard let last = bytes.last,
            let conversion = instrument.answerTypeOfNode[offset]?.conversion
                ?? instrument.directTypeOfNode[offset]?.conversion,
            NotApplicable.matches(ascii: bytes) == false
        else { return nil }
        guard case .options(let options) = conversion else {
            return AnswerReading.number(bytes, as: conversion)
        }
        guard last != UInt8(ascii: "."), last != UInt8(ascii: ")"),
            let option = options.first(where: { CSVByteScanner.equal(bytes, $0.label.utf8) })
        else { return nil }
        return .option(option.label)
    }

    /// Reads an answer as `WorksheetReader.readAnswer` does, when that reports nothing.
    mutating func takeAnswer(
        _ text: String, node offset: Int, in instrument: Instrument
    ) -> Bool {
        var answer: Worksheet.Answer?
        if !text.isEmpty {
            guard
                let conversion = instrument.answerTypeOfNode[offset]?.conversion
                    ?? instrument.directTypeOfNode[offset]?.conversion
            else { return false }
            if NotApplicable.matches(text) {
                guard instrument.nodes[offset].allowsNotApplicable else { return false }
                answer = .notApplicable
            } else {
                guard case .success(let read) = AnswerReading.read(text, as: conversion) else {
                    return false
                }
                answer = read
            }
        }
        record(answer, node: offset, in: instrument)
        return true
    }

    /// Keeps a node's answer as `WorksheetReader.readAnswer` keeps an entry.
    mutating func record(
        _ answer: Worksheet.Answer?, node offset: Int, in instrument: Instrument
    ) {
        if instrument.nodes[offset].kind.isAnswerable
            || (instrument.nodes[offset].directTypeID != nil && answer != nil)
        {
            reading.answerOfNode[offset] = answer
            hasEntry[offset] = true
        }
    }
}
