/// A set of report words whose plain words are lines of `Messages/label.tsv`: `labels.gaps` is
/// the line `score.gaps` (decision 0042). Words that take values, or choose among cases, are
/// functions of the type.
@dynamicMemberLookup
protocol WordTable: Bilingual {
    /// The tables of `label.tsv` the words are read from, the first that has a word wins:
    /// `["score", "table"]`.
    static var tables: [String] { get }
}

extension WordTable {
    /// The word `name` of the first table that has it, in the value's language.
    subscript(dynamicMember name: String) -> String {
        for table in Self.tables {
            if let texts = MessageCatalogue.labelFile[table + "." + name] {
                return pick(texts.indonesian, texts.english)
            }
        }
        preconditionFailure("no label '\(name)' in \(Self.tables)")
    }

    /// The word of an enumeration's case, keyed by its name: `word("status", .tercapai)` is
    /// `status.tercapai`.
    func word(_ group: String, _ value: some Sendable) -> String {
        self[dynamicMember: "\(group).\(value)"]
    }
}

/// The words that the tables of the score report and of the coordinator's reports share
/// (`table.*` of `label.tsv`), written once so that a column reads the same in every report.
protocol TableWords: WordTable {}

extension TableWords {
    var total: String { "TOTAL" }

    /// The header line that names the instrument and the regulation its source names first:
    /// `Instrumen: zi-2021 (PermenPANRB 90/2021)`.
    func instrumentLine(_ id: String, source: String) -> String {
        "\(self.instrument): \(id) (\(Instrument.regulation(of: source)))"
    }

    /// The note under a chart whose dashed lines mark the minimum of every area, with each
    /// predicate's minimum: `Garis putus-putus: batas per area (WBK 60%, WBBM 75%)`.
    func thresholdNote(_ thresholds: [(predicate: String, threshold: Double)]) -> String {
        self.markerNote + " ("
            + thresholds.map { "\($0.predicate) \(language.percent($0.threshold))" }
            .joined(separator: ", ") + ")"
    }
}
