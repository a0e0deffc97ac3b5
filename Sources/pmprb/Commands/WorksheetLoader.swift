import PMPRBPlatform
import PMPRBKit

/// Finds a worksheet's instrument and reads the worksheet against it.
enum WorksheetLoader {
    /// Resolves `--instrumen`: a built-in id, or a path to an instrument file.
    static func instrument(_ reference: String, io: CommandIO) throws -> Instrument {
        if let builtin = BuiltinInstruments.instrument(reference) { return builtin }
        if reference.hasSuffix(".csv") || reference.contains("/") {
            return try Instrument(csv: io.read(reference), file: reference)
        }
        throw unknownInstrument(reference)
    }

    /// The one failure for an instrument id that is not known, with the known ones.
    static func unknownInstrument(
        _ id: String, file: String? = nil, otherwise: CommandMessage.InstrumentHint = .byPath
    ) -> CommandFailure {
        CommandFailure(
            .wrongInstrument, .unknownInstrument(VisibleText.clipped(id)), file: file,
            notes: [.builtinInstruments(BuiltinInstruments.ids, otherwise: otherwise)])
    }

    /// Reads a worksheet file and its instrument; warnings are written to standard error.
    static func load(
        _ path: String, instrument reference: String?, delimiter: CSVDelimiter?,
        io: inout CommandIO
    ) throws -> (Instrument, Worksheet) {
        let data = try io.read(path)
        let table = try Worksheet.table(csv: data, file: path, delimiter: delimiter)
        let named = Worksheet.instrumentID(in: table)
        let instrument: Instrument
        if let reference {
            instrument = try self.instrument(reference, io: io)
            if let named, named != instrument.id {
                throw CommandFailure(
                    .wrongInstrument,
                    .worksheetOfOtherInstrument(named: VisibleText.clipped(named), chosen: instrument.id), file: path,
                    notes: [.dropInstrumentOption])
            }
        } else if let named {
            guard let builtin = BuiltinInstruments.instrument(named) else {
                throw unknownInstrument(named)
            }
            instrument = builtin
        } else {
            throw CommandFailure(
                .wrongInstrument, .worksheetNamesNoInstrument, file: path,
                notes: [.addInstrumentRow])
        }
        let worksheet = try Worksheet(parsing: table, file: path, instrument: instrument)
        for warning in worksheet.warnings { io.report(warning) }
        return (instrument, worksheet)
    }

    static func delimiter(_ arguments: ParsedArguments) throws(UsageError) -> CSVDelimiter? {
        guard let text = arguments.value("--delimiter") else { return nil }
        switch text.lowercased() {
        case "comma", ",": return .comma
        case "semicolon", ";": return .semicolon
        case "tab", "\\t", "\t": return .tab
        default:
            throw UsageError(
                .optionChoice("--delimiter", value: text, allowed: ["comma", "semicolon", "tab"]))
        }
    }
}
