// Generated from worksheets/instrumen/*.csv and worksheets/instrumen/urutan.txt
// by `swift run PMPRBInstrumentGen`. Do not edit: add or change a CSV file (or the
// order), then run that command again.

extension BuiltinInstruments {
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

    /// The built-in instrument with an id, parsed and checked once per process, the
    /// first time it is asked for (a `static let` is initialised lazily and exactly
    /// once, even when several threads ask at the same time).
    static func parsed(_ id: String) -> Instrument? {
        switch id {
        case "zi-2021": parsedZI2021
        case "rb-2014": parsedRB2014
        case "rb-2020": parsedRB2020
        case "rb-2023-kl": parsedRB2023KL
        case "rb-2023-provinsi": parsedRB2023PROVINSI
        case "rb-2023-kabkota": parsedRB2023KABKOTA
        case "rb-2023-strategi": parsedRB2023STRATEGI
        default: nil
        }
    }

    private static let parsedZI2021 = parse("zi-2021", zi2021CSV)
    private static let parsedRB2014 = parse("rb-2014", rb2014CSV)
    private static let parsedRB2020 = parse("rb-2020", rb2020CSV)
    private static let parsedRB2023KL = parse("rb-2023-kl", rb2023klCSV)
    private static let parsedRB2023PROVINSI = parse("rb-2023-provinsi", rb2023provinsiCSV)
    private static let parsedRB2023KABKOTA = parse("rb-2023-kabkota", rb2023kabkotaCSV)
    private static let parsedRB2023STRATEGI = parse("rb-2023-strategi", rb2023strategiCSV)
}
