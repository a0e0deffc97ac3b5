/// An evaluation instrument: the scoring tree of one regulation, its answer types, its category
/// bands and its predicate criteria, with the source of every number.
///
/// The only way to get one is ``init(parsing:file:)`` (or a built-in from ``BuiltinInstruments``),
/// which checks every invariant; after that, scoring cannot fail.
public struct Instrument: Hashable, Sendable {
    /// The id, e.g. `zi-2021`.
    public var id: String
    /// The name.
    public var title: String
    /// The regulation the instrument encodes.
    public var source: String
    /// The level assessed, e.g. `unit kerja` or `instansi pemerintah daerah`.
    public var level: String
    /// The declared total (100 for the indices).
    public var declaredTotal: Double
    /// The answer types, in file order.
    public var answerTypes: [AnswerType]
    /// Every node in pre-order: a parent before its children, siblings in printed order.
    public var nodes: [Node]
    /// The category bands, highest first.
    public var bands: [Band]
    /// The predicate criteria, in file order.
    public var criteria: [Criterion]
    /// The bands given instead of another when a line misses its *target baik* (A− for A).
    public var targetBands: [Band]
    /// How a Pemda's own result and its OPD's combine, if the instrument declares it.
    public var combination: Combination?

    let indexByCode: [String: Int]
    let answerTypeByID: [String: AnswerType]
    // Derived once here rather than on every worksheet: scoring thousands of worksheets asks
    // for them for every node (`docs/performance.md`).
    /// The answer type of each node, in the order of ``nodes``.
    let answerTypeOfNode: [AnswerType?]
    /// The direct-value type of each node, in the order of ``nodes``.
    let directTypeOfNode: [AnswerType?]
    /// The area node above each node, in the order of ``nodes``.
    let areaAncestorOfNode: [Int?]
    /// The stored value of ``areaGroups``.
    let areaGroupList: [AreaGroup]
    /// The stored value of ``predicates``.
    let predicateList: [String]
    /// The stored value of ``assumptions``.
    let assumptionList: [Provenance]
    /// The codes of the scored items, in order: the entries of a summary of a worksheet that
    /// gives no value directly. Summaries share this one array rather than each building its
    /// own (`docs/performance.md`).
    let itemCodeList: [String]
    /// The area ids, in order, shared the same way.
    let areaIDList: [String]

    init(
        id: String, title: String, source: String, level: String, declaredTotal: Double,
        answerTypes: [AnswerType], nodes: [Node], bands: [Band], criteria: [Criterion],
        targetBands: [Band] = [],
        combination: Combination? = nil
    ) {
        self.combination = combination
        self.id = id
        self.title = title
        self.source = source
        self.level = level
        self.declaredTotal = declaredTotal
        self.answerTypes = answerTypes
        self.nodes = nodes
        let sortedBands = bands.sorted { $0.lowerBound > $1.lowerBound }
        self.bands = sortedBands
        self.criteria = criteria
        self.targetBands = targetBands
        var index = [String: Int](minimumCapacity: nodes.count)
        for offset in nodes.indices { index[nodes[offset].code] = offset }
        self.indexByCode = index
        let typeByID = Dictionary(
            answerTypes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.answerTypeByID = typeByID
        answerTypeOfNode = nodes.map { node in node.answerTypeID.flatMap { typeByID[$0] } }
        directTypeOfNode = nodes.map { node in node.directTypeID.flatMap { typeByID[$0] } }
        // A two-part index without area rows (Indeks RB since 2023) is shown by its parts:
        // each RB General and RB Tematik component stands for an area.
        // By offset, so that no node is copied to be looked at.
        let partsAsAreas =
            nodes.indices.contains { nodes[$0].part != nil }
            && !nodes.indices.contains { nodes[$0].kind == .area }
        let isArea = { (offset: Int) in
            partsAsAreas
                ? nodes[offset].parent == nil
                    && (nodes[offset].part == .umum || nodes[offset].part == .tematik)
                : nodes[offset].kind == .area
        }
        areaAncestorOfNode = nodes.indices.map { offset in
            var current = nodes[offset].parent
            while let parent = current {
                if isArea(parent) { return parent }
                current = nodes[parent].parent
            }
            return nil
        }
        var order: [String] = []
        var members: [String: [Int]] = [:]
        for offset in nodes.indices where isArea(offset) {
            let key = nodes[offset].areaKey
            if members[key] == nil { order.append(key) }
            members[key, default: []].append(offset)
        }
        areaGroupList = order.map { AreaGroup(id: $0, nodes: members[$0] ?? []) }
        areaIDList = order
        itemCodeList = nodes.compactMap { $0.kind == .butir ? $0.code : nil }
        var seenPredicates: Set<String> = []
        predicateList = criteria.map(\.predicate).filter { seenPredicates.insert($0).inserted }
        var seenAssumptions: Set<String> = []
        let provenances =
            answerTypes.map(\.provenance) + nodes.map(\.provenance)
            + sortedBands.map(\.provenance) + targetBands.map(\.provenance)
            + criteria.map(\.provenance)
        assumptionList = provenances.filter {
            $0.isAssumption && seenAssumptions.insert($0.assumptionID ?? $0.note).inserted
        }
    }

    /// The node with a code, if any.
    public func node(_ code: String) -> Node? {
        indexByCode[code].map { nodes[$0] }
    }

    /// The index of the node with a code in ``nodes``, if any.
    public func index(of code: String) -> Int? { indexByCode[code] }

    /// The index of the node with a code, comparing the node at `expected` first: a
    /// worksheet's rows usually follow the instrument's order, so the node after the last one
    /// found is tried before the lookup by code.
    func index(of code: String, tryingFirst expected: Int) -> Int? {
        expected < nodes.count && nodes[expected].code == code ? expected : index(of: code)
    }

    /// The answer type of a node, if it has one.
    public func answerType(of node: Node) -> AnswerType? {
        node.answerTypeID.flatMap { answerTypeByID[$0] }
    }

    /// The answer type of the node at an index of ``nodes``, without a lookup by id.
    func answerType(ofNodeAt offset: Int) -> AnswerType? { answerTypeOfNode[offset] }

    /// The scale in which a worksheet may give a node's value directly, if it may.
    public func directType(of node: Node) -> AnswerType? {
        node.directTypeID.flatMap { answerTypeByID[$0] }
    }

    /// The components (roots of the tree), in order.
    public var components: [Node] { nodes.filter { $0.parent == nil } }

    /// The predicates named by the criteria, in order of first appearance (`WBK`, `WBBM`).
    public var predicates: [String] { predicateList }

    /// The area groups: each area id with the indices of its area nodes, in order of first
    /// appearance.
    public var areaGroups: [(id: String, nodes: [Int])] {
        areaGroupList.map { ($0.id, $0.nodes) }
    }

    /// An area id with the indices of its area nodes.
    struct AreaGroup: Hashable, Sendable {
        var id: String
        var nodes: [Int]
    }

    /// Whether any number of the instrument is an assumption rather than the regulation's.
    public var assumptions: [Provenance] { assumptionList }

    /// The band a total falls in, decided on the total rounded to two decimals as published.
    public func band(for total: Double) -> Band? {
        Band.index(of: total, in: bands.map { ($0.lowerBound, $0.isInclusive) }).map { bands[$0] }
    }
}
