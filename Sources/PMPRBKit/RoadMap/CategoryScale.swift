/// The categories (predikat) of a measure, best first, with the number ranges that decide them
/// when the measure is a number.
///
/// A road map writes targets such as `68 (BB)`; a scale says which category 68 falls in, so
/// that a label typed by hand can be checked (`docs/roadmap-format.md`, "Scales").
public struct CategoryScale: Hashable, Sendable {
    /// The id used in a road map's `skala` column, e.g. `sakip`.
    public var id: String
    /// What the scale measures, e.g. `Nilai SAKIP`.
    public var title: String
    /// The categories, best first. A band's lower bound is exclusive except for the lowest,
    /// as in ``Instrument/band(for:)``; a scale of words only (opini BPK) has bounds of `nil`.
    public var grades: [Grade]
    /// Where the ranges come from.
    public var provenance: Provenance

    /// One category of a scale.
    public struct Grade: Hashable, Sendable {
        /// The letter or word, e.g. `BB` or `WTP`.
        public var grade: String
        /// The label, e.g. `Sangat Baik`; may be empty.
        public var label: String
        /// The lower bound of its number range, or `nil` for a scale of words.
        public var lowerBound: Double?
    }

    /// Whether the grades have number ranges.
    public var hasRanges: Bool { grades.contains { $0.lowerBound != nil } }

    /// The category a number falls in, decided on the number rounded to two decimals; `nil`
    /// below the lowest band or for a scale of words.
    public func grade(for value: Double) -> Grade? {
        let ranged = grades.compactMap { grade in grade.lowerBound.map { (grade, $0) } }
        return Band.index(of: value, in: ranged.map { ($0.1, false) }).map { ranged[$0].0 }
    }

    /// The rank of a category written as its grade or its label (case and spaces ignored):
    /// 0 for the best; `nil` when the scale has no such category.
    public func rank(of text: String) -> Int? {
        let key = Self.key(text)
        if let index = grades.firstIndex(where: { Self.key($0.grade) == key }) { return index }
        return grades.firstIndex { !$0.label.isEmpty && Self.key($0.label) == key }
    }

    /// Text compared without case and with runs of spaces as one.
    static func key(_ text: String) -> String {
        text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

extension CategoryScale {
    /// The scale of an instrument's category bands, e.g. the Indeks RB bands of `rb-2020`.
    ///
    /// A client gets a scale from an instrument or from the built-in ones; the scales of other
    /// measures are built only by the library, from grades whose ranges cite their source
    /// (decision 0045).
    public init(instrument: Instrument) {
        self.init(
            id: instrument.id, title: instrument.title,
            grades: instrument.bands.map {
                Grade(grade: $0.grade, label: $0.label, lowerBound: $0.lowerBound)
            },
            provenance: instrument.bands.first?.provenance ?? Provenance(source: instrument.source))
    }
}
