/// One node of an instrument's scoring tree: a component, aspect, area, sub-indicator, item or
/// input row.
public struct Node: Hashable, Sendable {
    /// The official code, e.g. `A.I.1.i.a` (`docs/instrument-format.md`, "Codes").
    public var code: String
    /// The level of the node.
    public var kind: NodeKind
    /// A concise Indonesian summary.
    public var title: String
    /// The weight in points; `nil` for items averaged inside a sub-indicator and input rows.
    public var weight: Double?
    /// The answer type's id, for items and input rows.
    public var answerTypeID: String?
    /// The formula of a percentage item.
    public var formula: Formula?
    /// The value of a percentage item whose denominator is 0; `nil` when it cannot be computed.
    public var zeroDenominator: ZeroDenominator?
    /// The area id shared by the area rows of one area across aspects (e.g. `MP`).
    public var areaID: String?
    /// The id by which an area node is grouped and shown: its ``areaID``, else its code.
    var areaKey: String { areaID ?? code }
    /// The code of a prerequisite item: this item counts only as far as that one does.
    public var gate: String?
    /// The id of a scale answer type in which a worksheet may give this node's value directly.
    public var directTypeID: String?
    /// For a percentage item: whether its numerator may not exceed its denominator (a count of
    /// done things cannot be more than the things to do), so that a worksheet saying so is
    /// refused rather than capped.
    public var numeratorCapped: Bool = false
    /// What each answer of an item means (the regulation's *Penjelasan*), if the instrument
    /// file states it; never used for scoring.
    public var guide: AnswerGuide?
    /// For a component of a two-part index (`docs/methodology.md`, section 11): whether it is
    /// part of RB General, of RB Tematik, or holds the evaluator's coefficient.
    public var part: IndexPart?
    /// For a line scored on a range: its *target baik*, on the line's own scale; a line below
    /// it turns the band it is given for into the band standing in for it (A into A−).
    public var target: Double?
    /// Whether a worksheet may mark this line as not applicable (`TB`), leaving it out of the
    /// weight over which RB General is rescaled.
    public var allowsNotApplicable: Bool = false
    /// For an input row: the codes of the input rows that break it down (its *rincian*, e.g.
    /// the persons obliged to report, by position); they must add up to it. Empty otherwise.
    public var breakdown: [String] = []
    /// Where the node's numbers come from.
    public var provenance: Provenance
    /// The index of the parent in ``Instrument/nodes``, or `nil` for a component; the tree
    /// links are set by ``Instrument``.
    public var parent: Int?
    /// The indices of the children in ``Instrument/nodes``, in printed order.
    public var children: [Int] = []
    /// The line of the node in the instrument file.
    public var line: Int = 0

    /// Whether an assessor answers this node in a worksheet (items and input rows).
    public var isAnswerable: Bool { kind.isAnswerable }

    /// The code of the parent: the code without its last segment.
    public var parentCode: String? {
        guard let dot = code.lastIndex(of: ".") else { return nil }
        return String(code[..<dot])
    }
}
