/// Why a DEFLATE stream (RFC 1951) could not be inflated.
enum InflateError: Error, Hashable, Sendable {
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

    /// The reason, for a diagnostic.
    var reason: String {
        switch self {
        case .truncated: "the compressed data ends early"
        case .reservedBlockType: "a block has the reserved type 3"
        case .storedLengthMismatch: "a stored block's length does not match its complement"
        case .invalidCode: "a block's Huffman code is invalid"
        case .invalidSymbol: "the compressed data holds an invalid symbol"
        case .distanceTooFar: "a back-reference reaches before the start of the data"
        case .outputLimit(let limit): "it would inflate to more than \(limit) bytes"
        }
    }
}
