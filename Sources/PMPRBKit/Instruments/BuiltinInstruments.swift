import PMPRBPlatform

/// The instruments compiled into the library, so that `pmprb` works from any directory.
///
/// Each is the text of a file under `worksheets/instrumen/`, embedded at build time by the build
/// plugin `PMPRBInstrumentPlugin`, which also generates the list of ids and the lazily parsed
/// instruments (`docs/decisions/0043-instruments-generated-at-build-time.md`).
public enum BuiltinInstruments {
    /// The ids of the built-in instruments, in the order of `worksheets/instrumen/urutan.txt`.
    public static var ids: [String] { sources.map(\.id) }

    /// The CSV text of a built-in instrument, if there is one with this id.
    public static func csv(_ id: String) -> String? {
        sources.first { $0.id == id }?.csv
    }

    /// The built-in instrument with an id, parsed and checked.
    ///
    /// - Returns: `nil` when no built-in instrument has this id.
    /// - Precondition: The embedded text is a valid instrument (tests check every one).
    /// Each is parsed once per process, the first time it is asked for: a `static let` is
    /// initialised lazily and exactly once, even when several threads ask at the same time.
    public static func instrument(_ id: String) -> Instrument? {
        parsed(id)
    }

    /// A built-in instrument and the table it was read from, kept with it for the process:
    /// freeing the table's thousands of fields as soon as the instrument was built took about
    /// 0.35 million instructions of `pmprb score`, and the process frees everything when it
    /// exits.
    struct Parsed: Sendable {
        var instrument: Instrument
        var table: CSVTable?
    }

    /// Parses an embedded text; used by the generated registry. The text is read on its bytes
    /// (``CSVTable/init(builtinText:)``) when it has the plain shape every built-in has, else
    /// by ``CSVReader``.
    static func parse(_ id: String, _ text: String) -> Parsed {
        let file = "<builtin:\(id)>"
        do {
            if let table = CSVTable(builtinText: text) {
                return Parsed(instrument: try Instrument(builtin: table, file: file), table: table)
            }
            return Parsed(instrument: try Instrument(builtin: Data(text.utf8), file: file))
        } catch {
            preconditionFailure("built-in instrument '\(id)' is invalid:\n\(error)")
        }
    }
}
