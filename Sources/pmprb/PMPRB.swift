import Foundation
import PMPRBKit

/// The `pmprb` command: parse, run, write the streams, exit with a documented code.
@main
enum PMPRB {
    static func main() {
        var io = CommandIO()
        let code = TerminalWidth.$measured.withValue(TerminalWidth.current()) {
            run(Array(CommandLine.arguments.dropFirst()), io: &io)
        }
        FileHandle.standardOutput.write(Data(io.standardOutput.utf8))
        FileHandle.standardError.write(Data(io.standardError.utf8))
        exit(code.rawValue)
    }
}
