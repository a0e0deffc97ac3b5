/// A report as sections of paragraphs and tables, independent of how it is rendered.
///
/// Text and Markdown render the same document, so that the two never disagree.
public struct ReportDocument: Hashable, Sendable {
    /// A table with a header row and right-aligned numeric columns.
    public struct Table: Hashable, Sendable {
        /// The column titles.
        public var columns: [String]
        /// Which columns hold numbers (right-aligned).
        public var numeric: Set<Int> {
            get { Set(numericColumns) }
            set { numericColumns = newValue.sorted() }
        }
        /// ``numeric`` in ascending order, without repeats. Kept as an array: the first
        /// `Set<Int>` a process makes costs the runtime about 260,000 instructions (its generic
        /// metadata and a search of the conformance records), a tenth of a millisecond of
        /// `pmprb score`.
        private(set) var numericColumns: [Int]
        /// The rows; each has as many cells as there are columns.
        public var rows: [[String]]
        /// The indentation depth of each row's first cell (a tree), or empty.
        public var depths: [Int]
        /// The rows that head a group (a unit's name above its items): only their first cell is
        /// shown, across the whole table.
        public var groupRows: Set<Int> = []

        /// Creates a table.
        public init(
            columns: [String], numeric: Set<Int> = [], rows: [[String]] = [], depths: [Int] = []
        ) {
            self.columns = columns
            self.numericColumns = numeric.sorted()
            self.rows = rows
            self.depths = depths
        }

        /// Creates a table with its numeric columns listed (in any order, repeats ignored);
        /// the form an array literal of columns takes.
        public init(columns: [String], numeric: [Int], rows: [[String]] = [], depths: [Int] = [])
        {
            self.init(columns: columns, rows: rows, depths: depths)
            for column in numeric.sorted() where numericColumns.last != column {
                numericColumns.append(column)
            }
        }

        /// Whether a column holds numbers.
        func isNumeric(_ column: Int) -> Bool { numericColumns.contains(column) }
    }

    /// A section: a heading, paragraphs before a table, the table, paragraphs after it.
    public struct Section: Hashable, Sendable {
        /// The heading, or empty for none.
        public var heading: String
        /// Paragraphs before the table.
        public var paragraphs: [String]
        /// The table, if any.
        public var table: Table?
        /// Paragraphs after the table.
        public var footer: [String]
        /// Whether the section is the report's result (its summary), framed on a page.
        public var isSummary = false
        /// What the section is, whatever its heading says in the report's language: the HTML
        /// form finds the sections it adds a chart to by their role, never by their heading.
        var role: SectionRole?

        /// Creates a section.
        public init(
            heading: String, paragraphs: [String] = [], table: Table? = nil, footer: [String] = []
        ) {
            self.heading = heading
            self.paragraphs = paragraphs
            self.table = table
            self.footer = footer
        }
    }

    /// The title.
    public var title: String
    /// Lines under the title (unit, year, instrument).
    public var subtitle: [String]
    /// Warnings shown at the top, loudly.
    public var alerts: [String]
    /// The sections in order.
    public var sections: [Section]

    /// Creates a document.
    public init(title: String, subtitle: [String], alerts: [String], sections: [Section]) {
        self.title = title
        self.subtitle = subtitle
        self.alerts = alerts
        self.sections = sections
    }
}
