/// The filled worksheet (*LKE terisi*) as the official LKE prints it, for filing: every item
/// with its question, the criterion of the chosen option, the answer, its value, the evidence
/// and the note, with the weight, value and percentage of every sub-indicator, area, aspect and
/// component, the totals, and a signature block.
///
/// ``rendered()`` writes one self-contained HTML page laid out for A4 landscape paper, readable
/// in black and white: no information is carried by colour alone. Page numbers and the print
/// date are printed in the page margins.
///
/// ```swift
/// let lke = FilledLKE(
///     instrument: instrument, worksheet: worksheet, card: instrument.score(worksheet),
///     printDate: FilledLKE.dateText(year: 2026, month: 12, day: 4),
///     signature: .init(place: "Kota Contoh", role: "Ketua Tim Penilai Internal"))
/// let html = lke.rendered()
/// ```
public struct FilledLKE: Sendable {
    /// Who signs the printed worksheet, where and when. Empty parts are printed as dotted
    /// lines to be filled in by hand.
    public struct Signature: Hashable, Sendable {
        /// The place, e.g. `Kota Contoh`.
        public var place: String
        /// The date as printed, e.g. `4 Desember 2026`; empty: the print date.
        public var date: String
        /// The signer's role, e.g. `Ketua Tim Penilai Internal`.
        public var role: String
        /// The signer's name (and, if wanted, NIP).
        public var name: String

        /// Creates a signature block.
        public init(place: String = "", date: String = "", role: String = "", name: String = "") {
            self.place = place
            self.date = date
            self.role = role
            self.name = name
        }
    }

    /// The instrument the worksheet was scored with.
    public var instrument: Instrument
    /// The filled worksheet.
    public var worksheet: Worksheet
    /// The worksheet's score.
    public var card: ScoreCard
    /// The print date as shown, e.g. `4 Desember 2026`.
    public var printDate: String
    /// The signature block.
    public var signature: Signature
    /// The language of the labels and of the numbers.
    public var language: ReportLanguage
    /// The answers without evidence: marked in the evidence column, and, when evidence is
    /// required, both totals are stated at the top.
    public var evidence: EvidenceCheck?

    /// Creates the printable worksheet.
    ///
    /// - Parameters:
    ///   - instrument: The instrument.
    ///   - worksheet: The filled worksheet, checked against `instrument`.
    ///   - card: `instrument.score(worksheet)`.
    ///   - printDate: The date printed in the margins and, by default, in the signature block.
    ///   - signature: Who signs.
    ///   - language: The labels' language; numbers use its decimal mark.
    public init(
        instrument: Instrument, worksheet: Worksheet, card: ScoreCard, printDate: String,
        signature: Signature = Signature(), language: ReportLanguage = .id
    ) {
        self.instrument = instrument
        self.worksheet = worksheet
        self.card = card
        self.printDate = printDate
        self.signature = signature
        self.language = language
    }

    /// A date as Indonesian (`4 Desember 2026`) or English (`4 December 2026`) text.
    public static func dateText(
        year: Int, month: Int, day: Int, language: ReportLanguage = .id
    ) -> String {
        let id = [
            "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
            "September", "Oktober", "November", "Desember",
        ]
        let en = [
            "January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December",
        ]
        let names = language == .id ? id : en
        guard (1...12).contains(month) else { return "\(day)-\(month)-\(year)" }
        return "\(day) \(names[month - 1]) \(year)"
    }
}
