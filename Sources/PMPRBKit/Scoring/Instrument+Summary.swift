extension Instrument {
    /// Summarises a worksheet as ``UnitSummary/init(card:file:)`` summarises its score card,
    /// without building the card's titles, node list and gap data: `compare` summarises
    /// thousands of worksheets.
    ///
    /// - Parameters:
    ///   - worksheet: A worksheet checked against this instrument.
    ///   - file: The worksheet's file, as the user named it.
    ///   - options: As for ``score(_:options:)``.
    /// - Returns: A summary equal to `UnitSummary(card: score(worksheet), file: file)`.
    func summary(
        _ worksheet: Worksheet, file: String, options: ScoringOptions = ScoringOptions()
    ) -> UnitSummary {
        summary(
            unit: worksheet.unit, year: worksheet.year, file: file,
            answers: Answers(worksheet: worksheet, instrument: self),
            held: worksheet.heldPredicates, options: options)
    }

    /// Summarises a worksheet's answers; see ``summary(_:file:options:)``.
    func summary(
        unit: String, year: Int?, file: String, answers: Answers, held: [HeldPredicate],
        options: ScoringOptions
    ) -> UnitSummary {
        let tally = self.tally(answers, missing: options.missingAnswers)
        let areas = areaScores(tally)
        let held = Self.merged(held, options.heldPredicates)
        let judged = verdicts(total: tally.total, areas: areas, held: held) { code in
            guard let offset = index(of: code), tally.shownWeight(of: offset, in: self) != nil
            else { return nil }
            return tally.value[offset]
        }
        // Packed as they are made (``UnitSummary/StoredAnswers``).
        var answers = UnitSummary.StoredAnswers(capacity: tally.items.count)
        var points: [Double] = []
        var unanswered = 0
        points.reserveCapacity(tally.items.count)
        for item in tally.items {
            if let direct = item.direct {
                answers.append(.number(direct.number))
                points.append(direct.share * (nodes[item.offset].weight ?? 0))
            } else {
                let value = tally.itemValue[item.offset]
                if value == nil && !isExemptFromAnswer(item.offset, tally: tally) {
                    unanswered += 1
                }
                answers.append(tally.shown[item.offset])
                points.append(
                    indexPoints(
                        (value ?? 0) * pointsPerUnit(of: item.offset, tally: tally),
                        offset: item.offset, tally: tally))
            }
        }
        return UnitSummary(
            instrumentID: id, unit: unit, year: year, file: file,
            total: tally.total, band: band(for: tally.total, index: tally.index),
            predicates: judged,
            itemCount: tally.items.count, unansweredCount: unanswered,
            areaIDs: areas.count == areaIDList.count ? areaIDList : areas.map(\.id),
            areaValues: areas.map(\.value),
            itemCodes: tally.items.count == itemCodeList.count
                && tally.items.allSatisfy { $0.direct == nil }
                ? itemCodeList : tally.items.map { nodes[$0.offset].code },
            stored: answers, points: points, missingAnswers: options.missingAnswers,
            heldPredicates: held)
    }
}
