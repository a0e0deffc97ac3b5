/// What a comparison keeps of one scored worksheet: the unit, its total, band, predicate
/// verdicts, area values keyed by area id and entry answers keyed by code, without titles or
/// diagnostics.
///
/// A coordinator compares thousands of worksheets; keeping a summary instead of the whole
/// ``ScoreCard`` lets memory grow only with these values. Areas are keyed by their id and items
/// by their code, never by position: a worksheet that gives a node's value directly
/// (*nilai langsung*) shows that node in the place of its items and has no value for an area
/// under it, so two worksheets of one instrument need not show the same entries.
@dynamicMemberLookup
public struct UnitSummary: Hashable, Sendable {
    /// Whether a unit meets a predicate such as WBK.
    public struct Verdict: Hashable, Sendable {
        /// The predicate, e.g. `WBK`.
        public var name: String
        /// Whether every criterion holds.
        public var holds: Bool
        /// Whether every criterion checked against the values holds.
        public var scoreCriteriaHold: Bool
        /// The predicates the unit must already hold that were not declared.
        public var undeclared: [String]

        /// The verdict of a predicate check.
        public init(_ check: ScoreCard.PredicateCheck) {
            name = check.name
            holds = check.holds
            scoreCriteriaHold = check.scoreCriteriaHold
            undeclared = check.undeclared
        }

        /// A verdict from its parts (``Instrument/verdicts(total:areas:held:nodeValue:)``).
        init(name: String, holds: Bool, scoreCriteriaHold: Bool, undeclared: [String]) {
            self.name = name
            self.holds = holds
            self.scoreCriteriaHold = scoreCriteriaHold
            self.undeclared = undeclared
        }

        /// Whether the values meet every criterion and only a declaration is missing.
        public var awaitsDeclaration: Bool { !holds && scoreCriteriaHold }
    }

    /// The values, in one object that copies share (``Values``).
    private(set) var box: Box

    /// The values as one value; setting it makes a new object, which copies made before do
    /// not see.
    var values: Values {
        get { box.values }
        set { box = Box(newValue) }
    }

    /// A value of the summary (``Values``), read from the shared object; setting one makes a
    /// new object.
    public subscript<Value>(dynamicMember keyPath: WritableKeyPath<Values, Value>) -> Value {
        get { box.values[keyPath: keyPath] }
        set { values[keyPath: keyPath] = newValue }
    }

    /// The answer of each entry in ``Values/itemCodes``.
    public var answers: [ShownAnswer] {
        get { box.values.storedAnswers.answers }
        set { values.storedAnswers = StoredAnswers(newValue) }
    }
    /// ``answers`` as kept (``StoredAnswers``).
    private var storedAnswers: StoredAnswers { box.values.storedAnswers }

    /// Summarises a score card.
    ///
    /// - Parameters:
    ///   - card: The score card.
    ///   - file: The worksheet's file, as the user named it.
    public init(card: ScoreCard, file: String) {
        box = Box(
            Values(
                instrumentID: card.instrumentID, unit: card.unit, year: card.year, file: file,
                total: card.total, band: card.band, predicates: card.predicates.map(Verdict.init),
                missingAnswers: card.missingAnswers, heldPredicates: card.heldPredicates,
                itemCount: card.items.count, unansweredCount: card.unansweredCount,
                areaIDs: card.areas.map(\.id), areaValues: card.areas.map(\.value),
                itemCodes: card.items.map(\.code),
                storedAnswers: StoredAnswers(card.items.map(\.answer)),
                points: card.items.map(\.points)))
    }

    /// Creates a summary from its values; `areaValues` parallels `areaIDs`, and `answers` and
    /// `points` parallel `itemCodes`.
    init(
        instrumentID: String, unit: String, year: Int?, file: String, total: Double, band: Band?,
        predicates: [Verdict], itemCount: Int, unansweredCount: Int, areaIDs: [String],
        areaValues: [Double], itemCodes: [String], answers: [ShownAnswer], points: [Double]
    ) {
        self.init(
            instrumentID: instrumentID, unit: unit, year: year, file: file, total: total,
            band: band, predicates: predicates, itemCount: itemCount,
            unansweredCount: unansweredCount, areaIDs: areaIDs, areaValues: areaValues,
            itemCodes: itemCodes, stored: StoredAnswers(answers), points: points)
    }

