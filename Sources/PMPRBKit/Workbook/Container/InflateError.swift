/// Why a DEFLATE stream (RFC 1951) could not be inflated.
public enum InflateError: Error, Hashable, Sendable {
    /// The stream ended before its last block did.
    case truncated
    /// A block header names type 3, which is reserved.
    case reservedBlockType
    /// A stored block's length and its complement disagree.
    case storedLengthMismatch
    /// A block's code lengths do not describe a usable Huffman code.
    case invalidCode
    /// A symbol that no code assigns, or a length or distance symbol out of range.
    case invalidSymbol
    /// A distance reaches back before the start of the output.
    case distanceTooFar
    /// The output would pass the limit the caller set.
    case outputLimit(Int)
}
