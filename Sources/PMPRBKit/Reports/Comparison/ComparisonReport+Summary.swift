/// The coordinator's first look at a comparison: how many units meet each predicate and fall in
/// each category; and, with a baseline, the changed items grouped per unit, largest first.
extension ComparisonReport {
    /// The number of units that meet each predicate, in the instrument's order.
    public var predicateCounts: [(predicate: String, units: Int)] {
        comparison.outline.predicates.map { name in
            (name, comparison.ranking.count { $0.unit.meets(name) == true })
        }
    }

    /// The number of units in each category, highest first, then those without one (`nil`).
    public var categoryCounts: [(grade: String?, units: Int)] {
        let units = comparison.ranking.map(\.unit)
        var counts: [(String?, Int)] = comparison.outline.instrument.bands.map { band in
            (band.grade, units.count { $0.band?.grade == band.grade })
        }
        let without = units.count { $0.band == nil }
        if without > 0 { counts.append((nil, without)) }
        return counts
    }

    /// The section that opens the report: the counts.
    func countsSection() -> ReportDocument.Section {
        let labels = CoordinatorLabels(language: language)
        let total = comparison.ranking.count
        var lines = predicateCounts.map {
            labels.meetCount($0.predicate, $0.units, of: total)
        }
        let categories = categoryCounts.map { ($0.grade ?? labels.noCategory) + " " + String($0.units) }
        lines.append(labels.categoryCount(categories.joined(separator: " · ")))
        var section = ReportDocument.Section(heading: labels.countsHeading, paragraphs: lines)
        section.isSummary = true
        return section
    }

    /// How many changed items each unit shows in text, Markdown and HTML; the CSV and JSON
    /// reports count and list them all.
    static let changedItemsPerUnit = 3

    /// The changed items per unit: the unit named once on a row of its own that heads its
    /// items (``ReportDocument/Table/groupRows``), units by the size of their total change, items
    /// in the baseline's order (the largest change first); at most ``changedItemsPerUnit`` items
    /// a unit, with a row that says how many more.
    func groupedChangedItemsSection(_ baseline: BaselineComparison) -> ReportDocument.Section {
        let labels = CoordinatorLabels(language: language)
        let changed = baseline.units.filter { !$0.items.isEmpty }
        guard !changed.isEmpty else {
            return ReportDocument.Section(
                heading: labels.changedItems, paragraphs: [labels.noChangedItems])
        }
        let units = changed.enumerated().sorted {
            let left = abs($0.element.totalChange)
            let right = abs($1.element.totalChange)
            return left != right ? left > right : $0.offset < $1.offset
        }.map(\.element)
        var rows: [[String]] = []
        var groups: Set<Int> = []
        let blank = Array(repeating: "", count: 6)
        for change in units {
            // In the one order of changed items: the largest change first, ties within
            // `Tolerance.points` in the instrument's order (`InstrumentOutline.answerChanges`).
            let items = change.items
            groups.insert(rows.count)
            rows.append(
                [labels.unitChange(
                    change.current.displayName, signed(change.totalChange), items.count)]
                    + blank.dropFirst())
            for item in items.prefix(Self.changedItemsPerUnit) {
                rows.append([
                    item.item.code, item.item.areaID ?? labels.results,
                    item.item.title, answerText(item.first), answerText(item.second),
                    signed(item.change),
                ])
            }
            if items.count > Self.changedItemsPerUnit {
                let rest = items.dropFirst(Self.changedItemsPerUnit)
                rows.append([
                    "", "", labels.moreChanges(rest.count), "", "",
                    signed(rest.map(\.change).reduce(0, +)),
                ])
            }
        }
        let count = changed.map(\.items.count).reduce(0, +)
        var table = ReportDocument.Table(
            columns: [
                labels.code, labels.area, labels.title, labels.before, labels.now, labels.change,
            ],
            numeric: [5], rows: rows)
        table.groupRows = groups
        return ReportDocument.Section(
            heading: labels.changedItems,
            paragraphs: [labels.groupedChangesIntro(count, changed.count, Self.changedItemsPerUnit)],
            table: table)
    }
}

extension CoordinatorLabels {
    var countsHeading: String { pick("Ringkasan", "Summary") }
    var noCategory: String { pick("tanpa kategori", "no category") }

    func meetCount(_ predicate: String, _ count: Int, of total: Int) -> String {
        pick(
            "Memenuhi \(predicate): \(count) dari \(total) unit",
            "Meet \(predicate): \(count) of \(total) units")
    }

    func categoryCount(_ list: String) -> String {
        pick("Unit per kategori: \(list)", "Units per category: \(list)")
    }

    func unitChange(_ unit: String, _ change: String, _ count: Int) -> String {
        pick(
            "\(unit): nilai \(change), \(count) butir berubah",
            "\(unit): total \(change), \(count) items changed")
    }

    func moreChanges(_ count: Int) -> String {
        pick("… dan \(count) butir lain, jumlah perubahannya", "… and \(count) more items, their total change")
    }

    func groupedChangesIntro(_ count: Int, _ units: Int, _ shown: Int) -> String {
        pick(
            "\(count) butir berubah pada \(units) unit. Unit diurutkan menurut besar perubahan "
                + "nilainya, butir menurut besar perubahannya; paling banyak \(shown) butir per "
                + "unit ditampilkan (semua ada di laporan CSV dan JSON).",
            "\(count) items changed in \(units) units. Units by the size of their change, items "
                + "by the size of theirs; at most \(shown) items a unit are shown (the CSV and "
                + "JSON reports have them all).")
    }
}
