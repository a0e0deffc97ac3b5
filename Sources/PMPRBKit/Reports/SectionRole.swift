/// The sections a renderer looks for, named once, so that rewording or translating a heading
/// never loses a chart.
enum SectionRole: Hashable, Sendable {
    /// `score`: the unit's areas (followed by the area chart).
    case scoreAreas
    /// `score` and `gaps`: the gap list.
    case gaps
    /// `compare`: the unit by area matrix (drawn as a heat map).
    case matrix
    /// `compare`: the statistics per area (followed by the bar charts).
    case areaStatistics
    /// `aggregate`: how the combined result is calculated.
    case calculation
    /// `aggregate`: the combined values per area.
    case areaValues
    /// `aggregate`: the OPD results.
    case opdList
    /// `diff`: both totals and areas.
    case diffScores
}

extension ReportDocument.Section {
    /// The section, marked with its role.
    func role(_ role: SectionRole) -> Self {
        var section = self
        section.role = role
        return section
    }
}
