extension Instrument {
    /// Checks every predicate's criteria against a score card.
    ///
    /// Values are compared as published, rounded to two decimals (an area share as a percentage
    /// with two decimals), so that 59,99% fails a 60% threshold and 60,00% meets it
    /// (`docs/methodology.md`, section 6).
    func checkPredicates(_ card: ScoreCard) -> [ScoreCard.PredicateCheck] {
        checkPredicates(total: card.total, areas: card.areas, held: card.heldPredicates) {
            card.node($0)?.value
        }
    }

    /// Checks every predicate's criteria against a total, the area scores, the predicates
    /// the unit is declared to hold, and the value of each node a score card lists (`nil` for
    /// a node it does not list).
    ///
    /// A criterion that the unit already holds another predicate (WBBM needs Menuju WBK,
    /// Tabel 6) holds only when that predicate is declared: the same worksheet passing the
    /// other predicate's thresholds is not an award (`docs/methodology.md`, section 6).
    func checkPredicates(
        total: Double, areas: [ScoreCard.AreaScore], held: [HeldPredicate],
        nodeValue: (String) -> Double?
    ) -> [ScoreCard.PredicateCheck] {
        var results: [ScoreCard.PredicateCheck] = []
        for name in predicates {
            let checks = criteria.filter { $0.predicate == name }.map { criterion in
                check(criterion, total: total, areas: areas, nodeValue: nodeValue, held: held)
            }
            results.append(ScoreCard.PredicateCheck(name: name, checks: checks))
        }
        return results
    }

    private func check(
        _ criterion: Criterion, total: Double, areas: [ScoreCard.AreaScore],
        nodeValue: (String) -> Double?, held: [HeldPredicate]
    ) -> ScoreCard.CriterionCheck {
        let outcome = self.outcome(
            of: criterion, total: total, areas: areas, nodeValue: nodeValue, held: held)
        var check = ScoreCard.CriterionCheck(
            criterion: criterion, value: outcome.value, holds: outcome.holds,
            failingAreas: outcome.failingAreas)
        check.declared = outcome.declared
        return check
    }

    /// The verdict of each predicate, as `checkPredicates(…).map(UnitSummary.Verdict.init)`
    /// gives it, without a check holding a copy of each criterion: `compare` judges
    /// thousands of worksheets (`docs/performance.md`).
    func verdicts(
        total: Double, areas: [ScoreCard.AreaScore], held: [HeldPredicate],
        nodeValue: (String) -> Double?
    ) -> [UnitSummary.Verdict] {
        predicates.map { name in
            var verdict = UnitSummary.Verdict(
                name: name, holds: true, scoreCriteriaHold: true, undeclared: [])
            for index in criteria.indices where criteria[index].predicate == name {
                let holds = outcome(
                    of: criteria[index], total: total, areas: areas, nodeValue: nodeValue,
                    held: held
                ).holds
                verdict.holds = verdict.holds && holds
                if case .predicate(let required) = criteria[index].target {
                    if !holds { verdict.undeclared.append(required) }
                } else {
                    verdict.scoreCriteriaHold = verdict.scoreCriteriaHold && holds
                }
            }
            return verdict
        }
    }

    /// What a criterion's check finds.
    private func outcome(
        of criterion: Criterion, total: Double, areas: [ScoreCard.AreaScore],
        nodeValue: (String) -> Double?, held: [HeldPredicate]
    ) -> (value: Double, holds: Bool, failingAreas: [String], declared: HeldPredicate?) {
        switch criterion.target {
        case .total:
            return (total, Rounding.meets(total, threshold: criterion.threshold), [], nil)
        case .node(let code):
            let value = nodeValue(code) ?? 0
            return (value, Rounding.meets(value, threshold: criterion.threshold), [], nil)
        case .everyArea:
            let failing = areas.filter {
                !Rounding.meets(share: $0.share, threshold: criterion.threshold)
            }
            let lowest = areas.map(\.share).min() ?? 0
            return (lowest, failing.isEmpty, failing.map(\.id), nil)
        case .predicate(let name):
            let declared = declaration(of: name, in: held)
            return (declared == nil ? 0 : 1, declared != nil, [], declared)
        }
    }

    /// The declaration that the unit holds a predicate: the predicate itself, or one that
    /// requires it (a unit holding WBBM held WBK before).
    private func declaration(of name: String, in held: [HeldPredicate]) -> HeldPredicate? {
        held.first { $0.name == name }
            ?? held.first { other in
                criteria.contains { $0.predicate == other.name && $0.target == .predicate(name) }
            }
    }
}