    /// ``init(instrumentID:unit:year:file:total:band:predicates:itemCount:unansweredCount:areaIDs:areaValues:itemCodes:answers:points:)``
    /// with the answers already packed, and how unanswered items were counted and the
    /// predicates declared.
    init(
        instrumentID: String, unit: String, year: Int?, file: String, total: Double, band: Band?,
        predicates: [Verdict], itemCount: Int, unansweredCount: Int, areaIDs: [String],
        areaValues: [Double], itemCodes: [String], stored: StoredAnswers, points: [Double],
        missingAnswers: MissingAnswers = .zero, heldPredicates: [HeldPredicate] = []
    ) {
        precondition(areaIDs.count == areaValues.count, "one value per area")
        precondition(
            itemCodes.count == stored.count && itemCodes.count == points.count,
            "one answer and one value per entry")
        box = Box(
            Values(
                instrumentID: instrumentID, unit: unit, year: year, file: file, total: total,
                band: band, predicates: predicates, missingAnswers: missingAnswers,
                heldPredicates: heldPredicates, itemCount: itemCount,
                unansweredCount: unansweredCount, areaIDs: areaIDs, areaValues: areaValues,
                itemCodes: itemCodes, storedAnswers: stored, points: points))
    }

    /// The value of an area in points, or `nil` when the worksheet does not show it (the
    /// area lies under a node given directly).
    public func areaValue(_ id: String) -> Double? {
        self.areaIDs.firstIndex(of: id).map { self.areaValues[$0] }
    }

    /// The answer and the points of an entry (an item, or a node given directly), or `nil`
    /// when the worksheet does not show it.
    public func entry(_ code: String) -> (answer: ShownAnswer, points: Double)? {
        self.itemCodes.firstIndex(of: code).map { (storedAnswers.answer(at: $0), self.points[$0]) }
    }

    /// The position of each entry's code in ``itemCodes``.
    func entryIndex() -> [String: Int] {
        Dictionary(
            self.itemCodes.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The total as published: rounded to two decimals.
    public var publishedTotal: Double { Rounding.published(self.total) }

    /// The share of scored items with no answer, from 0 to 1.
    public var unansweredShare: Double {
        self.itemCount > 0 ? Double(self.unansweredCount) / Double(self.itemCount) : 0
    }

    /// The unit's name, or the file in brackets when the worksheet names no unit.
    public var displayName: String { self.unit.isEmpty ? "[" + self.file + "]" : self.unit }

    /// The verdict of a predicate, if the instrument has it.
    public func verdict(_ predicate: String) -> Verdict? {
        self.predicates.first { $0.name == predicate }
    }

    /// Whether the unit meets a predicate; `nil` when the instrument has no such predicate.
    public func meets(_ predicate: String) -> Bool? {
        self.predicates.first { $0.name == predicate }?.holds
    }

    /// The key that identifies the same unit across worksheets and years: the name with case
    /// and runs of whitespace ignored, or `nil` when the worksheet names no unit.
    public var unitKey: String? {
        let unit = self.unit
        if let ascii = unit.utf8.withContiguousStorageIfAvailable(Self.asciiUnitKey), let ascii {
            return ascii
        }
        let words = unit.lowercased().split(whereSeparator: \.isWhitespace)
        return words.isEmpty ? nil : words.joined(separator: " ")
    }

    /// ``unitKey`` of a name in ASCII, made on its bytes (the ASCII white space is what
    /// `Character.isWhitespace` finds in ASCII text); `.none` for any other name.
    private static func asciiUnitKey(_ bytes: UnsafeBufferPointer<UInt8>) -> String?? {
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return .none }
        var key: [UInt8] = []
        key.reserveCapacity(bytes.count)
        var space = false
        for byte in bytes {
            if byte.isASCIIWhitespace {
                space = !key.isEmpty
                continue
            }
            if space { key.append(0x20) }
            space = false
            key.append((0x41...0x5A).contains(byte) ? byte | 0x20 : byte)
        }
        return .some(key.isEmpty ? nil : String(decoding: key, as: UTF8.self))
    }
}
