import PMPRBPlatform

/// The text that Foundation's `localizedDescription` gives for an error that `FileManager`
/// throws, without Foundation's bridging to `NSError`.
enum FileErrorText {
    /// `The operation could not be completed.` and the reason, or the error's domain and code
    /// when Foundation has no reason for it (`(NSCocoaErrorDomain error 512.)`).
    static func reason(_ error: any Error) -> String {
        let lead = "The operation could not be completed. "
        guard let cocoa = error as? CocoaError else { return lead + "(\(error))" }
        return lead
            + (failureReasons[cocoa.code.rawValue]
                ?? "(NSCocoaErrorDomain error \(cocoa.code.rawValue).)")
    }

    /// Foundation's failure reasons for the file error codes.
    private static let failureReasons: [Int: String] = [
        CocoaError.fileNoSuchFile.rawValue: "The file doesn’t exist.",
        CocoaError.fileReadNoSuchFile.rawValue: "The file doesn’t exist.",
        CocoaError.fileLocking.rawValue: "The file couldn’t be locked.",
        CocoaError.fileReadNoPermission.rawValue: "You don’t have permission.",
        CocoaError.fileWriteNoPermission.rawValue: "You don’t have permission.",
        CocoaError.fileReadInvalidFileName.rawValue: "The file name is invalid.",
        CocoaError.fileWriteInvalidFileName.rawValue: "The file name is invalid.",
        CocoaError.fileReadCorruptFile.rawValue: "The file isn’t in the correct format.",
        CocoaError.fileReadInapplicableStringEncoding.rawValue:
            "The specified text encoding isn’t applicable.",
        CocoaError.fileWriteInapplicableStringEncoding.rawValue:
            "The specified text encoding isn’t applicable.",
        CocoaError.fileReadUnsupportedScheme.rawValue: "The specified URL type isn’t supported.",
        CocoaError.fileWriteUnsupportedScheme.rawValue: "The specified URL type isn’t supported.",
        CocoaError.fileReadTooLarge.rawValue: "The item is too large.",
        CocoaError.fileReadUnknownStringEncoding.rawValue:
            "The text encoding of the contents couldn’t be determined.",
        CocoaError.fileWriteFileExists.rawValue: "A file with the same name already exists.",
        CocoaError.fileWriteOutOfSpace.rawValue: "There isn’t enough space.",
        CocoaError.fileWriteVolumeReadOnly.rawValue: "The volume is read only.",
    ]
}
