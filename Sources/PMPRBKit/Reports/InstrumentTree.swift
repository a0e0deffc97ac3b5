/// An instrument as an indented tree with weights and answer types, for reading.
public struct InstrumentTree: Sendable {
    /// The instrument shown.
    public var instrument: Instrument

    /// Creates the view.
    public init(instrument: Instrument) { self.instrument = instrument }

    /// The tree as text, one node per line; assumptions are marked with their id, and under
    /// each item what each of its answers means, when the instrument says so.
    public func rendered() -> String {
        var lines = ["\(instrument.id): \(instrument.title)", "Dasar: \(instrument.source)", ""]
        for node in instrument.nodes {
            var depth = 0
            var current = node.parent
            while let parent = current {
                depth += 1
                current = instrument.nodes[parent].parent
            }
            var line = String(repeating: "  ", count: depth) + node.code + "  " + node.title
            if let weight = node.weight { line += "  [" + LocaleNumber.format(weight) + "]" }
            if let type = instrument.answerType(of: node) { line += "  (" + type.label + ")" }
            if let formula = node.formula { line += "  = " + formula.description }
            if let gate = node.gate { line += "  x " + gate }
            if let target = node.target { line += "  target " + LocaleNumber.format(target) }
            if node.allowsNotApplicable { line += "  TB" }
            if let part = node.part { line += "  <" + part.rawValue + ">" }
            if let id = node.provenance.assumptionID { line += "  {" + id + "}" }
            lines.append(line)
            lines += guideLines(node, indent: String(repeating: "  ", count: depth + 2))
        }
        lines.append("")
        for band in instrument.bands {
            let isLowest = band == instrument.bands.last
            let sign = band.includesLowerBound(isLowest: isLowest) ? "≥" : ">"
            lines.append(
                "\(band.grade)  \(sign) \(LocaleNumber.format(band.lowerBound))  \(band.label)")
            for standIn in instrument.targetBands where standIn.standsInFor == band.grade {
                lines.append(
                    "\(standIn.grade)  = \(band.grade), "
                        + "satu baris atau lebih di bawah target  \(standIn.label)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// What each answer of an item means, one option per line under the item, then where the
    /// criteria come from.
    private func guideLines(_ node: Node, indent: String) -> [String] {
        guard let guide = node.guide else { return [] }
        var lines = guide.entries.map { indent + $0.label + ": " + $0.text }
        if let general = guide.general { lines.append(indent + general) }
        if !node.provenance.source.isEmpty {
            lines.append(indent + "(sumber: " + node.provenance.source + ")")
        }
        return lines
    }
}
