import PMPRBKit

/// Refuses an output that would destroy an input of the same run, before anything is read or
/// written.
enum OutputGuard {
    /// Refuses `output` when it names one of `inputs` (compared by device and inode, so any
    /// spelling, symbolic link or hard link is caught) or a directory.
    ///
    /// Only inputs that are regular files are compared: a terminal or a pipe may be both
    /// standard input and standard output.
    ///
    /// - Parameters:
    ///   - output: The `--output` path, or `nil` (standard output).
    ///   - inputs: Every file the run reads, folders already expanded; `-` is skipped.
    /// - Throws: ``CommandFailure`` with exit code 73.
    static func check(_ output: String?, against inputs: [String]) throws(CommandFailure) {
        guard let output, output != "-", let target = FileIdentity(path: output) else { return }
        if target.isDirectory {
            throw CommandFailure(.cannotCreate, .outputIsDirectory(output), notes: [.nameAFile])
        }
        guard target.isRegularFile else { return }
        for input in inputs where input != "-" {
            guard FileIdentity(path: input) == target else { continue }
            throw CommandFailure(
                .cannotCreate, .outputIsInput(output, input: input == output ? nil : input),
                notes: [.chooseAnotherOutput])
        }
    }

    /// The instrument file a reference names, when it names a file rather than a built-in id.
    static func instrumentFile(_ reference: String?) -> [String] {
        guard let reference, reference.hasSuffix(".csv") || reference.contains("/") else {
            return []
        }
        return [reference]
    }
}
