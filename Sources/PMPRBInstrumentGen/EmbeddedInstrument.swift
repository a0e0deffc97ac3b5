import Foundation

/// One built-in instrument: its CSV file under `worksheets/instrumen/` and the Swift names the
/// generated sources give it.
struct EmbeddedInstrument: Equatable {
    /// The instrument id, which is the file name without `.csv` (`rb-2023-kl`).
    var id: String
    /// The file's text, exactly as on disk.
    var csv: String

    /// The stem of the generated file and of the parsed static: the id's parts upper-cased and
    /// joined (`RB2023KL`).
    var typeStem: String { id.split(separator: "-").map { $0.uppercased() }.joined() }

    /// The name of the static that holds the text (`rb2023klCSV`).
    var textName: String { id.replacingOccurrences(of: "-", with: "") + "CSV" }

    /// The name of the static that holds the parsed instrument (`parsedRB2023KL`).
    var parsedName: String { "parsed" + typeStem }

    /// The generated file's name: the CSV file's, with `.generated.swift` for `.csv`
    /// (`rb-2023-kl.generated.swift`). The build plugin declares the same names as its outputs.
    var fileName: String { id + ".generated.swift" }

    /// Whether a file name is one of a built-in instrument: lower-case letters, digits and
    /// single hyphens, starting with a letter, then `.csv`.
    static func id(ofFile name: String) -> String? {
        guard name.hasSuffix(".csv") else { return nil }
        let id = String(name.dropLast(4))
        let allowed = id.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
        }
        guard allowed, let first = id.unicodeScalars.first, ("a"..."z").contains(first),
            !id.hasSuffix("-"), !id.contains("--")
        else { return nil }
        return id
    }

    /// The number of `#` around the raw string literal: the fewest (at least one) that neither
    /// a `"""` nor a backslash in the text is followed by, so the text needs no escaping.
    var rawDelimiter: String {
        var hashes = "#"
        while csv.contains("\"\"\"" + hashes) || csv.contains("\\" + hashes) {
            hashes += "#"
        }
        return hashes
    }

    /// The Swift source that embeds the text.
    var source: String {
        let hashes = rawDelimiter
        return """
            // Generated at build time from worksheets/instrumen/\(id).csv by PMPRBInstrumentGen,
            // which the build plugin PMPRBInstrumentPlugin runs whenever that file changes.

            extension BuiltinInstruments {
                static let \(textName) = \(hashes)\"\"\"
            \(csv)
            \"\"\"\(hashes)
            }

            """
    }
}
