/// What a run over many worksheets refuses beyond each file's own problems: two worksheets of
/// the same unit and year, and a count of the worksheets of other instruments.
public enum BatchRefusals {
    /// The worksheets of every pair that has the same unit and year, each with the error that
    /// names the other one: both are left out, so that a unit is never counted twice.
    ///
    /// The summaries are taken in the order of their files, so that which file of a pair is
    /// named first never depends on the order the files were given in.
    ///
    /// - Returns: The refused files, each once, with its error, in the order found.
    public static func duplicates(_ units: [UnitSummary]) -> [(file: String, error: Diagnostic)] {
        // A folder's files come sorted already; sorting 20,000 paths again is not free.
        let inOrder = zip(units, units.dropFirst()).allSatisfy { !($1.file < $0.file) }
        let byFile =
            inOrder ? Array(units.indices) : units.indices.sorted { units[$0].file < units[$1].file }
        var refused: [(file: String, error: Diagnostic)] = []
        var named: Set<String> = []
        for pair in Comparison.duplicateIndices(in: units, order: byFile) {
            let (first, second) = (units[pair.first], units[pair.second])
            // Both worksheets are left out, so both are named, each pointing at the other.
            for (this, other) in [(second, first), (first, second)]
            where named.insert(this.file).inserted {
                refused.append(
                    (
                        this.file,
                        .error(
                            .command(
                                .duplicateUnitYear(
                                    unit: this.unit, year: this.year, other: other.file)),
                            file: this.file,
                            notes: [.command(.keepOneWorksheet(first.file, second.file))])
                    ))
            }
        }
        return refused
    }

    /// A line that counts the worksheets of each instrument, when some name another
    /// instrument than the one of the run (`others`, one id per refused worksheet).
    public static func instrumentSummary(
        others: [String], accepted: Int, instrument: String
    ) -> CommandMessage? {
        guard !others.isEmpty else { return nil }
        var counts: [String: Int] = [:]
        for id in others { counts[id, default: 0] += 1 }
        let ids = [instrument] + counts.keys.sorted()
        return .mixedInstruments(
            ids: ids, counts: [accepted] + ids.dropFirst().map { counts[$0] ?? 0 })
    }
}
