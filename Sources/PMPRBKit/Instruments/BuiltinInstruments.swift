import Foundation

/// The instruments compiled into the library, so that `pmprb` works from any directory.
///
/// Each is the text of a file under `worksheets/instrumen/`, embedded by
/// `Tests/PMPRBKitTests/Instruments/BuiltinInstrumentFileTests.swift`, which fails when the two
/// drift (`docs/decisions/0002-instrument-embedded-and-on-disk.md`).
public enum BuiltinInstruments {
    /// The ids and CSV texts of the built-in instruments, in order.
    public static let sources: [(id: String, csv: String)] = [
        ("zi-2021", zi2021CSV),
        ("rb-2014", rb2014CSV),
        ("rb-2020", rb2020CSV),
        ("rb-2023-kl", rb2023klCSV),
        ("rb-2023-provinsi", rb2023provinsiCSV),
        ("rb-2023-kabkota", rb2023kabkotaCSV),
        ("rb-2023-strategi", rb2023strategiCSV),
    ]

    /// The ids of the built-in instruments.
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
        switch id {
        case "zi-2021": parsedZI2021
        case "rb-2014": parsedRB2014
        case "rb-2020": parsedRB2020
        default: csv(id).map { parse(id, $0) }
        }
    }

    private static let parsedZI2021 = parse("zi-2021", zi2021CSV)
    private static let parsedRB2014 = parse("rb-2014", rb2014CSV)
    private static let parsedRB2020 = parse("rb-2020", rb2020CSV)

    private static func parse(_ id: String, _ text: String) -> Instrument {
        do {
            return try Instrument(csv: Data(text.utf8), file: "<builtin:\(id)>")
        } catch {
            preconditionFailure("built-in instrument '\(id)' is invalid:\n\(error)")
        }
    }
}
