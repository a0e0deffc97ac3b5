/// One field of a CSV record, with the place where it starts.
///
/// The value is exactly what the file holds: quotes around a quoted field are removed and
/// doubled quotes inside it are undoubled, but nothing is trimmed.
public struct CSVField: Hashable, Sendable {
    /// The field's text.
    public var value: String
    /// Where the field starts: its first character, or its opening quote when it is quoted.
    ///
    /// Columns count Unicode scalars.
    public var position: SourcePosition
}
