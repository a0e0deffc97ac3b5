import PMPRBKit

/// `pmprb instrumen [show|export] [ID]`: the built-in instruments.
struct InstrumentCommand: Command {
    static let name = "instrumen"
    static let arguments = [argument("action"), argument("instrument")]
    static let options: [OptionSpec] = [.output, .language, .help]

    enum Action: String, CaseIterable { case list, show, export }

    var action: Action
    var instrument: String?
    var output: String?

    init(_ arguments: ParsedArguments) throws(UsageError) {
        let words = arguments.positionals
        guard let action = Action(rawValue: words.first ?? "list") else {
            throw UsageError(.unknownAction(words[0], allowed: Action.allCases.map(\.rawValue)))
        }
        self.action = action
        instrument = words.count > 1 ? words[1] : nil
        if action != .list && instrument == nil {
            throw UsageError(.missingArgumentForAction("<instrument>", action: action.rawValue))
        }
        output = arguments.value("--output")
        if let output {
            try (action == .export ? OutputFormats.csv : OutputFormats.text)
                .check(output, command: Self.name + " " + action.rawValue)
        }
    }

    func run(_ io: inout CommandIO) throws -> ExitCode {
        try OutputGuard.check(output, against: OutputGuard.instrumentFile(instrument))
        switch action {
        case .list:
            var text = ""
            for id in BuiltinInstruments.ids {
                guard let instrument = BuiltinInstruments.instrument(id) else { continue }
                let assumptions = instrument.assumptions.count
                let status = assumptions == 0 ? "pasti" : "sementara (\(assumptions) asumsi)"
                text += [id, instrument.source, instrument.level, status]
                    .joined(separator: "\t") + "\n"
            }
            try io.emit(text, to: output)
        case .show:
            let instrument = try WorksheetLoader.instrument(self.instrument ?? "", io: io)
            try io.emit(InstrumentTree(instrument: instrument).rendered(), to: output)
        case .export:
            let reference = self.instrument ?? ""
            if let text = BuiltinInstruments.csv(reference) {
                try io.emit(text, to: output)
            } else {
                // A file is checked first, so that only a valid instrument is copied.
                _ = try WorksheetLoader.instrument(reference, io: io)
                try io.emit(String(decoding: try io.read(reference), as: UTF8.self), to: output)
            }
        }
        return .success
    }
}
