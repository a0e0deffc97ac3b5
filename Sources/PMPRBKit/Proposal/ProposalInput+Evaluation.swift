extension ProposalInput {
    /// Decides what each unit may be proposed for, from its scored ZI worksheet.
    ///
    /// A unit that holds Menuju WBK is checked for WBBM, any other for WBK. It may be proposed
    /// when its own prerequisites and its LKE's Tabel 6 checks hold, and either the instansi's
    /// prerequisites hold or, in a Pemda, it is an afirmasi unit (PermenPANRB 5/2024 Lamp. II
    /// Bab II.A; `docs/usulan.md`).
    ///
    /// - Parameter lke: The score card of each unit's worksheet, in the order of ``units``.
    /// - Precondition: `lke` has one card per unit.
    public func evaluate(lke: [ScoreCard]) -> [UnitProposal] {
        precondition(lke.count == units.count, "one score card per unit")
        return zip(units, lke).map { unit, card in
            let level: ProposalLevel = unit.wbkSince == nil ? .wbk : .wbbm
            let instansi = instansiChecks(level)
            let own = unitChecks(unit, level: level, card: card)
            let unitHolds = own.allSatisfy(\.holds)
            let outcome: UnitProposal.Outcome
            if !unitHolds {
                outcome = .none
            } else if instansi.allSatisfy(\.holds) {
                outcome = level == .wbbm ? .wbbm : .wbk
            } else if kind == .pemda && unit.afirmasi != nil {
                outcome = .afirmasi
            } else {
                outcome = .none
            }
            return UnitProposal(
                unit: unit.name, level: level, outcome: outcome, instansiChecks: instansi,
                unitChecks: own, afirmasi: unit.afirmasi, lkeTotal: card.publishedTotal)
        }
    }

    private func numeric(
        _ requirement: ProposalRequirement, _ value: Double?, level: ProposalLevel,
        percent: Bool = false
    ) -> UnitProposal.Check {
        guard let bound = requirement.bound(level, kind: kind) else {
            preconditionFailure("\(requirement) has no numeric bound")
        }
        let shown = LocaleNumber.format(bound.value, decimals: 0) + (percent ? "%" : "")
        let holds = value.map {
            bound.exclusive ? Rounding.published($0) > bound.value : $0 >= bound.value - 1e-9
        } ?? false
        return UnitProposal.Check(
            requirement: requirement,
            value: value.map { percent ? .percent($0) : .number($0) } ?? .missing,
            threshold: (bound.exclusive ? "> " : "≥ ") + shown, holds: holds,
            source: requirement.source)
    }

    func instansiChecks(_ level: ProposalLevel) -> [UnitProposal.Check] {
        [
            UnitProposal.Check(
                requirement: .opiniBPK, value: opiniBPK.map(UnitProposal.Value.text) ?? .missing,
                threshold: "WTP", holds: opiniBPK == "WTP",
                source: ProposalRequirement.opiniBPK.source),
            numeric(.nilaiSAKIP, nilaiSAKIP, level: level),
            numeric(.indeksRB, indeksRB, level: level),
            numeric(.maturitasSPIP, maturitasSPIP, level: level),
        ]
    }

    func unitChecks(_ unit: UnitRow, level: ProposalLevel, card: ScoreCard)
        -> [UnitProposal.Check]
    {
        let grade = ProposalRequirement.internalSAKIPGrade(level)
        var checks = [
            UnitProposal.Check(
                requirement: .coreService, value: .flag(unit.coreService), threshold: "ya",
                holds: unit.coreService, source: ProposalRequirement.coreService.source),
            numeric(.tlhp, unit.tlhp, level: level, percent: true),
            numeric(.lhkpn, unit.lhkpn, level: level, percent: true),
            numeric(.lhkasn, unit.lhkasn, level: level, percent: true),
            numeric(.buildingZI, unit.yearsBuilding, level: level),
            UnitProposal.Check(
                requirement: .internalSAKIP, value: .text(unit.internalSAKIP),
                threshold: "≥ " + grade, holds: SAKIPGrade.isAtLeast(unit.internalSAKIP, grade),
                source: ProposalRequirement.internalSAKIP.source),
        ]
        if level == .wbbm {
            checks.append(
                UnitProposal.Check(
                    requirement: .holdsWBK,
                    value: unit.wbkSince.map { .text(String($0)) } ?? .missing,
                    threshold: "Menuju WBK", holds: unit.wbkSince != nil,
                    source: ProposalRequirement.holdsWBK.source))
        }
        let predicate = card.predicates.first { $0.name == level.rawValue }
        let failing = predicate?.checks.filter { !$0.holds }.map(\.criterion.code) ?? []
        checks.append(
            UnitProposal.Check(
                requirement: .lke, value: .number(card.publishedTotal),
                threshold: level.rawValue, holds: predicate?.holds ?? false,
                source: ProposalRequirement.lke.source,
                note: failing.joined(separator: ", ")))
        return checks
    }
}
