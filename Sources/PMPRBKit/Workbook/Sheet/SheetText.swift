#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The text of an element: one range of the input, as almost every element has, or bytes
/// gathered from several pieces (around a comment or CDATA, or the runs of rich text).
struct SheetText: Sendable {
    var range: Range<Int>?
    var gathered: [UInt8]?

    var isEmpty: Bool { (range?.isEmpty ?? true) && (gathered?.isEmpty ?? true) }

    mutating func append(_ start: Int, _ end: Int, from bytes: UnsafeBufferPointer<UInt8>) {
        if gathered == nil, range == nil {
            range = start..<end
            return
        }
        var joined = gathered ?? range.map { Array(bytes[$0]) } ?? []
        joined.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<end]))
        gathered = joined
        range = nil
    }

    mutating func clear() {
        range = nil
        gathered = nil
    }

    /// Whether every reference in the text is known and well formed (so that it decodes).
    func isValid(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if let gathered {
            return gathered.withUnsafeBufferPointer { XMLEntities.isValid($0, 0, $0.count) }
        }
        guard let range else { return true }
        return XMLEntities.isValid(bytes, range.lowerBound, range.upperBound)
    }

    /// The text with its references replaced, or `nil` for a malformed reference.
    func decoded(in bytes: UnsafeBufferPointer<UInt8>) -> String? {
        if let gathered {
            return gathered.withUnsafeBufferPointer { XMLEntities.decode($0, 0, $0.count) }
        }
        guard let range else { return "" }
        return XMLEntities.decode(bytes, range.lowerBound, range.upperBound)
    }
}
