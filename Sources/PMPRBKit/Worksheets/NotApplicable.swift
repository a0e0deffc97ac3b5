/// How a worksheet marks a line that does not apply to the unit (`docs/worksheet-format.md`).
public enum NotApplicable {
    /// The mark as the template and reports write it.
    public static let label = "TB"

    /// The spellings read as the mark, compared without regard to case: `TB` (*tidak
    /// berlaku*), `tidak berlaku`, `N/A`.
    public static let spellings = ["tb", "tidak berlaku", "n/a"]

    /// Whether a trimmed answer cell marks its line as not applicable.
    public static func matches(_ text: String) -> Bool {
        spellings.contains(text.lowercased())
    }
}
