/// The generated half of `BuiltinInstruments`: the ids in order, their texts, and one lazily
/// parsed static per instrument.
struct Registry {
    /// The instruments, in the declared order.
    var instruments: [EmbeddedInstrument]

    /// The generated file's name.
    static let fileName = "BuiltinInstruments.generated.swift"

    /// The Swift source of the registry.
    var source: String {
        let entries = instruments.map { "        (\"\($0.id)\", \($0.textName))," }
        let cases = instruments.map { "        case \"\($0.id)\": \($0.parsedName).instrument" }
        let statics = instruments.map {
            "    private static let \($0.parsedName) = parse(\"\($0.id)\", \($0.textName))"
        }
        let lines =
            [
                "// Generated at build time from worksheets/instrumen/*.csv and",
                "// worksheets/instrumen/urutan.txt by PMPRBInstrumentGen, which the build plugin",
                "// PMPRBInstrumentPlugin runs whenever one of them changes.",
                "",
                "extension BuiltinInstruments {",
                "    /// The ids and CSV texts of the built-in instruments, in order.",
                "    public static let sources: [(id: String, csv: String)] = [",
            ] + entries
            + [
                "    ]",
                "",
                "    /// The built-in instrument with an id, parsed and checked once per process, the",
                "    /// first time it is asked for (a `static let` is initialised lazily and exactly",
                "    /// once, even when several threads ask at the same time).",
                "    static func parsed(_ id: String) -> Instrument? {",
                "        switch id {",
            ] + cases
            + [
                "        default: nil",
                "        }",
                "    }",
                "",
            ] + statics + ["}", ""]
        return lines.joined(separator: "\n")
    }
}
