/// The Indeks RB section of a score report: RB General per part, the coefficient, the
/// adjusted General, RB Tematik, the index and the reasons of its category.
struct IndexSection {
    let card: ScoreCard
    let index: IndexParts
    let language: ReportLanguage

    func section(_ labels: Labels) -> ReportDocument.Section {
        let number = { (value: Double) in language.number(value) }
        var rows: [[String]] = []
        var depths: [Int] = []
        for part in index.general {
            rows.append([
                part.code, part.title, number(part.weight), number(part.applicableWeight),
                number(part.value),
            ])
            depths.append(1)
        }
        let generalWeight = index.general.map(\.weight).reduce(0, +)
        rows.append([
            "", labels.general, number(generalWeight), number(index.applicableWeight),
            number(index.generalTotal),
        ])
        rows.append(["", labels.coefficient, "", "", number(index.coefficient)])
        rows.append([
            "",
            labels.adjustedGeneral + " "
                + labels.adjustedFormula(
                    general: index.generalTotal, coefficient: index.coefficient,
                    applicable: index.applicableWeight),
            number(100),
            "", number(index.adjustedGeneral),
        ])
        depths += [0, 0, 0]
        for part in index.thematic {
            rows.append([part.code, part.title, number(part.weight), "", number(part.value)])
            depths.append(1)
        }
        rows.append([
            "", labels.thematic, number(index.thematic.map(\.weight).reduce(0, +)), "",
            number(index.thematicTotal),
        ])
        rows.append(["", labels.indexTotal, number(index.maximum), "", number(index.index)])
        depths += [0, 0]
        return ReportDocument.Section(
            heading: labels.indexHeading,
            table: ReportDocument.Table(
                columns: [labels.code, labels.part, labels.weight, labels.applicable, labels.value],
                numeric: [2, 3, 4], rows: rows, depths: depths),
            footer: reasons(labels))
    }

    /// Why the index has its category, which lines do not apply, and an uncertain boundary.
    func reasons(_ labels: Labels) -> [String] {
        var lines: [String] = [""]
        if let band = card.band {
            lines.append(labels.bandLine(band.grade, band.label))
            if let base = band.standsInFor {
                lines.append(
                    labels.standsIn(band.grade, for: base, misses: index.missedTargets.count))
                for miss in index.missedTargets {
                    lines.append(
                        labels.missedTarget(
                            miss.code, miss.title,
                            value: miss.value.map { language.number($0) } ?? labels.unanswered,
                            target: language.number(miss.target)))
                }
            } else if index.gradesWithTargets.contains(band.grade) {
                lines.append(labels.everyTargetMet(band.grade))
            }
        }
        if let boundary = index.uncertainBoundary {
            lines.append(
                labels.uncertainBoundary(
                    language.number(boundary.lowerBound), grade: boundary.grade,
                    id: boundary.provenance.assumptionID ?? ""))
        }
        if !index.notApplicable.isEmpty {
            let excluded = index.general.map { $0.weight - $0.applicableWeight }.reduce(0, +)
            lines.append(
                labels.notApplicableLines(index.notApplicable, weight: language.number(excluded)))
        }
        return lines
    }
}
